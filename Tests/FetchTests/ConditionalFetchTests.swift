import Fetch
import Foundation
import LocalHTTPServer
import Testing

@Suite("Conditional GET with stored validators")
struct ConditionalFetchTests {
    /// Answers 304 when the client sends back the ETag or the date it was given, else the page.
    static func versionedPage(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Reply {
        let date = "Mon, 02 Mar 2026 10:00:00 GMT"
        if request.header("If-None-Match") == "\"v1\"" || request.header("If-Modified-Since") == date {
            return .respond(LocalHTTPServer.Response(status: 304, headers: [("ETag", "\"v1\"")]))
        }
        return .respond(LocalHTTPServer.Response(
            headers: [("Content-Type", "text/html; charset=utf-8"), ("ETag", "\"v1\""), ("Last-Modified", date)],
            body: Array("<p>Version one.</p>".utf8)
        ))
    }

    @Test("The second fetch sends the validators, gets 304, and reuses the stored body")
    func notModifiedReusesBody() async throws {
        let folder = try TemporaryFolder()
        let store = FileValidatorStore(directory: folder.path + "/parley/http")
        try await LocalHTTPServer.with(route: Self.versionedPage) { server in
            try await withFetcher { fetcher in
                let first = try await fetcher.fetch(url: server.url("/story"), store: store)
                #expect(first.status == 200)
                #expect(first.notModified == false)
                #expect(first.validators == Validators(entityTag: "\"v1\"", lastModified: "Mon, 02 Mar 2026 10:00:00 GMT"))
                let second = try await fetcher.fetch(url: server.url("/story"), store: store)
                #expect(second.status == 304)
                #expect(second.notModified)
                #expect(second.body == Array("<p>Version one.</p>".utf8))
                #expect(second.contentType == "text/html")
                #expect(second.charset == "utf-8")
            }
            #expect(server.requests.count == 2)
            #expect(server.requests[0].header("If-None-Match") == nil)
            #expect(server.requests[1].header("If-None-Match") == "\"v1\"")
            #expect(server.requests[1].header("If-Modified-Since") == "Mon, 02 Mar 2026 10:00:00 GMT")
        }
    }

    @Test("A 304 with no stored copy is one line, not an empty page")
    func notModifiedWithoutCopy() async throws {
        let store = MemoryStore()
        try await LocalHTTPServer.with(route: { _ in .respond(LocalHTTPServer.Response(status: 304)) }) { server in
            await withFetcher { fetcher in
                do throws(FetchError) {
                    _ = try await fetcher.fetch(url: server.url("/"), store: store)
                    Issue.record("a 304 without a copy was accepted")
                } catch {
                    #expect(error.description == "server says not modified, but no earlier copy is stored")
                }
            }
        }
    }

    @Test("A response without validators replaces nothing and removes a stale entry")
    func noValidatorsNoEntry() async throws {
        let store = MemoryStore()
        try await LocalHTTPServer.with(route: { _ in .respond(.ok("plain")) }) { server in
            store.save(StoredResponse(url: server.url("/"), finalURL: server.url("/"), contentType: nil, charset: nil, validators: Validators(entityTag: "\"old\""), body: [1]))
            let resource = try await withFetcher { try await $0.fetch(url: server.url("/"), store: store) }
            #expect(resource.body == Array("plain".utf8))
            #expect(store.load(url: server.url("/")) == nil)
            #expect(server.requests.first?.header("If-None-Match") == "\"old\"")
        }
    }
}

/// A store in memory, for the protocol's behaviour apart from files.
final class MemoryStore: ValidatorStore, @unchecked Sendable {
    private var entries: [String: StoredResponse] = [:]
    private let lock = NSLock()

    func load(url: String) -> StoredResponse? { lock.withLock { entries[url] } }
    func save(_ response: StoredResponse) { lock.withLock { entries[response.url] = response } }
    func remove(url: String) { _ = lock.withLock { entries.removeValue(forKey: url) } }
}

/// A temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-fetch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
