/// Decodes the HTML character references that turn up in plain-text articles:
/// numeric ones (`&#233;`, `&#xE9;`) and the common named ones (`&amp;`, `&eacute;`).
public enum HTMLEntities {
    public static func decode(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (replacement, length) = reference(in: scalars, at: index) {
                output.append(contentsOf: replacement.unicodeScalars)
                index += length
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// The reference starting at `start` ("&...;"), with how many scalars it spans.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < scalars.count, end - start <= 10, scalars[end] != ";" {
            guard scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "#" else { return nil }
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value else { return nil }
            if value == 0 { return ("\u{FFFD}", length) }
            if (0x80...0x9F).contains(value) {
                // As browsers do: numeric references in the C1 range mean Windows-1252.
                return (TextDecoding.windows1252([UInt8(value)]), length)
            }
            return (Unicode.Scalar(value).map { String($0) } ?? "\u{FFFD}", length)
        }
        guard let named = named[body] else { return nil }
        return (named, length)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "pound": "\u{A3}", "euro": "\u{20AC}",
        "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "agrave": "\u{E0}", "iacute": "\u{ED}",
        "oacute": "\u{F3}", "uacute": "\u{FA}", "ccedil": "\u{E7}", "ntilde": "\u{F1}", "ouml": "\u{F6}",
        "uuml": "\u{FC}", "auml": "\u{E4}", "szlig": "\u{DF}", "copy": "\u{A9}",
    ]
}
