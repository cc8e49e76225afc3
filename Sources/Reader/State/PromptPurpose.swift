import ArticleModel
import Corrections

/// What a prompt's text is for.
public enum PromptPurpose: Sendable, Equatable {
    case search
    /// A new name for the actor with this id, across the library.
    case renameActor(id: String, name: String)
    /// A new label for the issue with this cross-article key, across the library.
    case renameIssue(key: String, label: String)
    /// Adding a stance from the sentence with this index, step 1: who holds it (`suggested`,
    /// the selected actor's name, when Enter is pressed on nothing).
    case stanceActor(sentence: Int, suggested: String?)
    /// Step 2: on which issue (`suggested`, the selected matrix column's label, for nothing).
    case stanceIssue(sentence: Int, actor: String, actorName: String, suggested: String?)
    /// Step 3: which way, one key (+ - 0).
    case stancePolarity(sentence: Int, actor: String, actorName: String, issue: IssueAnchor)
    /// The actor that the actor with this id is the same as, across the library.
    case mergeActor(id: String, name: String)
    /// The issue that the issue with this cross-article key is the same as, across the library.
    case mergeIssue(key: String, label: String)
    /// The kind of the actor with this id, one key (its marker), across the library.
    case actorKind(id: String, name: String)
    /// The actor the actor with this id speaks for (nothing clears it), across the library.
    case affiliation(id: String, name: String)

    /// What the status line shows before the text.
    var label: String {
        switch self {
        case .search: return "/"
        case .renameActor(_, let name): return "Rename \(name) to: "
        case .renameIssue(_, let label): return "Rename issue \(label) to: "
        case .stanceActor(_, let suggested):
            return "Stance held by (name or rank\(suggested.map { "; Enter: " + PaneChrome.truncate($0, to: 24) } ?? "")): "
        case .stanceIssue(_, _, let name, let suggested):
            return "\(PaneChrome.truncate(name, to: 20)) on (column or label\(suggested.map { "; Enter: " + PaneChrome.truncate($0, to: 20) } ?? "")): "
        case .stancePolarity(_, _, let name, let issue):
            return "\(PaneChrome.truncate(name, to: 20)) on \(PaneChrome.truncate(issue.label, to: 20)): + support  - oppose  0 neutral "
        case .mergeActor(_, let name): return "Merge \(PaneChrome.truncate(name, to: 24)) into (name or rank): "
        case .mergeIssue(_, let label): return "Merge issue \(PaneChrome.truncate(label, to: 24)) into (column or label): "
        case .actorKind(_, let name):
            let kinds = PromptPurpose.kindKeys.map { "\($0.kind.marker) \($0.word)" }.joined(separator: " ")
            return "Kind of \(PaneChrome.truncate(name, to: 16)): \(kinds) "
        case .affiliation(_, let name): return "Affiliation of \(PaneChrome.truncate(name, to: 24)) (name or rank; empty clears): "
        }
    }

    /// A prompt answered by one key, without Enter.
    var takesOneKey: Bool {
        switch self {
        case .stancePolarity, .actorKind: return true
        default: return false
        }
    }

    /// What Tab completes in the prompt: actor names or issue labels of the article.
    var completes: Completion? {
        switch self {
        case .stanceActor, .mergeActor, .affiliation: return .actors
        case .stanceIssue, .mergeIssue: return .issues
        default: return nil
        }
    }

    /// The name Tab leaves out: the actor or issue being merged or affiliated itself.
    var completionExcludes: String? {
        switch self {
        case .mergeActor(_, let name), .affiliation(_, let name): return name
        case .mergeIssue(_, let label): return label
        default: return nil
        }
    }

    enum Completion {
        case actors, issues
    }

    /// The kinds `K` offers, by their marker, with the short word the prompt shows.
    static let kindKeys: [(kind: ActorKind, word: String)] = [
        (.country, "country"), (.government, "govt"), (.person, "person"), (.organisation, "org"),
        (.company, "company"), (.party, "party"), (.group, "group"),
    ]

    /// The line Esc leaves in the status bar; nil for a search.
    var cancelled: String? {
        switch self {
        case .search: return nil
        case .renameActor, .renameIssue: return "Not renamed"
        case .stanceActor, .stanceIssue, .stancePolarity: return "No stance added"
        case .mergeActor, .mergeIssue: return "Not merged"
        case .actorKind: return "Kind unchanged"
        case .affiliation: return "Affiliation unchanged"
        }
    }
}

/// Tab's place in a prompt: what had been typed before the first Tab, and which of the names
/// that begin so it shows now.
public struct PromptCompletion: Sendable, Equatable {
    var typed: String
    var index: Int
}
