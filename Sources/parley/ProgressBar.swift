#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar on standard error, redrawn in place at most ten times a second, when
/// standard error is a terminal; silent otherwise (scripts get the summary line only).
struct ProgressBar {
    let total: Int
    let label: String
    private let enabled = FileAccess.isTerminal(STDERR_FILENO)
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    mutating func update(_ done: Int, force: Bool = false) {
        guard enabled else { return }
        let now = ContinuousClock.now
        if !force, let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        let width = 30
        let filled = total == 0 ? width : min(width, done * width / total)
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
        let seconds = (now - start).components.seconds
        FileAccess.write("\r\(label) [\(bar)] \(done)/\(total)  \(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)\u{1B}[K", to: STDERR_FILENO)
    }

    /// Clears the bar's line, so that the summary starts on a clean one.
    func finish() {
        guard enabled else { return }
        FileAccess.write("\r\u{1B}[K", to: STDERR_FILENO)
    }
}
