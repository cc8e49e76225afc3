/// Turns untrusted text into pieces that are safe to send to a terminal.
///
/// Control characters (C0, DEL, C1) never reach the terminal as themselves: they become
/// visible placeholders in caret notation (`^[`, `^?`) or hex (`<9B>`), marked so the
/// grid can dim them. Bidirectional overrides and invisible format characters that could
/// disguise text are dropped. Everything else is passed through by grapheme cluster.
public enum TerminalSafeText {
    /// One drawable piece: a grapheme cluster, or a placeholder standing for a control character.
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var width: Int
        public var isPlaceholder: Bool
    }

    /// The drawable pieces of `text`, in order.
    public static func pieces(of text: some StringProtocol) -> [Piece] {
        var result: [Piece] = []
        for character in text {
            appendPieces(of: character, to: &result)
        }
        return result
    }

    /// `text` with controls replaced by their placeholders and invisibles removed, as plain text.
    public static func sanitized(_ text: some StringProtocol) -> String {
        var pieces: [Piece] = []
        for character in text { appendPieces(of: character, to: &pieces) }
        return pieces.map(\.text).joined()
    }

    static func appendPieces(of character: Character, to result: inout [Piece]) {
        let scalars = character.unicodeScalars
        if !scalars.contains(where: needsAttention) {
            result.append(Piece(text: String(character), width: DisplayWidth.of(character), isPlaceholder: false))
            return
        }
        // Take the cluster apart: keep ordinary scalars, replace or drop the rest.
        var kept = String.UnicodeScalarView()
        func flushKept() {
            if !kept.isEmpty {
                let string = String(kept)
                for cluster in string {
                    result.append(Piece(text: String(cluster), width: DisplayWidth.of(cluster), isPlaceholder: false))
                }
                kept.removeAll()
            }
        }
        for scalar in scalars {
            if let placeholder = placeholder(for: scalar) {
                flushKept()
                result.append(Piece(text: placeholder, width: placeholder.count, isPlaceholder: true))
            } else if isInvisible(scalar) {
                continue
            } else {
                kept.append(scalar)
            }
        }
        flushKept()
    }

    /// True for a scalar the filter would replace or drop: a control character, a bidi control
    /// or an invisible one. Exports replace such scalars one for one, so offsets stay right.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        needsAttention(scalar)
    }

    static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        placeholder(for: scalar) != nil || isInvisible(scalar)
    }

    /// Caret notation for C0 and DEL, hex for C1; nil for anything that is not a control.
    static func placeholder(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F: return "^?"
        case 0x80..<0xA0:
            let hex = String(value, radix: 16, uppercase: true)
            return "<\(hex)>"
        default: return nil
        }
    }

    /// Bidi embeddings, overrides and isolates, and other invisible characters that can disguise text.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true  // bidi controls
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x180E, 0xFFF9...0xFFFB: return true  // zero-width, soft hyphen
        case 0xE0000...0xE007F: return scalar.value != 0xE007F && !(0xE0020...0xE007E).contains(scalar.value)
        default: return false
        }
    }
}

extension StringProtocol {
    /// Every byte is printable ASCII (space to tilde): one cell and one column per byte, and
    /// nothing the terminal-safety filter would change.
    /// Inlinable, so that each caller gets a loop over its own string type's bytes instead of
    /// a generic `allSatisfy` call per byte (4 million instructions for one first frame).
    @inlinable
    public var isPrintableASCII: Bool {
        for byte in utf8 where !byte.isPrintableASCII { return false }
        return true
    }
}

extension UInt8 {
    /// A printable ASCII byte, space to tilde: one cell, nothing for the safety filter to change.
    @inlinable
    public var isPrintableASCII: Bool { self >= 0x20 && self < 0x7F }
}
