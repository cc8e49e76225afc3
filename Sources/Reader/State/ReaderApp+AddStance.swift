import ArticleModel
import Corrections

extension ReaderApp {
    /// The sentence `A` adds a stance from: the one holding the last jump's highlight (a mention
    /// `]` or `[` went to, an evidence sentence `Enter` went to) or else the current search
    /// match, while it is on screen; otherwise the first sentence that begins on screen (or the
    /// one the screen starts inside, when none begins on it).
    func selectedSentence(_ view: ArticleViewState) -> Int? {
        let article = state.entries[view.articleIndex].article
        guard !article.sentences.isEmpty else { return nil }
        let layout = articleLayout(for: view)
        guard view.scroll < layout.lines.count else { return nil }
        let onScreen = layout.lines[view.scroll..<min(layout.lines.count, view.scroll + articleClearHeight(view))].compactMap(\.bodyRange)
        guard let top = onScreen.first?.lowerBound ?? layout.lines[view.scroll...].lazy.compactMap(\.bodyRange).first?.lowerBound else { return nil }
        let visible = top..<max(top + 1, onScreen.last?.upperBound ?? top + 1)
        let searchMatch = view.search.flatMap { search in search.current.map { search.matches[$0].lowerBound } }
        for offset in [view.jumpTarget?.lowerBound, searchMatch] {
            if let offset, visible.contains(offset), let sentence = sentence(at: offset, in: article) { return sentence }
        }
        if let first = article.sentences.firstIndex(where: { visible.contains($0.range.lowerBound) }) { return first }
        return sentence(at: top, in: article)
    }

    private func sentence(at offset: Int, in article: Article) -> Int? {
        article.sentences.lastIndex { $0.range.lowerBound <= offset }.flatMap { article.sentences[$0].range.upperBound > offset ? $0 : nil }
    }

    /// False, saying why, when the open article is not one of a stored library's.
    func canCorrect(_ view: ArticleViewState) -> Bool {
        guard library != nil, state.entries[view.articleIndex].id != nil else {
            state.message = CorrectionMessages.needsLibrary
            return false
        }
        return true
    }

    /// `A`: starts adding a stance from the selected sentence, which is highlighted meanwhile;
    /// the status line asks for the actor, the issue and the polarity in turn.
    func startAddStance(_ view: inout ArticleViewState) {
        guard canCorrect(view) else { return }
        guard let sentence = selectedSentence(view) else {
            state.message = "No sentence on screen to add a stance from"
            return
        }
        let article = state.entries[view.articleIndex].article
        view.jumpTarget = article.sentences[sentence].range
        let suggested = view.selectedActor < article.actors.count ? article.actors[view.selectedActor].name : nil
        ask(.stanceActor(sentence: sentence, suggested: suggested))
    }

    /// Enter on the actor: a rank, a name, the start of one, or a new actor's name.
    func chooseStanceActor(_ text: String, sentence: Int, suggested: String?, in view: ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        let answer = PromptChoice.trimmed(text).isEmpty ? suggested ?? "" : text
        switch PromptChoice.actor(answer, in: article, allowNew: true) {
        case .failure(let problem):
            state.message = "No stance added: " + problem.text
        case .success(let pick):
            let column = selectedCell(view).flatMap { article.issue(id: $0.issue)?.label }
            ask(.stanceIssue(sentence: sentence, actor: pick.id, actorName: pick.name, suggested: column))
        }
    }

    /// Enter on the issue: a matrix column's number, a label, the start of one, or a new label.
    func chooseStanceIssue(_ text: String, sentence: Int, actor: String, actorName: String, suggested: String?, in view: ArticleViewState) {
        let article = state.entries[view.articleIndex].article
        let answer = PromptChoice.trimmed(text).isEmpty ? suggested ?? "" : text
        switch PromptChoice.issue(answer, in: article, matrix: matrix(for: view)) {
        case .failure(let problem):
            state.message = "No stance added: " + problem.text
        case .success(let found):
            ask(.stancePolarity(sentence: sentence, actor: actor, actorName: actorName, issue: found.anchor))
        }
    }

    /// `+`, `-` or `0` on the last step: the stance is recorded, tied to the sentence's text, and
    /// the matrix selects its cell.
    func finishAddStance(sentence: Int, actor: String, actorName: String, issue: IssueAnchor, polarity: Polarity, in view: inout ArticleViewState) {
        guard canCorrect(view), let library, let id = state.entries[view.articleIndex].id else { return }
        let article = state.entries[view.articleIndex].article
        guard sentence < article.sentences.count else { return }
        let matcher = IssueMatcher()
        let newActor = article.actor(id: actor) == nil
        let newIssue = !article.issues.contains { matcher.key(for: $0) == issue.key }
        let action = Correction.Action.addStance(actor: actor, actorName: actorName, issue: issue, polarity: polarity)
        switch library.correct(action, sentences: article.substrings([article.sentences[sentence].range]), article: id) {
        case .success(let corrected):
            replaceArticle(corrected, in: &view)
            let matrix = self.matrix(for: view)
            if let row = matrix.rows.firstIndex(of: actor),
               let column = matrix.columns.firstIndex(where: { column in corrected.issue(id: column).map { matcher.key(for: $0) == issue.key } ?? false }) {
                view.matrixRow = row
                view.matrixColumn = column
            }
            let who = actorName + (newActor ? " (new)" : "")
            let what = issue.label + (newIssue ? " (new)" : "")
            state.message = "Added \(who) on \(what): \(polarity.rawValue) (u undoes)"
        case .failure(let error):
            state.message = error.message
        }
    }
}
