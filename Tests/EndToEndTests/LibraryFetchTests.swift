import ArticleModel
import Foundation
import GRDB
import LocalHTTPServer
import Store
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Feeds served on 127.0.0.1 by a server the tests start, never the internet.
enum FeedFixtures {
    /// An RSS feed of `items` articles from `LibraryFixtures`, numbered from `first`.
    static func feed(title: String, first: Int, items: Int) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>\(title)</title><link>/</link>"
        for number in first..<(first + items) {
            let lines = LibraryFixtures.article(number).split(separator: "\n", omittingEmptySubsequences: true)
            let body = lines.dropFirst().map { "<p>\($0)</p>" }.joined()
            text += "<item><title>\(lines[0])</title><link>/story/\(number).html</link>"
            text += "<pubDate>Tue, 05 Mar 2024 \(String(format: "%02d", number % 24)):00:00 GMT</pubDate>"
            text += "<description><![CDATA[\(body)]]></description></item>"
        }
        return text + "</channel></rss>"
    }

    static func xml(_ body: String, etag: String) -> LocalHTTPServer.Reply {
        .respond(LocalHTTPServer.Response(headers: [("Content-Type", "application/rss+xml; charset=utf-8"), ("ETag", etag)], body: Array(body.utf8)))
    }

    /// A config folder whose `parley/urls` lists `lines`.
    static func config(_ lines: [String], in folder: URL) throws -> URL {
        let config = folder.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("parley"), withIntermediateDirectories: true)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: config.appendingPathComponent("parley/urls"))
        return config
    }

    /// Feeds whose validators are recorded but whose `perFeed` items are not all stored.
    static func feedsFetchedWithoutAllItems(_ library: String, perFeed: Int) throws -> Int {
        let queue = try DatabaseQueue(path: library, configuration: LibraryFixtures.readOnly)
        return try queue.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM feed f WHERE f.etag IS NOT NULL AND (SELECT count(*) FROM article a WHERE a.feedId = f.id) <> ?
                """, arguments: [perFeed]) ?? -1
        }
    }

    /// Each feed's articles in the library, by feed address.
    static func countsByFeed(_ library: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: library, configuration: LibraryFixtures.readOnly)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT f.url, count(a.id) FROM feed f LEFT JOIN article a ON a.feedId = f.id GROUP BY f.id") {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }
}

/// `parley fetch`: every feed of the urls file, conditionally, into the library.
@Suite("Library fetch", .serialized, .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryFetchTests {
    @Test("parley fetch stores new items, records validators and errors, asks conditionally the next time, and sums up")
    func fetchFeeds() async throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let library = temporary.appendingPathComponent("lib.sqlite").path
        try await LocalHTTPServer.with(route: { request in
            switch request.path {
            case "/wire.xml":
                if request.header("If-None-Match") == "\"w1\"" { return .respond(LocalHTTPServer.Response(status: 304, headers: [("ETag", "\"w1\"")])) }
                return FeedFixtures.xml(FeedFixtures.feed(title: "Coastal Wire", first: 0, items: 3), etag: "\"w1\"")
            case "/page.html":
                return .respond(.ok("<html><head><title>A page</title></head><body><article><p>Not a feed at all, only a page.</p></article></body></html>",
                                    contentType: "text/html"))
            default:
                return .respond(LocalHTTPServer.Response(status: 404, body: Array("no".utf8)))
            }
        }) { server in
            let config = try FeedFixtures.config([
                "# my feeds", "\(server.url("/wire.xml")) news \"~The Wire\"", "\(server.url("/missing.xml"))", "\(server.url("/page.html")) pages",
                "query:unread:\"unread = \\\"yes\\\"\"",
            ], in: temporary)
            let environment = ["XDG_CONFIG_HOME": config.path]
            let urls = config.path + "/parley/urls"
            let first = try ParleyProcess.run(["fetch", "--library", library], environment: environment)
            #expect(first.status == 1)
            #expect(first.stdout == "")
            #expect(first.stderr == """
                parley: \(urls): line 5: newsboat's query: feeds are not supported, skipped
                parley: fetched 3 feeds: 3 new articles, 2 failed
                parley: failed \(server.url("/missing.xml")): HTTP 404 Not Found
                parley: failed \(server.url("/page.html")): a web page, not a feed

                """)
            let store = try LibraryStore(path: library, modelVersion: ModelVersion.bundled, create: false)
            let feeds = Dictionary(uniqueKeysWithValues: try store.feeds().map { ($0.url, $0) })
            let wire = try #require(feeds[server.url("/wire.xml")])
            #expect(wire.title == "The Wire" && wire.tags == ["news"] && wire.etag == "\"w1\"" && wire.lastError == nil && wire.lastFetchedAt != nil)
            #expect(feeds[server.url("/missing.xml")]?.lastError == "HTTP 404 Not Found")
            #expect(feeds[server.url("/page.html")]?.lastError == "a web page, not a feed")
            #expect(feeds[server.url("/page.html")]?.tags == ["pages"])
            let articles = try store.articles()
            #expect(articles.map(\.title) == ["Poland and the levy plan, part 0", "Germany and the levy plan, part 1", "Norway and the levy plan, part 2"].reversed())
            #expect(Set(articles.map(\.feedID)) == [wire.id])
            #expect(Set(articles.map(\.source)) == Set((0..<3).map { server.url("/story/\($0).html") }))

            let second = try ParleyProcess.run(["fetch", "--library", library], environment: environment)
            #expect(second.status == 1)
            #expect(second.stderr.contains("parley: fetched 3 feeds: 0 new articles, 1 not modified, 2 failed\n"))
            let asked = server.requests.filter { $0.path == "/wire.xml" }
            #expect(asked.map { $0.header("If-None-Match") } == [nil, "\"w1\""])
            #expect(try store.articles().count == 3)

            let search = try ParleyProcess.run(["search", "--library", library, "feed:Wire", "levy", "Norway"])
            #expect(search.status == 0)
            #expect(search.stdout == """
                Norway and the levy plan, part 2
                  2024-03-05  The Wire  \(server.url("/story/2.html"))
                  [Norway] has vowed to block the [levy] plan number 2. Germany supports…

                """)
        }
    }

    @Test("parley fetch without a urls file says where to put one, and exits 1")
    func noUrlsFile() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let result = try ParleyProcess.run(["fetch", "--library", temporary.path + "/lib.sqlite"], environment: ["XDG_CONFIG_HOME": temporary.path])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(temporary.path)/parley/urls: no feeds to fetch: list their addresses there (newsboat's urls format) or run parley import-opml FILE\n")
        #expect(!FileManager.default.fileExists(atPath: temporary.path + "/lib.sqlite"))
    }

    @Test("Two processes on one library: one fetches feeds while the other searches and marks")
    func fetchWhileReading() async throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let feedCount = 16, perFeed = 25
        let library = temporary.appendingPathComponent("lib.sqlite").path
        let folder = try LibraryFixtures.folder(count: 3, in: temporary)
        #expect(try ParleyProcess.run(["add", "--library", library, folder.path]).status == 0)
        try await LocalHTTPServer.with(route: { request in
            guard request.path.hasPrefix("/feed/"), let number = Int(request.path.dropFirst(6).prefix { $0.isNumber }) else {
                return .respond(LocalHTTPServer.Response(status: 404))
            }
            return FeedFixtures.xml(FeedFixtures.feed(title: "Feed \(number)", first: 100 + number * perFeed, items: perFeed), etag: "\"f\(number)\"")
        }) { server in
            let config = try FeedFixtures.config((0..<feedCount).map { server.url("/feed/\($0).xml") }, in: temporary)
            let binary = try #require(ParleyProcess.binary)
            // This process marks an article read and unread, as the reader does, while another fetches.
            let reader = try LibraryStore(path: library, modelVersion: ModelVersion.bundled)
            let marked = try #require(try reader.articles().first?.id)
            let fetcher = try Spawn.start(["/usr/bin/env", "XDG_CONFIG_HOME=\(config.path)", binary, "fetch", "--library", library])
            var searches = 0, marks = 0
            var failures: [String] = []
            var status: Int32?
            while status == nil {
                let search = try ParleyProcess.run(["search", "--library", library, "--format", "json", "levy"])
                if search.status != 0 || !search.stderr.isEmpty { failures.append("search \(search.status): \(search.stderr)") }
                searches += 1
                do {
                    try reader.setRead(marked, marks % 2 == 0)
                    marks += 1
                } catch {
                    failures.append("mark: \(error)")
                }
                var raw: Int32 = 0
                if waitpid(fetcher, &raw, WNOHANG) == fetcher { status = (raw >> 8) & 0xFF }
            }
            #expect(failures.isEmpty, "\(failures)")
            #expect(status == 0)
            #expect(searches >= 2)
            #expect(try LibraryFixtures.count(library) == 3 + feedCount * perFeed)
            #expect(try reader.articles().first { $0.id == marked }?.isRead == (marks % 2 == 1))
        }
    }

    /// Waits for a process, returning how it ended (128 + signal when killed).
    func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    @Test("kill -9 during parley fetch loses no committed article, leaves no feed marked fetched without its items, and a rerun completes")
    func killDuringFetch() async throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let feedCount = 16, perFeed = 25
        try await LocalHTTPServer.with(route: { request in
            // /feed/N.xml: feed N, with its ETag; a conditional request for it gets a 304.
            guard request.path.hasPrefix("/feed/"), let number = Int(request.path.dropFirst(6).prefix { $0.isNumber }) else {
                return .respond(LocalHTTPServer.Response(status: 404))
            }
            let etag = "\"f\(number)\""
            if request.header("If-None-Match") == etag { return .respond(LocalHTTPServer.Response(status: 304, headers: [("ETag", etag)])) }
            return FeedFixtures.xml(FeedFixtures.feed(title: "Feed \(number)", first: number * perFeed, items: perFeed), etag: etag)
        }) { server in
            let config = try FeedFixtures.config((0..<feedCount).map { server.url("/feed/\($0).xml") }, in: temporary)
            let binary = try #require(ParleyProcess.binary)
            // How long a whole fetch takes here, so that the kills land while it runs.
            let started = Date()
            let timing = try ParleyProcess.run(["fetch", "--library", temporary.path + "/timing.sqlite"], environment: ["XDG_CONFIG_HOME": config.path])
            #expect(timing.status == 0, "\(timing.stderr)")
            let duration = Date().timeIntervalSince(started)
            var random = SplitMix(seed: 1313)
            var killedMidway = 0
            for round in 0..<5 {
                let library = temporary.appendingPathComponent("lib-\(round).sqlite").path
                let pid = try Spawn.start(["/usr/bin/env", "XDG_CONFIG_HOME=\(config.path)", binary, "fetch", "--library", library])
                let deadline = Date().addingTimeInterval(duration * Double(5 + random.below(91)) / 100)
                var committed = 0
                while Date() < deadline {
                    if let count = try? LibraryFixtures.count(library) { committed = max(committed, count) }
                    try await Task.sleep(for: .milliseconds(20))
                }
                if let count = try? LibraryFixtures.count(library) { committed = max(committed, count) }
                kill(pid, SIGKILL)
                let status = wait(pid)
                let after = (try? LibraryFixtures.count(library)) ?? 0
                #expect(after >= committed, "round \(round): \(committed) articles were committed before the kill, \(after) after")
                guard FileManager.default.fileExists(atPath: library) else { continue }
                #expect(try LibraryFixtures.integrity(library) == "ok, search index ok", "round \(round)")
                // A feed is either not stored yet (no validators, so fetched in full again) or stored whole.
                let partial = try FeedFixtures.feedsFetchedWithoutAllItems(library, perFeed: perFeed)
                #expect(partial == 0, "round \(round): feeds marked fetched without all their items")
                let finish = try ParleyProcess.run(["fetch", "--library", library], environment: ["XDG_CONFIG_HOME": config.path])
                #expect(finish.status == 0, "round \(round): \(finish.stderr)")
                #expect(try LibraryFixtures.count(library) == feedCount * perFeed, "round \(round)")
                #expect(try FeedFixtures.countsByFeed(library).values.allSatisfy { $0 == perFeed }, "round \(round)")
                if status == 128 + SIGKILL, after > 0, after < feedCount * perFeed { killedMidway += 1 }
            }
            #expect(killedMidway >= 2, "the kills did not land while feeds were being stored")
        }
    }
}
