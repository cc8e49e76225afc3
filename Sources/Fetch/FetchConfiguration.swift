/// How a `Fetcher` behaves: time limits, redirects, the body size cap and how it names itself.
public struct FetchConfiguration: Sendable, Equatable {
    /// Longest wait for a connection (DNS, TCP and TLS) to be set up.
    public var connectTimeout: Duration
    /// Longest time for a whole fetch: connecting, every redirect, and reading the body.
    public var totalTimeout: Duration
    /// Redirects followed before giving up; a redirect back to a visited URL is refused at once.
    public var maximumRedirects: Int
    /// The largest body kept, counted after decompression. A larger one is refused, never cut.
    public var sizeLimit: Int
    /// The User-Agent header.
    public var userAgent: String

    /// Defaults for a reader: a dead host is reported within 10 s, a stalled server within 30 s.
    public init(
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30),
        maximumRedirects: Int = 5,
        sizeLimit: Int = 2 * 1_048_576,
        userAgent: String = "Parley"
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maximumRedirects = maximumRedirects
        self.sizeLimit = sizeLimit
        self.userAgent = userAgent
    }

    /// "Parley/0.1.0 (terminal news reader)": the product and its version, as servers log it.
    public static func userAgent(version: String) -> String {
        "Parley/\(version) (terminal news reader)"
    }
}
