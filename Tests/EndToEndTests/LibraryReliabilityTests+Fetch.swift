import ArticleModel
import Foundation
import LocalHTTPServer
import Store
import Synchronization
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `parley fetch` beside a reader, and killed mid-run: in the reliability suite, whose tests run
/// one at a time, so that these heavy runs do not crowd each other on a small machine.
extension LibraryReliabilityTests {
    @Test("Two processes on one library: one fetches feeds while the other searches and marks")
    func fetchWhileReading() async throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let feedCount = 16, perFeed = 25
        let library = temporary.appendingPathComponent("lib.sqlite").path
        let folder = try LibraryFixtures.folder(count: 3, in: temporary)
        #expect(try ParleyProcess.run(["add", "--library", library, folder.path]).status == 0)
        // The searches done so far: the second half of the feeds waits for two of them, so that
        // the fetch is still storing articles while they run however loaded the machine is.
        let searchesDone = SearchCount()
        try await LocalHTTPServer.with(route: { request in
            guard request.path.hasPrefix("/feed/"), let number = Int(request.path.dropFirst(6).prefix { $0.isNumber }) else {
                return .respond(LocalHTTPServer.Response(status: 404))
            }
            guard case .respond(let response) = FeedFixtures.xml(FeedFixtures.feed(title: "Feed \(number)", first: 100 + number * perFeed, items: perFeed), etag: "\"f\(number)\"") else {
                return .respond(LocalHTTPServer.Response(status: 500))
            }
            let waiting = number >= feedCount / 2 && searchesDone.value.withLock { $0 } < 2
            return .delayed(response, milliseconds: waiting ? 3000 : 100)
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
                searchesDone.value.withLock { $0 = searches }
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
            #expect(searches >= 2, "only \(searches) searches ran during the fetch")
            #expect(try LibraryFixtures.count(library) == 3 + feedCount * perFeed)
            #expect(try reader.articles().first { $0.id == marked }?.isRead == (marks % 2 == 1))
        }
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
            var random = SplitMix(seed: 1313)
            var killedMidway = 0
            for round in 0..<5 {
                let library = temporary.appendingPathComponent("lib-\(round).sqlite").path
                let pid = try Spawn.start(["/usr/bin/env", "XDG_CONFIG_HOME=\(config.path)", binary, "fetch", "--library", library])
                let (committed, status) = KillPoint.kill(pid, library: library, round: round, total: feedCount * perFeed, random: &random)
                let after = (try? LibraryFixtures.count(library)) ?? 0
                #expect(after >= committed, "round \(round): \(committed) articles were committed before the kill, \(after) after")
                guard FileManager.default.fileExists(atPath: library) else { continue }
                let integrity = try LibraryFixtures.integrity(library)
                #expect(integrity == "ok, search index ok" || (after == 0 && integrity == "ok, search index not made yet"), "round \(round): \(integrity)")
                if integrity == "ok, search index ok" {
                    // A feed is either not stored yet (no validators, so fetched in full again) or stored whole.
                    let partial = try FeedFixtures.feedsFetchedWithoutAllItems(library, perFeed: perFeed)
                    #expect(partial == 0, "round \(round): feeds marked fetched without all their items")
                }
                let finish = try ParleyProcess.run(["fetch", "--library", library], environment: ["XDG_CONFIG_HOME": config.path])
                #expect(finish.status == 0, "round \(round): \(finish.stderr)")
                #expect(try LibraryFixtures.count(library) == feedCount * perFeed, "round \(round)")
                #expect(try FeedFixtures.countsByFeed(library).values.allSatisfy { $0 == perFeed }, "round \(round)")
                if status == 128 + SIGKILL, after > 0, after < feedCount * perFeed { killedMidway += 1 }
            }
            #expect(killedMidway >= 3, "the kills did not land while feeds were being stored")
        }
    }
}

/// A count shared with the test server's route.
private final class SearchCount: Sendable {
    let value = Mutex(0)
}
