import ArticleModel
import Corrections

/// What a correction prompt's answer names: an actor of the article by rank or name (or a new
/// one), an issue by matrix column or label (or a new one). A problem is the status line's text.
enum PromptChoice {
    /// An actor an answer names.
    struct ActorPick: Equatable {
        var id: String
        var name: String
        /// Not one of the article's actors: named by the analyst.
        var isNew: Bool
    }

    /// The actor `text` names: a rank (its place in the list, as 1-9 select), a name or id
    /// (any case), or the start of one name; else a new actor when `allowNew`.
    static func actor(_ text: String, in article: Article, allowNew: Bool) -> Result<ActorPick, ChoiceProblem> {
        let answer = trimmed(text)
        guard !answer.isEmpty else { return .failure(ChoiceProblem("no actor given")) }
        let actors = article.actors
        if let rank = Int(answer), answer.allSatisfy(\.isASCII) {
            guard rank >= 1, rank <= actors.count else {
                return .failure(ChoiceProblem("no actor ranked \(rank): this article has \(actors.count)"))
            }
            return .success(ActorPick(id: actors[rank - 1].id, name: actors[rank - 1].name, isNew: false))
        }
        let folded = answer.lowercased()
        if let exact = actors.first(where: { $0.name.lowercased() == folded || $0.id == folded }) {
            return .success(ActorPick(id: exact.id, name: exact.name, isNew: false))
        }
        let starting = actors.filter { $0.name.lowercased().hasPrefix(folded) }
        if starting.count == 1 { return .success(ActorPick(id: starting[0].id, name: starting[0].name, isNew: false)) }
        if starting.count > 1 {
            return .failure(ChoiceProblem("\(answer) could be \(names(starting.map(\.name))): type more, or Tab"))
        }
        guard allowNew else { return .failure(ChoiceProblem("no actor \(answer) in this article")) }
        let id = IssueMatcher.slug(folded)
        if let same = actors.first(where: { $0.id == id }) { return .success(ActorPick(id: same.id, name: same.name, isNew: false)) }
        return .success(ActorPick(id: id, name: answer, isNew: true))
    }

    /// The issue `text` names: a column of the article's matrix (numbered from 1), a label (any
    /// case, or matched as the matrix across articles matches labels), or the start of one
    /// label; else a new issue so labelled. `isNew` is true for an issue the article lacks.
    static func issue(_ text: String, in article: Article, matrix: StanceMatrix) -> Result<(anchor: IssueAnchor, isNew: Bool), ChoiceProblem> {
        let answer = trimmed(text)
        guard !answer.isEmpty else { return .failure(ChoiceProblem("no issue given")) }
        let matcher = IssueMatcher()
        if let column = Int(answer), answer.allSatisfy(\.isASCII) {
            guard column >= 1, column <= matrix.columns.count, let issue = article.issue(id: matrix.columns[column - 1]) else {
                return .failure(ChoiceProblem("no issue column \(column): the matrix has \(matrix.columns.count)"))
            }
            return .success((IssueAnchor(issue, matcher: matcher), false))
        }
        let folded = answer.lowercased()
        let key = matcher.key(for: Issue(id: "", label: answer))
        if let exact = article.issues.first(where: { $0.label.lowercased() == folded }) ?? article.issues.first(where: { matcher.key(for: $0) == key }) {
            return .success((IssueAnchor(exact, matcher: matcher), false))
        }
        let starting = article.issues.filter { $0.label.lowercased().hasPrefix(folded) }
        if starting.count == 1 { return .success((IssueAnchor(starting[0], matcher: matcher), false)) }
        if starting.count > 1 {
            return .failure(ChoiceProblem("\(answer) could be \(names(starting.map(\.label))): type more, or Tab"))
        }
        return .success((IssueAnchor(key: key, label: answer), true))
    }

    /// What Tab offers for what was typed: the names or labels that begin so (any case), in
    /// the order of the actors list or the matrix's columns, without `excluding` (the actor or
    /// issue a merge starts from).
    static func completions(_ kind: PromptPurpose.Completion, of typed: String, in article: Article, matrix: StanceMatrix, excluding: String? = nil) -> [String] {
        let folded = trimmed(typed).lowercased()
        let all: [String]
        switch kind {
        case .actors: all = article.actors.map(\.name)
        case .issues:
            let columns = matrix.columns.compactMap { article.issue(id: $0)?.label }
            all = columns + article.issues.map(\.label).filter { !columns.contains($0) }
        }
        var seen = Set<String>()
        return all.filter { $0 != excluding && $0.lowercased().hasPrefix(folded) && seen.insert($0).inserted }
    }

    /// The text without the spaces around it: what a prompt's answer or a search is.
    static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// "Sweden or Swedish Government", "A, B or 3 more".
    private static func names(_ list: [String]) -> String {
        if list.count <= 2 { return list.joined(separator: " or ") }
        return list.prefix(2).joined(separator: ", ") + " or \(list.count - 2) more"
    }
}

/// Why an answer names nothing, as the status line says it after "Not ...:".
struct ChoiceProblem: Error, Equatable {
    var text: String

    init(_ text: String) {
        self.text = text
    }
}
