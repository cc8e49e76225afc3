/// Why bytes could not become an article.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .empty: return "file is empty"
        case .binary: return "not a text file (binary data)"
        case .tooLarge(let limit): return "larger than the \(limit / 1_048_576) MB limit for an article"
        }
    }
}

/// Turns file bytes into a string: UTF-8 when the bytes are valid UTF-8, otherwise
/// Windows-1252 for the whole file (which also covers Latin-1), never failing on odd bytes.
public enum TextDecoding {
    /// The encoding that was used, for diagnostics.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    /// Decodes `bytes`, rejecting binary data (NUL bytes or mostly control bytes).
    public static func decode(_ bytes: some Collection<UInt8>) throws(ImportError) -> (text: String, encoding: Encoding) {
        var body = Array(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if looksBinary(body) { throw .binary }
        if let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8)
        }
        return (windows1252(body), .windows1252)
    }

    /// True for data no one would call text: a NUL byte in the first 64 KB, or more than
    /// a third of control bytes other than tab, newline, carriage return, form feed and escape.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        if sample.contains(0) { return true }
        guard !sample.isEmpty else { return false }
        let controls = sample.count { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains($0) }
        return controls * 3 > sample.count
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                let value = cp1252High[Int(byte - 0x80)]
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252 bytes 0x80-0x9F; the five undefined ones become U+FFFD.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
