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

    /// Whether a key is one generic head that stays in its article ("plan").
    func isGeneric(_ key: String) -> Bool { matcher.isGeneric(key) }

    /// The issue's key, and an id from its label's folded words in the label's order
    /// ("war (Iraq)" is "war-iraq"): one per key, since the key is the same words sorted.
    mutating func identity(of issue: Issue) -> Identity {
        if let target = issue.targetActor { return Identity(key: "actor:" + target, id: "actor-" + target) }
        if let known = byLabel[issue.label] { return known }
        let words = matcher.foldedWords(issue.label)
        guard !words.isEmpty else { return Identity(key: "id:" + issue.id, id: IssueMatcher.slug(issue.id)) }
        let identity = Identity(key: words.sorted().joined(separator: " "), id: IssueMatcher.slug(words.joined(separator: " ")))
        byLabel[issue.label] = identity
        return identity
    }
}
