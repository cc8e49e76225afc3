import Fetch
import Synchronization

/// Fetches one URL for the reader's background work; tests put a fake in its place.
public protocol ResourceFetching: Sendable {
    /// The resource at `url`, with `progress` told the body bytes received so far.
    func fetch(url: String, progress: @escaping @Sendable (Int) -> Void) async throws(FetchError) -> FetchedResource
}

/// The real thing: a `Fetcher`, made on first use (no thread is started until something is
/// fetched), with conditional GET through the validator store when there is one.
public final class NetworkFetching: ResourceFetching {
    private let configuration: FetchConfiguration
    private let store: (any ValidatorStore)?
    /// The fetcher once made; `closed` once `close()` has run, after which nothing is fetched.
    private let state = Mutex<(fetcher: Fetcher?, closed: Bool)>((nil, false))

    public init(configuration: FetchConfiguration, store: (any ValidatorStore)?) {
        self.configuration = configuration
        self.store = store
    }

    public func fetch(url: String, progress: @escaping @Sendable (Int) -> Void) async throws(FetchError) -> FetchedResource {
        let made: Fetcher? = state.withLock { state in
            if state.closed { return nil }
            if let fetcher = state.fetcher { return fetcher }
            let fetcher = Fetcher(configuration: configuration)
            state.fetcher = fetcher
            return fetcher
        }
        guard let fetcher = made else { throw .other("cancelled") }
        if let store { return try await fetcher.fetch(url: url, store: store, progress: progress) }
        return try await fetcher.fetch(url: url, progress: progress)
    }

    /// `close()` from async code.
    public func shutdown() async {
        let fetcher = state.withLock { state in
            state.closed = true
            return state.fetcher
        }
        await fetcher?.shutdown()
    }

    /// Closes the connections and stops the fetcher's thread, if one was started; fetches
    /// still under way fail. Call once the reader has quit.
    @available(*, noasync, message: "blocks its thread")
    public func close() {
        let fetcher = state.withLock { state in
            state.closed = true
            return state.fetcher
        }
        fetcher?.shutdownBlocking()
    }
}
