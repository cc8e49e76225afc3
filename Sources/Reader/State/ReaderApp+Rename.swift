import ArticleModel
import Corrections

extension ReaderApp {
    /// `c`: asks for a new name for the selected actor (actors pane) or issue (matrix).
    func startRename(_ view: ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        switch view.focus {
        case .actors where view.selectedActor < article.actors.count:
            let actor = article.actors[view.selectedActor]
            ask(.renameActor(id: actor.id, name: actor.name))
        case .matrix:
            guard let selected = selectedCell(view), let issue = article.issue(id: selected.issue) else {
                state.message = "No issue selected"
                return
            }
            ask(.renameIssue(key: IssueMatcher().key(for: issue), label: issue.label))
        default:
            state.message = "c renames: Tab to the actors or the matrix first"
        }
    }

    /// Enter on a rename prompt: the new name holds across the library.
    func finishRename(_ text: String, purpose: PromptPurpose, in view: inout ArticleViewState) {
        let name = PromptChoice.trimmed(text)
        guard !name.isEmpty else {
            state.message = "Not renamed: no name given"
            return
        }
        guard let library, let id = state.entries[view.articleIndex].id else {
            state.message = CorrectionMessages.needsLibrary
            return
        }
        let action: Correction.Action
        let old: String
        switch purpose {
        case .renameActor(let actor, let current): (action, old) = (.renameActor(actor: actor, name: name), current)
        case .renameIssue(let key, let label): (action, old) = (.renameIssue(issue: IssueAnchor(key: key, label: label), label: name), label)
        default: return
        }
        switch library.correct(action, sentences: [], article: id) {
        case .success(let corrected):
            forgetOtherArticles(than: view)
            replaceArticle(corrected, in: &view)
            state.message = "Renamed \(old) to \(name) everywhere (u undoes)"
        case .failure(let error):
            state.message = error.message
        }
    }
}
