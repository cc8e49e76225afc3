import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line on standard error (a terminal) saying what is being fetched and how much has
/// arrived, rewritten in place at most ten times a second and wiped when the fetches end, so
/// that nothing of it is left above the reader or the output.
final class FetchProgressLine: Sendable {
    private struct Progress {
        var bytes: [String: Int] = [:]
        var done = 0
        var lastWrite: ContinuousClock.Instant?
    }

    private let urls: [String]
    private let progress = Mutex(Progress())

    init(urls: [String]) {
        self.urls = urls
        show(force: true)
    }

    func received(url: String, bytes: Int) {
        progress.withLock { $0.bytes[url] = bytes }
        show(force: false)
    }

    func finished(url: String) {
        progress.withLock { $0.done += 1 }
        show(force: true)
    }

    /// Wipes the line.
    func clear() {
        FileAccess.write("\r\u{1B}[K", to: STDERR_FILENO)
    }

    private func show(force: Bool) {
        let text: String? = progress.withLock { state in
            let now = ContinuousClock.now
            if !force, let last = state.lastWrite, now - last < .milliseconds(100) { return nil }
            state.lastWrite = now
            let received = state.bytes.values.reduce(0, +)
            let amount = received < 1_024 ? "\(received) bytes" : "\(received / 1_024) KB"
            if urls.count == 1 { return "fetching \(urls[0]): \(amount)" }
            return "fetching \(urls.count) URLs: \(state.done) done, \(amount)"
        }
        guard let text else { return }
        let line = "parley: " + Diagnostics.sanitized(text)
        FileAccess.write("\r\u{1B}[K" + String(line.prefix(max(20, FetchProgressLine.columns() - 1))), to: STDERR_FILENO)
    }

    /// The terminal's width, 80 when it cannot be told.
    private static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
