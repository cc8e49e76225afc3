import ArticleModel

/// The cross-article key of each issue label, remembered: labels and their words repeat across
/// a library, and folding a word looks it up in WordNet.
struct IssueKeys {
    /// What matches (`IssueMatcher.key(for:)`) and the id shown for it.
    struct Identity {
        var key: String
        var id: String
    }

    private let matcher: IssueMatcher
    private var byLabel: [String: Identity] = [:]

    init(matcher: IssueMatcher) {
        self.matcher = matcher
    }

    /// The issue's key, and an id from its label's folded words in the label's order
    /// ("war (Iraq)" is "war-iraq"): one per key, since the key is the same words sorted.
    mutating func identity(of issue: Issue) -> Identity {
        if let target = issue.targetActor { return Identity(key: "actor:" + target, id: "actor-" + target) }
        if let known = byLabel[issue.label] { return known }
        let words = matcher.foldedWords(issue.label)
        guard !words.isEmpty else { return Identity(key: "id:" + issue.id, id: Self.slug(issue.id)) }
        let identity = Identity(key: words.sorted().joined(separator: " "), id: Self.slug(words.joined(separator: " ")))
        byLabel[issue.label] = identity
        return identity
    }

    /// Letters and digits, the rest as single hyphens.
    static func slug(_ text: String) -> String {
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
