import AsyncHTTPClient
import NIOCore
import NIOHTTPCompression
import NIOPosix
import NIOSSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FetchError {
    /// The one-line reason for an error from the HTTP client, NIO or TLS.
    init(_ error: any Error, configuration: FetchConfiguration) {
        switch error {
        case let error as FetchError:
            self = error
        case is TimeLimitExceeded:
            self = .timedOut(after: configuration.totalTimeout)
        case let error as HTTPClientError:
            self = FetchError(client: error, configuration: configuration)
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                self = .hostNotFound
            } else if let first = error.connectionErrors.first {
                self = FetchError(first.error, configuration: configuration)
            } else {
                self = .other("cannot connect")
            }
        case is SocketAddressError.UnknownHost:
            self = .hostNotFound
        case let error as IOError:
            self = FetchError(errno: error.errnoCode, configuration: configuration)
        case let error as ChannelError:
            switch error {
            case .connectTimeout: self = .timedOut(after: configuration.connectTimeout)
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed: self = .connectionClosed
            default: self = .other("connection failed")
            }
        case let error as NIOHTTPDecompression.DecompressionError:
            self = error == .limit ? .tooLarge(limit: configuration.sizeLimit) : .badCompression
        case is NIOHTTPDecompression.ExtraDecompressionError:
            self = .badCompression
        case is NIOTooManyBytesError:
            self = .tooLarge(limit: configuration.sizeLimit)
        case let error as NIOSSLError:
            self = FetchError(tls: error)
        case let error as NIOSSLExtraError where error == .failedToValidateHostname:
            self = .certificateForAnotherHost
        case is NIOSSLExtraError:
            self = .secureConnectionFailed
        case is CancellationError:
            self = .other("cancelled")
        default:
            self = .other("network error")
        }
    }

    private init(client error: HTTPClientError, configuration: FetchConfiguration) {
        switch error {
        case .redirectLimitReached: self = .tooManyRedirects(limit: configuration.maximumRedirects)
        case .redirectCycleDetected: self = .redirectLoop
        case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
            self = .timedOut(after: configuration.connectTimeout)
        case .deadlineExceeded, .readTimeout, .writeTimeout: self = .timedOut(after: configuration.totalTimeout)
        case .remoteConnectionClosed, .uncleanShutdown: self = .connectionClosed
        case .invalidURL, .emptyHost, .emptyScheme: self = .invalidAddress
        case .cancelled: self = .other("cancelled")
        default:
            // Covers unsupportedScheme, whose associated value cannot be matched from outside.
            self = .other(error.shortDescription)
        }
    }

    private init(errno code: Int32, configuration: FetchConfiguration) {
        switch code {
        case ECONNREFUSED: self = .connectionRefused
        case ETIMEDOUT: self = .timedOut(after: configuration.connectTimeout)
        case ENETUNREACH, EHOSTUNREACH, ENETDOWN, EHOSTDOWN: self = .unreachable
        case ECONNRESET, EPIPE: self = .connectionClosed
        default: self = .other(String(cString: strerror(code)).lowercased())
        }
    }

    private init(tls error: NIOSSLError) {
        guard case .handshakeFailed(let reason) = error else {
            self = error == .uncleanShutdown ? .connectionClosed : .secureConnectionFailed
            return
        }
        // BoringSSL names the failed check in its error stack; a certificate that does not
        // verify is by far the most common cause.
        self = "\(reason)".contains("CERTIFICATE_VERIFY_FAILED") ? .certificateNotTrusted : .secureConnectionFailed
    }
}
