import ArticleModel

/// An issue as a correction remembers it: by what matches it across articles and analyses (its
/// `IssueMatcher` key), and by the label it had, for an issue the correction has to make again.
public struct IssueAnchor: Sendable, Hashable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }

    /// The anchor of an article's issue.
    public init(_ issue: Issue, matcher: IssueMatcher) {
        self.init(key: matcher.key(for: issue), label: issue.label)
    }
}

/// One decision of an analyst, kept apart from the model's output and applied over it each time
/// an article is shown or exported, whatever model version analysed it.
///
/// Decisions about stances belong to one article (its content hash) and are tied to the text of
/// their sentences, so that they find their place again after a new analysis, or become orphans
/// when the sentence is gone. Decisions about actors and issues (names, kinds, affiliations,
/// merges) hold across the library.
public struct Correction: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        /// The actor's position on the issue is `polarity`, or none (nil): it replaces every
        /// stance of the actor on the issue. `sentences` are the evidence it rests on.
        case setCell(actor: String, issue: IssueAnchor, polarity: Polarity?)
        /// The stance of the actor on the issue shown by the sentence is wrong.
        case rejectStance(actor: String, issue: IssueAnchor, polarity: Polarity)
        /// The sentence shows the actor taking a position on the issue (named anew when the
        /// article has no such issue); `actorName` names an actor the article does not list.
        case addStance(actor: String, actorName: String, issue: IssueAnchor, polarity: Polarity)
        case renameActor(actor: String, name: String)
        /// Everything said of `actor` is said of `into` (named `intoName` where the article lacks it).
        case mergeActors(actor: String, into: String, intoName: String)
        case setKind(actor: String, kind: ActorKind)
        case setAffiliation(actor: String, affiliation: String?)
        case renameIssue(issue: IssueAnchor, label: String)
        /// `issue` is the same issue as `into`.
        case mergeIssues(issue: IssueAnchor, into: IssueAnchor)
    }

    public var action: Action
    /// The content hash of the article it was made in; nil when it holds across the library.
    public var article: String?
    /// The sentences it is tied to, as text (stance decisions only).
    public var sentences: [String]
    /// When it was made, ISO 8601 in UTC.
    public var decidedAt: String

    public init(action: Action, article: String?, sentences: [String] = [], decidedAt: String) {
        self.action = action
        self.article = article
        self.sentences = sentences
        self.decidedAt = decidedAt
    }

    /// True for a decision about stances in one article; false for one about actors or issues.
    public var isAboutStances: Bool { action.isAboutStances }

    /// True when the decision holds in the article it was made in only: stance decisions, and
    /// renaming or merging an issue named by one generic word ("plans"), which is a different
    /// issue in every article.
    public func holdsInOneArticle(_ matcher: IssueMatcher) -> Bool { action.holdsInOneArticle(matcher) }

    /// One line for the orphan list and `parley correct --list`, actors by id: "set russia on levy: oppose".
    public var summary: String { summary(naming: { $0 }) }

    /// The same line with actors by the names `name` gives their ids, for the status bar:
    /// "set Russia on levy: oppose".
    public func summary(naming name: (String) -> String) -> String {
        switch action {
        case .setCell(let actor, let issue, let polarity): return "set \(name(actor)) on \(issue.label): \(polarity?.rawValue ?? "no stance")"
        case .rejectStance(let actor, let issue, let polarity): return "rejected \(name(actor)) \(polarity.verbPhrase) \(issue.label)"
        case .addStance(let actor, _, let issue, let polarity): return "added \(name(actor)) \(polarity.verbPhrase) \(issue.label)"
        case .renameActor(let actor, let newName): return "renamed \(name(actor)) to \(newName)"
        case .mergeActors(let actor, let into, _): return "merged \(name(actor)) into \(name(into))"
        case .setKind(let actor, let kind): return "set \(name(actor))'s kind to \(kind.rawValue)"
        case .setAffiliation(let actor, let affiliation): return "set \(name(actor))'s affiliation to \(affiliation.map(name) ?? "none")"
        case .renameIssue(let issue, let label): return "renamed issue \(issue.label) to \(label)"
        case .mergeIssues(let issue, let into): return "merged issue \(issue.label) into \(into.label)"
        }
    }
}

extension Polarity {
    /// What an actor does to an issue, between their names in a line: "supports", "opposes",
    /// "is neutral on", "is mixed on".
    public var verbPhrase: String {
        switch self {
        case .support: return "supports"
        case .oppose: return "opposes"
        case .neutral: return "is neutral on"
        case .mixed: return "is mixed on"
        }
    }
}

extension Correction.Action {
    /// True for a decision about stances in one article; false for one about actors or issues.
    public var isAboutStances: Bool {
        switch self {
        case .setCell, .rejectStance, .addStance: return true
        default: return false
        }
    }

    /// True when the decision holds in the article it was made in only: stance decisions, and
    /// renaming or merging an issue named by one generic word ("plans").
    public func holdsInOneArticle(_ matcher: IssueMatcher) -> Bool {
        switch self {
        case .renameIssue(let issue, _), .mergeIssues(let issue, _): return matcher.isGeneric(issue.key)
        default: return isAboutStances
        }
    }
}
