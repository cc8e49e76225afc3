import ArticleModel

/// A correction's action as plain text, for a store: a kind ("set-cell", "merge-actors") and
/// its fields joined into one line, so that a library keeps decisions in columns an analyst can
/// read with `sqlite3`, and a Parley that does not know a kind skips it instead of failing.
///
/// Fields are separated by `|`; a backslash escapes `|` and itself, and `\0` stands for an
/// absent value (no polarity, no affiliation).
public enum CorrectionCoding {
    /// The kind and the fields of `action`.
    public static func encode(_ action: Correction.Action) -> (kind: String, fields: String) {
        let (kind, values) = parts(action)
        return (kind, join(values))
    }

    /// The action of a stored kind and fields; nil when the kind is unknown or a field is wrong.
    public static func decode(kind: String, fields: String) -> Correction.Action? {
        guard let values = split(fields) else { return nil }
        func issue(_ index: Int) -> IssueAnchor? {
            guard let key = values[index], let label = values[index + 1] else { return nil }
            return IssueAnchor(key: key, label: label)
        }
        switch (kind, values.count) {
        case ("set-cell", 4):
            guard let actor = values[0], let anchor = issue(1) else { return nil }
            guard let raw = values[3] else { return .setCell(actor: actor, issue: anchor, polarity: nil) }
            guard let polarity = Polarity(rawValue: raw) else { return nil }
            return .setCell(actor: actor, issue: anchor, polarity: polarity)
        case ("reject-stance", 4):
            guard let actor = values[0], let anchor = issue(1), let polarity = values[3].flatMap(Polarity.init(rawValue:)) else { return nil }
            return .rejectStance(actor: actor, issue: anchor, polarity: polarity)
        case ("add-stance", 5):
            guard let actor = values[0], let name = values[1], let anchor = issue(2), let polarity = values[4].flatMap(Polarity.init(rawValue:)) else { return nil }
            return .addStance(actor: actor, actorName: name, issue: anchor, polarity: polarity)
        case ("rename-actor", 2):
            guard let actor = values[0], let name = values[1] else { return nil }
            return .renameActor(actor: actor, name: name)
        case ("merge-actors", 3):
            guard let actor = values[0], let into = values[1], let name = values[2] else { return nil }
            return .mergeActors(actor: actor, into: into, intoName: name)
        case ("set-kind", 2):
            guard let actor = values[0], let kind = values[1].flatMap(ActorKind.init(rawValue:)) else { return nil }
            return .setKind(actor: actor, kind: kind)
        case ("set-affiliation", 2):
            guard let actor = values[0] else { return nil }
            return .setAffiliation(actor: actor, affiliation: values[1])
        case ("rename-issue", 3):
            guard let anchor = issue(0), let label = values[2] else { return nil }
            return .renameIssue(issue: anchor, label: label)
        case ("merge-issues", 4):
            guard let anchor = issue(0), let into = issue(2) else { return nil }
            return .mergeIssues(issue: anchor, into: into)
        default:
            return nil
        }
    }

    private static func parts(_ action: Correction.Action) -> (String, [String?]) {
        switch action {
        case .setCell(let actor, let issue, let polarity): return ("set-cell", [actor, issue.key, issue.label, polarity?.rawValue])
        case .rejectStance(let actor, let issue, let polarity): return ("reject-stance", [actor, issue.key, issue.label, polarity.rawValue])
        case .addStance(let actor, let name, let issue, let polarity): return ("add-stance", [actor, name, issue.key, issue.label, polarity.rawValue])
        case .renameActor(let actor, let name): return ("rename-actor", [actor, name])
        case .mergeActors(let actor, let into, let name): return ("merge-actors", [actor, into, name])
        case .setKind(let actor, let kind): return ("set-kind", [actor, kind.rawValue])
        case .setAffiliation(let actor, let affiliation): return ("set-affiliation", [actor, affiliation])
        case .renameIssue(let issue, let label): return ("rename-issue", [issue.key, issue.label, label])
        case .mergeIssues(let issue, let into): return ("merge-issues", [issue.key, issue.label, into.key, into.label])
        }
    }

    // MARK: - Fields

    /// Values joined by `|`, escaped; `\0` for nil.
    public static func join(_ values: [String?]) -> String {
        values.map { value -> String in
            guard let value else { return "\\0" }
            var escaped = ""
            for character in value {
                if character == "\\" || character == "|" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }.joined(separator: "|")
    }

    /// The values of a joined line; nil when an escape is broken.
    public static func split(_ line: String) -> [String?]? {
        var values: [String?] = []
        var current = ""
        var absent = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\\":
                switch characters.next() {
                case "\\": current.append("\\")
                case "|": current.append("|")
                case "0" where current.isEmpty && !absent: absent = true
                default: return nil
                }
            case "|":
                values.append(absent ? nil : current)
                (current, absent) = ("", false)
            default:
                guard !absent else { return nil }
                current.append(character)
            }
        }
        values.append(absent ? nil : current)
        return values
    }

    /// Sentences as one line (the same escaping), for a store's column.
    public static func joinSentences(_ sentences: [String]) -> String { join(sentences) }

    public static func splitSentences(_ line: String) -> [String] {
        guard !line.isEmpty else { return [] }
        return (split(line) ?? []).compactMap { $0 }
    }
}
