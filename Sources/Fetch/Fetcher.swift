import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// Fetches web pages and feeds over HTTP(S) with AsyncHTTPClient: connect and total time
/// limits, a bounded number of redirects (no loops), gzip and deflate, a size cap on the
/// decompressed body, and conditional GET from stored validators. Every failure is a
/// `FetchError`, one short line.
///
/// A fetcher owns one event-loop thread and an HTTP client; call `shutdown()` when done, or
/// use `Fetcher.run`, which does.
public final class Fetcher: Sendable {
    public let configuration: FetchConfiguration
    let eventLoopGroup: MultiThreadedEventLoopGroup
    let client: HTTPClient

    public init(configuration: FetchConfiguration = FetchConfiguration()) {
        self.configuration = configuration
        eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var settings = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: configuration.maximumRedirects, allowCycles: false),
            timeout: .init(connect: TimeAmount(configuration.connectTimeout)),
            // The library stops inflating past the cap, so a small gzip bomb costs nothing.
            decompression: .enabled(limit: .size(configuration.sizeLimit))
        )
        // A refused connection is reported at once instead of being retried until the
        // connect timeout.
        settings.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .shared(eventLoopGroup), configuration: settings)
    }

    /// Fetches `url` (http or https only), sending `validators` as If-None-Match and
    /// If-Modified-Since. A 304 comes back as a resource with `notModified` set and no body.
    /// `progress`, when given, hears the number of body bytes received so far as they arrive.
    public func fetch(url: String, validators: Validators? = nil, progress: (@Sendable (Int) -> Void)? = nil) async throws(FetchError) -> FetchedResource {
        try WebAddress.check(url)
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: Fetcher.accept)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let tag = validators?.entityTag { request.headers.add(name: "If-None-Match", value: tag) }
        if let date = validators?.lastModified { request.headers.add(name: "If-Modified-Since", value: date) }
        let total = configuration.totalTimeout
        do {
            return try await withTimeLimit(total) { [client, configuration, request] in
                let response = try await client.execute(request, deadline: .now() + TimeAmount(total))
                return try await Fetcher.read(response, requestedURL: url, configuration: configuration, progress: progress)
            }
        } catch {
            throw FetchError(error, configuration: configuration)
        }
    }

    /// Closes the connections and stops the event-loop thread.
    public func shutdown() async {
        try? await client.shutdown()
        try? await eventLoopGroup.shutdownGracefully()
    }

    /// Web pages first, then feeds, then plain text; anything else last.
    static let accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
        + "application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.8, */*;q=0.1"

    /// Checks the status and content type, then reads the body up to the size limit.
    private static func read(
        _ response: HTTPClientResponse, requestedURL: String, configuration: FetchConfiguration, progress: (@Sendable (Int) -> Void)?
    ) async throws -> FetchedResource {
        let finalURL = response.history.last?.request.url ?? requestedURL
        let mediaType = response.headers.first(name: "Content-Type").flatMap(MediaType.init(header:))
        let validators = Validators(
            entityTag: response.headers.first(name: "ETag"),
            lastModified: response.headers.first(name: "Last-Modified")
        )
        let status = Int(response.status.code)
        var resource = FetchedResource(
            requestedURL: requestedURL, finalURL: finalURL, status: status,
            contentType: mediaType?.name, charset: mediaType?.charset, body: [], validators: validators,
            notModified: status == 304
        )
        if resource.notModified { return resource }
        guard (200..<300).contains(status) else {
            throw FetchError.httpStatus(code: status, reason: HTTPResponseStatus(statusCode: status).reasonPhrase)
        }
        if let mediaType, !mediaType.isReadable {
            throw FetchError.notReadable(contentType: String(mediaType.name.prefix(60)))
        }
        let limit = configuration.sizeLimit
        let encoded = response.headers.first(name: "Content-Encoding").map { $0.trimmingSpaces.lowercased() != "identity" } ?? false
        let declared = response.headers.first(name: "Content-Length").flatMap { Int($0.trimmingSpaces) }
        if !encoded, let declared, declared > limit { throw FetchError.tooLarge(limit: limit) }
        var body: [UInt8] = []
        body.reserveCapacity(min(declared ?? 65_536, limit))
        for try await chunk in response.body {
            // Stop reading as soon as the limit is passed: the rest is never downloaded.
            guard body.count + chunk.readableBytes <= limit else { throw FetchError.tooLarge(limit: limit) }
            body.append(contentsOf: chunk.readableBytesView)
            progress?(body.count)
        }
        resource.body = body
        return resource
    }
}

/// Thrown when `withTimeLimit`'s clock runs out first.
struct TimeLimitExceeded: Error {}

/// Runs `work`, giving up with `TimeLimitExceeded` (and cancelling it) after `limit`.
func withTimeLimit<Value: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw TimeLimitExceeded()
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw TimeLimitExceeded() }
        return first
    }
}
