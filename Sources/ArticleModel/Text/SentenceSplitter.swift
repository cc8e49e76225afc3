/// Finds sentence boundaries in a paragraph without being fooled by abbreviations
/// (Mr, Dr, St, Sept., U.S.), initials ("John F. Kennedy"), figures (1.26%, $120m, 2.5),
/// quotes that close after the full stop, and ellipses.
public enum SentenceSplitter {
    /// Words that end with a full stop without ending the sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Rev",
        "Sen", "Rep", "Gov", "Pres", "Hon", "Jr", "Sr", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Sat", "Sun", "vs", "v", "approx", "cf", "al", "Inc", "Ltd", "Co", "Corp", "Bros", "Messrs", "Mme", "Mlle",
        "e.g", "i.e", "etc",
    ]

    static let monthAbbreviations: Set<String> = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]

    /// Abbreviations that only hold before a number: "No. 10", "Art. 5".
    static let numberAbbreviations: Set<String> = ["No", "Nos", "Art", "Vol", "pp", "p", "para", "Fig"]

    /// Words that, after a dotted abbreviation such as "U.S.", show that a new sentence began.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
        "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "As", "There", "Here", "His",
        "Her", "Its", "Their", "Our", "Mr", "Mrs", "Ms", "Some", "Many", "Most", "After", "Before", "However",
    ]

    static let closers: Set<String> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]", "\u{BB}"]
    static let openers: Set<String> = ["\"", "\u{201C}", "\u{2018}", "'", "(", "[", "\u{AB}"]

    /// Sentence ranges (scalar offsets) within the tokens of one paragraph.
    public static func sentences(in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var end = index
            var isBoundary = false
            if token.kind == .punctuation, [".", "!", "?", "\u{2026}", "..."].contains(token.text) {
                end = index
                while end + 1 < tokens.count, closers.contains(tokens[end + 1].text),
                      tokens[end + 1].range.lowerBound == tokens[end].range.upperBound {
                    end += 1
                }
                isBoundary = endsSentence(tokens, terminator: index, after: end)
            } else if token.kind == .word, token.text.utf8.last == UInt8(ascii: "."), token.range.count > 2 {
                // A dotted abbreviation that may also end the sentence: "... talks in the U.S. The ..."
                end = index
                while end + 1 < tokens.count, closers.contains(tokens[end + 1].text),
                      tokens[end + 1].range.lowerBound == tokens[end].range.upperBound {
                    end += 1
                }
                if end + 1 >= tokens.count {
                    isBoundary = true
                } else {
                    isBoundary = sentenceStarters.contains(tokens[end + 1].text) || end > index
                }
            }
            if isBoundary {
                result.append(tokens[start].range.lowerBound..<tokens[end].range.upperBound)
                start = end + 1
                index = end + 1
            } else {
                index += 1
            }
        }
        if start < tokens.count {
            result.append(tokens[start].range.lowerBound..<tokens[tokens.count - 1].range.upperBound)
        }
        return result
    }

    /// Whether the terminator at `terminator` (followed by closing marks up to `after`) ends a sentence.
    private static func endsSentence(_ tokens: [Token], terminator: Int, after: Int) -> Bool {
        guard after + 1 < tokens.count else { return true }
        let next = tokens[after + 1]
        // Something glued to the terminator ("2.5", "U.N.", "...and") does not start a sentence.
        if next.range.lowerBound == tokens[after].range.upperBound, !openers.contains(next.text) { return false }
        let startsLikeSentence = next.isCapitalized || next.kind == .number || openers.contains(next.text)
            || (next.kind == .word && next.text.first.map { !$0.isLetter || $0.isUppercase } ?? false)
        guard startsLikeSentence else { return false }
        let mark = tokens[terminator].text
        guard mark == ".", terminator > 0, after == terminator else { return true }
        let previous = tokens[terminator - 1]
        guard previous.range.upperBound == tokens[terminator].range.lowerBound, previous.kind == .word else { return true }
        if monthAbbreviations.contains(previous.text) {
            // "12 Sept. 2013" continues; "on 12 Sept. It was" ends.
            return next.kind != .number && sentenceStarters.contains(next.text)
        }
        if abbreviations.contains(previous.text) { return false }
        if numberAbbreviations.contains(previous.text) && next.kind == .number { return false }
        // An initial: a single capital letter before the full stop ("John F. Kennedy").
        if previous.text.count == 1, previous.isCapitalized, next.isCapitalized { return false }
        return true
    }
}
