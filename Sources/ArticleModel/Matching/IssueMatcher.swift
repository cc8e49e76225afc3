/// Tells when issues of different articles are the same issue, for views and exports across
/// articles. Each article names its issues on its own ("quotas" here, "quota" there, "accession
/// talks" and "membership negotiations"); two issues match when their labels have the same words
/// once plurals and the synonym groups of `cues.toml` are folded, in any order ("war (Iraq)" is
/// "Iraq war"). An issue that is an actor (blame, praise) matches that actor's id.
///
/// The stance rules are not changed: this only compares the labels they produced.
public struct IssueMatcher: Sendable {
    private let synonyms: [String: String]

    /// Words that join a label's parts without naming anything.
    private static let joiningWords: Set<String> = ["a", "an", "the", "and", "or", "of", "for", "to", "on", "in", "over", "with", "by", "at", "from", "about"]

    /// Heads that alone name no particular question: "the plans" of one article and "the plans"
    /// of another are rarely the same plans. Keys of one such word do not match across articles.
    public static let genericHeads: Set<String> = [
        "plan", "proposal", "move", "idea", "decision", "deal", "law", "bill", "scheme", "measure", "policy",
        "reform", "change", "rule", "initiative", "package", "offer", "bid", "call", "case", "issue", "matter",
        "question", "agreement", "talk", "talks", "strategy", "programme", "project", "system", "action", "step",
        "effort", "attempt", "approach", "review", "report", "statement", "comment", "remark", "claim", "request",
        "demand", "idea", "option", "target", "pledge", "promise", "commitment", "arrangement", "process", "legislation",
    ]

    /// Whether a key is one generic head ("plan") that cannot be matched across articles.
    public func isGeneric(_ key: String) -> Bool {
        !key.contains(" ") && Self.genericHeads.contains(key)
    }

    public init(cues: CueLexicon = .bundled) {
        synonyms = cues.canonicalHead
    }

    /// The key two matching issues share: "actor:tony-blair" for an actor, else the label's
    /// folded words in order ("iraq war"); an issue with an empty label keys by its id.
    public func key(for issue: Issue) -> String {
        if let target = issue.targetActor { return "actor:" + target }
        let words = labelWords(issue.label)
        return words.isEmpty ? "id:" + issue.id : words.joined(separator: " ")
    }

    /// The folded words of a label, sorted and without repeats: what `key(for:)` compares.
    public func labelWords(_ label: String) -> [String] {
        Set(foldedWords(label)).sorted()
    }

    /// The folded words of a label in the label's order, without repeats or joining words:
    /// "war (Iraq)" gives ["war", "iraq"].
    public func foldedWords(_ label: String) -> [String] {
        var words: [String] = []
        for word in label.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }) {
            let trimmed = word.trimmingHyphensAndApostrophes()
            guard !trimmed.isEmpty, !Self.joiningWords.contains(trimmed) else { continue }
            let folded = fold(trimmed)
            if !words.contains(folded) { words.append(folded) }
        }
        return words
    }

    /// One word under its synonym group's head, or its singular: "accession" gives
    /// "membership", "quotas" gives "quota".
    public func fold(_ word: String) -> String {
        if let synonym = synonyms[word] { return synonym }
        let lemma = WordClasses.nounLemma(word)
        return synonyms[lemma] ?? lemma
    }
}

extension IssueMatcher {
    /// An id from words: letters and digits as they are, everything else as single hyphens
    /// ("war (Iraq)" gives "war-Iraq"); "issue" when nothing is left.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "issue" : result
    }
}

private extension Substring {
    func trimmingHyphensAndApostrophes() -> String {
        var slice = self[...]
        while let first = slice.first, first == "-" || first == "'" { slice = slice.dropFirst() }
        while let last = slice.last, last == "-" || last == "'" { slice = slice.dropLast() }
        return String(slice)
    }
}
