import Reader
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where work in the background leaves its results for the main loop: actions are queued,
/// and a byte written to a pipe wakes the loop's wait for keys, so a result is shown at once
/// without the loop ever waiting for the work.
final class ActionInbox: Sendable {
    private let pending = Mutex<[Action]>([])
    /// The end the main loop waits on.
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    /// Nil when no pipe can be made (out of descriptors).
    init?() {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return nil }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Queues an action and wakes the main loop; callable from any thread.
    func post(_ action: Action) {
        pending.withLock { $0.append(action) }
        var byte: UInt8 = 1
        // A full pipe already holds a wake-up: the byte is not needed.
        _ = write(writeDescriptor, &byte, 1)
    }

    /// The actions queued so far, oldest first; empties the pipe.
    func take() -> [Action] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ read(readDescriptor, $0.baseAddress, $0.count) }) > 0 {}
        return pending.withLock { queued in
            defer { queued = [] }
            return queued
        }
    }
}
