#if canImport(Glibc)
import Glibc
#endif

/// A port on 127.0.0.1 where connecting never completes: a socket listens with a backlog of
/// none and never accepts, and its queue is filled first, so the kernel drops further
/// connection attempts (SYNs) and a client waits until its connect timeout. For testing
/// connect timeouts without sending anything beyond the loopback interface.
public final class UnansweredListener: Sendable {
    public let port: Int
    private let descriptors: [Int32]

    public init?() {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(listener, generic, length) == 0 && listen(listener, 0) == 0 && getsockname(listener, generic, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            return nil
        }
        var descriptors = [listener]
        // Fill the accept queue: these connect without blocking and are never accepted.
        for _ in 0..<4 {
            let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard filler >= 0 else { continue }
            var target = address
            _ = withUnsafePointer(to: &target) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            descriptors.append(filler)
        }
        usleep(100_000)  // let the handshakes of the fillers finish
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.descriptors = descriptors
    }

    deinit {
        descriptors.forEach { close($0) }
    }
}
