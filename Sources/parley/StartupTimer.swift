#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `PARLEY_TIMING=1` prints, on standard error, when each start-up stage ended, counted from
/// the start of `main`: for profiling the time to the first screen.
enum StartupTimer {
    nonisolated(unsafe) static var start = ContinuousClock.now
    static let enabled = getenv("PARLEY_TIMING") != nil

    static func begin() {
        start = ContinuousClock.now
        guard enabled else { return }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        FileAccess.write("main \(Int(now.tv_sec) * 1_000_000 + Int(now.tv_nsec) / 1_000) us (monotonic clock)\n", to: STDERR_FILENO)
    }

    static func lap(_ label: String) {
        guard enabled else { return }
        let elapsed = ContinuousClock.now - start
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        FileAccess.write("\(label) \(micros) us\n", to: STDERR_FILENO)
    }
}
