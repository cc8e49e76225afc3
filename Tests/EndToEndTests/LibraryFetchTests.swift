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
}
