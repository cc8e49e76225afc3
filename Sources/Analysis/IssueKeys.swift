import ArticleModel

/// The cross-article key of each issue label, remembered: labels and their words repeat across
/// a library, and folding a word looks it up in WordNet.
struct IssueKeys {
    private let matcher: IssueMatcher
    private var byLabel: [String: String] = [:]

    init(matcher: IssueMatcher) {
        self.matcher = matcher
    }

    mutating func key(for issue: Issue) -> String {
        if let target = issue.targetActor { return "actor:" + target }
        if let known = byLabel[issue.label] { return known }
        let key = matcher.key(for: Issue(id: issue.id, label: issue.label))
        if !key.hasPrefix("id:") { byLabel[issue.label] = key }
        return key
    }
}

/// Ids for things named across articles: the key's words joined by hyphens ("iraq-war"),
/// "actor-tony-blair" for an actor as an issue.
enum CrossID {
    static func issue(key: String) -> String {
        if key.hasPrefix("actor:") { return "actor-" + key.dropFirst(6) }
        if key.hasPrefix("id:") { return String(key.dropFirst(3)) }
        var result = ""
        var pendingHyphen = false
        for scalar in key.unicodeScalars {
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
