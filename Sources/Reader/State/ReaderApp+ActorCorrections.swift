import ArticleModel
import Corrections

extension ReaderApp {
    /// `J`: asks what the selected actor (actors pane) or issue (matrix) is the same as.
    func startMerge(_ view: ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        switch view.focus {
        case .actors where view.selectedActor < article.actors.count:
            guard canCorrect(view) else { return }
            guard article.actors.count > 1 else {
                state.message = "Only one actor here: nothing to merge it into"
                return
            }
            let actor = article.actors[view.selectedActor]
            ask(.mergeActor(id: actor.id, name: actor.name))
        case .matrix:
            guard let selected = selectedCell(view), let issue = article.issue(id: selected.issue) else {
                state.message = "No issue selected"
                return
            }
            guard canCorrect(view) else { return }
            ask(.mergeIssue(key: IssueMatcher().key(for: issue), label: issue.label))
        default:
            state.message = "J merges: Tab to the actors or the matrix first"
        }
    }

    /// Enter on the merge prompt: another actor of the article, by rank or name.
    func finishMergeActor(_ text: String, id: String, name: String, in view: inout ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        switch PromptChoice.actor(text, in: article, allowNew: false) {
        case .failure(let problem):
            state.message = "Not merged: " + problem.text
        case .success(let target) where target.id == id:
            state.message = "Not merged: \(name) is the same actor"
        case .success(let target):
            correctAcrossLibrary(.mergeActors(actor: id, into: target.id, intoName: target.name), in: &view, select: target.id,
                                 done: "Merged \(name) into \(target.name) everywhere (u undoes)")
        }
    }

    /// Enter on the issue merge prompt: a column, a label of the article, or any label (an
    /// issue other articles have).
    func finishMergeIssue(_ text: String, key: String, label: String, in view: inout ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        switch PromptChoice.issue(text, in: article, matrix: matrix(for: view)) {
        case .failure(let problem):
            state.message = "Not merged: " + problem.text
        case .success(let target) where target.anchor.key == key:
            state.message = "Not merged: \(target.anchor.label) is the same issue"
        case .success(let target):
            correctAcrossLibrary(.mergeIssues(issue: IssueAnchor(key: key, label: label), into: target.anchor), in: &view, select: nil,
                                 done: "Merged \(label) into \(target.anchor.label) everywhere (u undoes)")
            let matcher = IssueMatcher()
            let corrected = state.entries[view.articleIndex].article
            if let column = matrix(for: view).columns.firstIndex(where: { corrected.issue(id: $0).map { matcher.key(for: $0) == target.anchor.key } ?? false }) {
                view.matrixColumn = column
            }
        }
    }

    /// `K` and `F` act on the actors pane's selection.
    private func selectedActorForNaming(_ view: ArticleViewState, key: String, what: String) -> Actor? {
        let article = state.entries[view.articleIndex].article
        guard view.focus == .actors, view.selectedActor < article.actors.count else {
            state.message = "\(key) sets an actor's \(what): Tab to the actors first"
            return nil
        }
        return canCorrect(view) ? article.actors[view.selectedActor] : nil
    }

    /// `K`: asks for the selected actor's kind, one key (the markers of the actors list).
    func startSetKind(_ view: ArticleViewState) {
        guard let actor = selectedActorForNaming(view, key: "K", what: "kind") else { return }
        ask(.actorKind(id: actor.id, name: actor.name))
    }

    func finishKind(_ kind: ActorKind, id: String, name: String, in view: inout ArticleViewState) {
        if state.entries[view.articleIndex].article.actor(id: id)?.kind == kind {
            state.message = "Kind unchanged: \(name) is already a \(kind.rawValue)"
            return
        }
        correctAcrossLibrary(.setKind(actor: id, kind: kind), in: &view, select: id, done: "\(name)'s kind set to \(kind.rawValue) everywhere (u undoes)")
    }

    /// `F`: asks whom the selected actor speaks for.
    func startSetAffiliation(_ view: ArticleViewState) {
        guard let actor = selectedActorForNaming(view, key: "F", what: "affiliation") else { return }
        ask(.affiliation(id: actor.id, name: actor.name))
    }

    /// Enter on the affiliation prompt: another actor of the article, or nothing to clear it.
    func finishAffiliation(_ text: String, id: String, name: String, in view: inout ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        let current = article.actor(id: id)?.affiliation
        guard !PromptChoice.trimmed(text).isEmpty else {
            guard current != nil else {
                state.message = "Affiliation unchanged: \(name) has none"
                return
            }
            correctAcrossLibrary(.setAffiliation(actor: id, affiliation: nil), in: &view, select: id, done: "\(name)'s affiliation cleared everywhere (u undoes)")
            return
        }
        switch PromptChoice.actor(text, in: article, allowNew: false) {
        case .failure(let problem):
            state.message = "Affiliation unchanged: " + problem.text
        case .success(let target) where target.id == id:
            state.message = "Affiliation unchanged: \(name) cannot speak for itself"
        case .success(let target) where target.id == current:
            state.message = "Affiliation unchanged: \(name) already speaks for \(target.name)"
        case .success(let target):
            correctAcrossLibrary(.setAffiliation(actor: id, affiliation: target.id), in: &view, select: id,
                                 done: "\(name)'s affiliation set to \(target.name) everywhere (u undoes)")
        }
    }

    /// Records a decision about an actor or an issue, which holds across the library, and shows
    /// the article as corrected, the actors list on `select` when given.
    private func correctAcrossLibrary(_ action: Correction.Action, in view: inout ArticleViewState, select: String?, done: String) {
        guard canCorrect(view), let library, let id = state.entries[view.articleIndex].id else { return }
        switch library.correct(action, sentences: [], article: id) {
        case .success(let corrected):
            forgetOtherArticles(than: view)
            replaceArticle(corrected, in: &view)
            if let select, let index = corrected.actors.firstIndex(where: { $0.id == select }) { view.selectedActor = index }
            state.message = done
        case .failure(let error):
            state.message = error.message
        }
    }
}
