import NIOCore

extension Fetcher {
    /// Runs `work` with a new fetcher to completion from synchronous code (the command line's
    /// commands), then shuts the fetcher down: its connections closed and its thread joined.
    ///
    /// Blocks the calling thread; never call it from async code or an event loop.
    @available(*, noasync, message: "blocks its thread: from async code, make a Fetcher and call fetch")
    public static func run<Value: Sendable>(
        configuration: FetchConfiguration,
        _ work: @escaping @Sendable (Fetcher) async -> Value
    ) -> Value {
        let fetcher = Fetcher(configuration: configuration)
        defer { fetcher.shutdownBlocking() }
        let finished = fetcher.eventLoopGroup.any().makePromise(of: Value.self)
        finished.completeWithTask { await work(fetcher) }
        do {
            return try finished.futureResult.wait()
        } catch {
            // The promise is only ever completed with a value: `work` cannot throw.
            preconditionFailure("a fetch that cannot fail failed: \(error)")
        }
    }

    /// `shutdown()` for synchronous code: requests still under way fail at once.
    @available(*, noasync, message: "blocks its thread: from async code, call shutdown()")
    public func shutdownBlocking() {
        try? client.syncShutdown()
        try? eventLoopGroup.syncShutdownGracefully()
    }
}
