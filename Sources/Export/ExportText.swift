import TerminalCore

/// Text from articles made safe for files other programs read and terminals may show.
///
/// Control characters (except tab), bidi controls, invisible characters and the two code points
/// XML forbids (U+FFFE, U+FFFF) become U+FFFD, one for one, so that offsets counted in Unicode
/// scalars still point at the same places; line breaks inside a field become spaces where a
/// format has no room for them.
enum ExportText {
    static func clean(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                scalars.append(keepLineBreaks ? scalar : " ")
            } else if needsReplacing(scalar) {
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" { return false }
        return scalar == "\u{FFFE}" || scalar == "\u{FFFF}" || TerminalSafeText.isUnsafe(scalar)
    }

    /// `text` in XML character data or an attribute value.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in clean(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` as a JSON string literal, quotes included.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in clean(text, keepLineBreaks: true).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `text` as a DOT double-quoted string, quotes included.
    static func dot(_ text: String) -> String {
        var out = "\""
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
