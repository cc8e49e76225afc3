#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Reader

/// One-line messages on standard error, and exits with a code.
enum Diagnostics {
    static func warn(_ message: String) {
        FileAccess.write("parley: \(sanitized(message))\n", to: STDERR_FILENO)
    }

    /// A line of information (a summary) on standard error, as `parley: ...`.
    static func note(_ message: String) {
        warn(message)
    }

    /// Prints the message and exits with `code` (1 for input problems, 2 for usage).
    static func fail(_ message: String, code: Int32 = 1) -> Never {
        warn(message)
        exit(code)
    }

    /// File names and reasons can carry control characters; never echo them raw.
    static func sanitized(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? "?" : Character($0) })
    }
}

/// Writes to standard output, exiting quietly when the reader has gone (a closed pipe).
enum Output {
    static func write(_ text: String) {
        if !FileAccess.write(text, to: STDOUT_FILENO) {
            exit(errno == EPIPE ? 0 : 1)
        }
    }
}

/// The plain-text rendering of every entry, one article at a time.
enum PlainOutput {
    static func write(_ entries: [LibraryEntry]) {
        for (number, entry) in entries.enumerated() {
            if number > 0 { Output.write(PlainTextReport.separator()) }
            Output.write(PlainTextReport.render([entry.article]))
        }
    }
}
