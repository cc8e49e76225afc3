/// A word, number or punctuation mark of the body, with its scalar range.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation
    }

    public let text: String
    public var range: Range<Int>
    public let kind: Kind
    /// `text` in lower case, computed once: matching compares it many times.
    public let lowercased: String

    /// A token whose lower-case form and keys are already known (the tokenizer makes them at once).
    init(text: String, lowercased: String, textKey: UInt64, lowercasedKey: UInt64, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
        self.lowercased = lowercased
        self.isCapitalized = Token.startsWithCapital(text, kind: kind)
        self.textKey = textKey
        self.lowercasedKey = lowercasedKey
    }

    public init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
        self.isCapitalized = Token.startsWithCapital(text, kind: kind)
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            self.lowercased = text.lowercased()
        } else if text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            self.lowercased = String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        } else {
            self.lowercased = text
        }
        textKey = WordSet.key(of: text)
        lowercasedKey = text == lowercased ? textKey : WordSet.key(of: lowercased)
    }

    /// True when the first letter is upper-case: "France", "US", "al-" is not. Computed once:
    /// the recognisers ask it of every token many times.
    public let isCapitalized: Bool
    /// `WordSet` keys of `text` and `lowercased`, computed once.
    let textKey: UInt64
    let lowercasedKey: UInt64

    static func startsWithCapital(_ text: String, kind: Kind) -> Bool {
        guard kind == .word, let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    public var isWord: Bool { kind == .word }

    /// Capitals (and dots) only, at least two of them: "UN", "U.S.", "NATO".
    var isAllCapitals: Bool {
        guard range.count > 1 else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }
        }
        return text.allSatisfy { $0.isUppercase || $0 == "." }
    }
}

/// Splits text into tokens. Hyphens and the possessive "'s" are tokens of their own, so that
/// "US-Russia" gives "US", "-", "Russia" and "Russia's" gives "Russia", "'s"; dotted
/// abbreviations ("U.S.", "U.N.") and numbers with decimals ("1.26", "2,225") stay whole.
public enum Tokenizer {
    public static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [Token] {
        let bounds = range ?? 0..<scalars.count
        var tokens: [Token] = []
        var index = bounds.lowerBound
        let end = bounds.upperBound

        // ASCII first: Unicode property lookups are slow, and most text is ASCII.
        func isLetter(_ i: Int) -> Bool {
            guard i < end else { return false }
            let scalar = scalars[i]
            return isAlphabetic(scalar) || (scalar.value >= 0x80 && isMark(scalar))
        }
        func isDigit(_ i: Int) -> Bool {
            guard i < end else { return false }
            let value = scalars[i].value
            if value < 0x80 { return value >= 0x30 && value <= 0x39 }
            return scalars[i].properties.numericType == .decimal
        }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
        }
        func isUpper(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
        }
        func emit(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let slice = scalars[from..<to]
            guard slice.allSatisfy({ $0.value < 0x80 }) else {
                tokens.append(Token(text: String(scalars: slice), range: from..<to, kind: kind))
                return
            }
            // ASCII: the text, its lower case and both WordSet keys (FNV-1a) in one pass.
            var hasCapital = false
            var textKey = WordSet.emptyKey, lowerKey = WordSet.emptyKey
            let text = String(unsafeUninitializedCapacity: to - from) { buffer in
                for index in from..<to {
                    let byte = UInt8(truncatingIfNeeded: scalars[index].value)
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if lower != byte { hasCapital = true }
                    textKey = WordSet.adding(textKey, byte)
                    lowerKey = WordSet.adding(lowerKey, lower)
                    buffer[index - from] = byte
                }
                return to - from
            }
            let lowercased = !hasCapital ? text : String(unsafeUninitializedCapacity: to - from) { buffer in
                for index in from..<to {
                    let byte = UInt8(truncatingIfNeeded: scalars[index].value)
                    buffer[index - from] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return to - from
            }
            tokens.append(Token(text: text, lowercased: lowercased, textKey: textKey, lowercasedKey: lowerKey, range: from..<to, kind: kind))
        }

        while index < end {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
            } else if isLetter(index) {
                let start = index
                // Dotted abbreviations: U.S., U.N., U.S.A.
                if isUpper(scalar), index + 3 < end, scalars[index + 1] == ".", isLetter(index + 2),
                   scalars[index + 3] == "." {
                    var cursor = index
                    while cursor + 1 < end, isLetter(cursor), scalars[cursor + 1] == "." {
                        cursor += 2
                    }
                    emit(start, cursor, .word)
                    index = cursor
                    continue
                }
                while isLetter(index) || isDigit(index) { index += 1 }
                // Apostrophes inside words (O'Brien, d'Orsay) but not the possessive 's.
                while index + 1 < end, isApostrophe(scalars[index]), isLetter(index + 1) {
                    if isPossessive(scalars, at: index, end: end) { break }
                    index += 1
                    while isLetter(index) || isDigit(index) { index += 1 }
                }
                emit(start, index, .word)
            } else if isDigit(index) {
                let start = index
                while isDigit(index) || (index < end && (scalars[index] == "." || scalars[index] == ",") && isDigit(index + 1)) {
                    index += 1
                }
                while isLetter(index) { index += 1 }  // 120m, 21st, 5bn
                emit(start, index, .number)
            } else if isPossessive(scalars, at: index, end: end) {
                emit(index, index + 2, .word)
                index += 2
            } else if scalar == ".", index + 2 < end, scalars[index + 1] == ".", scalars[index + 2] == "." {
                emit(index, index + 3, .punctuation)
                index += 3
            } else {
                emit(index, index + 1, .punctuation)
                index += 1
            }
        }
        return tokens
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// "'s" or "’s" followed by a non-letter.
    static func isPossessive(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        guard index + 1 < end, isApostrophe(scalars[index]), scalars[index + 1] == "s" || scalars[index + 1] == "S" else { return false }
        guard index > 0, isAlphabetic(scalars[index - 1]) else { return false }
        return index + 2 >= end || !isAlphabetic(scalars[index + 2])
    }

    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
    }
}
