/// Why a fetch failed. `description` is one short line for the user, to follow `URL: `.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The argument is not an absolute http or https URL.
    case invalidAddress
    /// A URL with another scheme (ftp, file, ...): only http and https are fetched.
    case unsupportedScheme(String)
    /// The host name did not resolve.
    case hostNotFound
    /// Nothing listens on the port.
    case connectionRefused
    /// No route to the host or the network.
    case unreachable
    /// The connection or the whole fetch took longer than the configured time.
    case timedOut(after: Duration)
    /// More redirects than the configured maximum.
    case tooManyRedirects(limit: Int)
    /// A redirect led back to a URL already visited.
    case redirectLoop
    /// The server answered with an error (or an unfollowable) status.
    case httpStatus(code: Int, reason: String)
    /// The (decompressed) body is over the size limit; nothing of it is kept.
    case tooLarge(limit: Int)
    /// The content type is neither a web page, plain text, nor a feed.
    case notReadable(contentType: String)
    /// The server's certificate is not signed by a trusted authority (or expired, or self-signed).
    case certificateNotTrusted
    /// The certificate names another host.
    case certificateForAnotherHost
    /// The TLS handshake failed for another reason.
    case secureConnectionFailed
    /// The server closed the connection before the response was complete.
    case connectionClosed
    /// The body claimed to be gzip or deflate but could not be decompressed.
    case badCompression
    /// The server said "not modified" but no earlier copy is stored to show.
    case notModifiedWithoutCopy
    /// Anything else, in a few words.
    case other(String)

    public var description: String {
        switch self {
        case .invalidAddress: return "not a valid http or https URL"
        case .unsupportedScheme(let scheme): return "only http and https URLs can be fetched (not \(scheme))"
        case .hostNotFound: return "host not found"
        case .connectionRefused: return "connection refused"
        case .unreachable: return "host or network unreachable"
        case .timedOut(let limit): return "timed out after \(FetchError.seconds(limit))"
        case .tooManyRedirects(let limit): return "too many redirects (more than \(limit))"
        case .redirectLoop: return "redirect loop"
        case .httpStatus(let code, let reason): return reason.isEmpty ? "HTTP \(code)" : "HTTP \(code) \(reason)"
        case .tooLarge(let limit): return "larger than the \(FetchError.size(limit)) limit"
        case .notReadable(let type): return "not a web page or feed (\(type))"
        case .certificateNotTrusted: return "certificate not trusted"
        case .certificateForAnotherHost: return "certificate is for another host"
        case .secureConnectionFailed: return "secure connection (TLS) failed"
        case .connectionClosed: return "connection closed before the whole page arrived"
        case .badCompression: return "compressed body cannot be decoded"
        case .notModifiedWithoutCopy: return "server says not modified, but no earlier copy is stored"
        case .other(let reason): return reason
        }
    }

    /// "10 s", "0.5 s": whole seconds without a fraction.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 1_000 == 0 { return "\(milliseconds / 1_000) s" }
        var fraction = String(milliseconds % 1_000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(milliseconds / 1_000).\(fraction) s"
    }

    /// "2 MB", "64 KB", "1500 bytes" (binary units, as the file limit is written).
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MB" }
        if bytes >= 1_024, bytes % 1_024 == 0 { return "\(bytes / 1_024) KB" }
        return "\(bytes) bytes"
    }
}
