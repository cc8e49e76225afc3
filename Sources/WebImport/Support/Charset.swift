import Markup

/// Which charset a page is in, decided as browsers do: the HTTP header's, a byte-order mark,
/// the page's own `<meta charset>` or `http-equiv`, then UTF-8 when the bytes are valid UTF-8,
/// else Windows-1252. The result is UTF-8 bytes for the parser.
enum Charset {
    /// The page's bytes as UTF-8, and the charset they were read as.
    static func utf8(_ bytes: [UInt8], declared header: String?) -> (bytes: [UInt8], charset: String) {
        if let bom = byteOrderMark(bytes) {
            return (transcode(Array(bytes.dropFirst(bom.length)), from: bom.name) ?? [], bom.name)
        }
        for label in [header.flatMap(parameter), metaCharset(bytes)].compactMap({ $0 }) {
            let name = normalized(label)
            if name == "UTF-8" {
                if let valid = validUTF8(bytes) { return (valid, name) }
                continue
            }
            if name == "windows-1252" { return (windows1252(bytes), name) }
            if Markup.supportsEncoding(name), let converted = transcode(bytes, from: name) { return (converted, name) }
        }
        if let valid = validUTF8(bytes) { return (valid, "UTF-8") }
        return (windows1252(bytes), "windows-1252")
    }

    /// The `charset=` parameter of a Content-Type value.
    static func parameter(_ contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard let range = lower.firstRange(of: "charset=") else { return nil }
        let value = lower[range.upperBound...].prefix { $0 != ";" && $0 != " " }.trimmingQuotes()
        return value.isEmpty ? nil : value
    }

    /// The charset a `<meta>` in the first 4 KB names, as an HTML parser's pre-scan finds it.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let tag = head[searchStart...].firstRange(of: "<meta") {
            let end = head[tag.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let attributes = head[tag.upperBound..<end]
            if let charset = attributes.firstRange(of: "charset=") {
                let quoted = attributes[charset.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                let value = quoted.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != ";" && $0 != "/" && $0 != ">" }
                if !value.isEmpty { return String(value) }
            }
            searchStart = end
        }
        return nil
    }

    /// The XML declaration's `encoding`, for feeds.
    static func xmlDeclaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.firstRange(of: "?>"), let encoding = head[..<end.lowerBound].firstRange(of: "encoding=") else { return nil }
        let value = head[encoding.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value.isEmpty ? nil : String(value)
    }

    /// WHATWG folds Latin-1 and ASCII labels into Windows-1252; other labels are passed on.
    static func normalized(_ label: String) -> String {
        let lower = label.lowercased()
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", "iso_8859-1": return "windows-1252"
        default: return label
        }
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (name: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        // No mark, but "<" or "<?" in a wide form (XML's appendix F).
        if bytes.starts(with: [0x3C, 0, 0, 0]) { return ("UTF-32LE", 0) }
        if bytes.starts(with: [0, 0, 0, 0x3C]) { return ("UTF-32BE", 0) }
        if bytes.starts(with: [0x3C, 0, 0x3F, 0]) { return ("UTF-16LE", 0) }
        if bytes.starts(with: [0, 0x3C, 0, 0x3F]) { return ("UTF-16BE", 0) }
        return nil
    }

    private static func validUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        String(validating: bytes, as: UTF8.self) == nil ? nil : bytes
    }

    /// Bytes in `name` as UTF-8, through libxml2's converters (iconv or ICU).
    private static func transcode(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        if name == "UTF-8" { return validUTF8(bytes) ?? windows1252(bytes) }
        return Markup.convertToUTF8(bytes, from: name)
    }

    /// Windows-1252 (which also covers Latin-1) to UTF-8; never fails.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Unicode.Scalar(cp1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return Array(String(scalars).utf8)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}

extension Substring {
    fileprivate func trimmingQuotes() -> String {
        String(drop { $0 == "\"" || $0 == "'" }.reversed().drop { $0 == "\"" || $0 == "'" }.reversed())
    }
}
