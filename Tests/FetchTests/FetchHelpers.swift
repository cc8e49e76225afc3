import Fetch
import LocalHTTPServer

/// Limits long enough for a busy machine running the whole suite (a local request takes
/// milliseconds, but an async test can wait many seconds there for a thread); the time-out
/// tests set their own short ones.
let testConfiguration = FetchConfiguration(connectTimeout: .seconds(60), totalTimeout: .seconds(120), userAgent: "Parley/9.9 (test)")

/// Runs `body` with a fetcher, shutting it down afterwards.
func withFetcher<Value>(_ configuration: FetchConfiguration = testConfiguration, _ body: (Fetcher) async throws -> Value) async rethrows -> Value {
    let fetcher = Fetcher(configuration: configuration)
    do {
        let value = try await body(fetcher)
        await fetcher.shutdown()
        return value
    } catch {
        await fetcher.shutdown()
        throw error
    }
}

/// The one-line reason a fetch of `url` fails, or nil when it succeeds.
func failure(of url: String, _ configuration: FetchConfiguration = testConfiguration) async -> String? {
    await withFetcher(configuration) { fetcher -> String? in
        do throws(FetchError) {
            _ = try await fetcher.fetch(url: url)
            return nil
        } catch {
            return error.description
        }
    }
}

/// Answers each path from a table, 404 for the rest.
func routes(_ table: [String: LocalHTTPServer.Reply]) -> @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Reply {
    { request in table[request.path] ?? .respond(LocalHTTPServer.Response(status: 404, body: Array("no such page".utf8))) }
}
