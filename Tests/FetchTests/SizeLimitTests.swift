import Fetch
import LocalHTTPServer
import Testing

@Suite("The 2 MB cap on a fetched body")
struct SizeLimitTests {
    static let limit = 2 * 1_048_576

    @Test("A body of exactly 2 MB is kept whole")
    func atTheLimit() async throws {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: Self.limit)
        let response = LocalHTTPServer.Response(headers: [("Content-Type", "text/plain")], body: body)
        try await LocalHTTPServer.with(route: routes(["/big": .respond(response)])) { server in
            let resource = try await withFetcher { try await $0.fetch(url: server.url("/big")) }
            #expect(resource.body.count == Self.limit)
        }
    }

    @Test("One byte over, with or without a Content-Length, is refused")
    func overTheLimit() async throws {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: Self.limit + 1)
        let table: [String: LocalHTTPServer.Reply] = [
            "/sized": .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/plain")], body: body)),
            "/chunked": .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/plain")], body: body, chunked: true)),
        ]
        try await LocalHTTPServer.with(route: routes(table)) { server in
            #expect(await failure(of: server.url("/sized")) == "larger than the 2 MB limit")
            #expect(await failure(of: server.url("/chunked")) == "larger than the 2 MB limit")
        }
    }

    @Test("A gzip body that is small on the wire but over 2 MB decompressed is refused")
    func compressedOverTheLimit() async throws {
        let body = [UInt8](repeating: UInt8(ascii: " "), count: 3 * 1_048_576)
        let response = LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: body, gzip: true)
        try await LocalHTTPServer.with(route: routes(["/bomb": .respond(response)])) { server in
            #expect(await failure(of: server.url("/bomb")) == "larger than the 2 MB limit")
            #expect(server.bytesSent < 100_000)
        }
    }

    @Test("A body that never ends is refused, and reading stops soon after the limit")
    func endlessBody() async throws {
        try await LocalHTTPServer.with(route: routes(["/forever": .endless(contentType: "text/html")])) { server in
            #expect(await failure(of: server.url("/forever"), FetchConfiguration(totalTimeout: .seconds(120))) == "larger than the 2 MB limit")
            // Give the server a moment to notice the closed connection, then check it stopped
            // far short of the 256 MB it would send.
            try await Task.sleep(for: .milliseconds(200))
            #expect(server.bytesSent < 16 * 1_048_576)
        }
    }
}
