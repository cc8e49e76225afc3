import ArticleModel
import Corrections

extension LibraryService {
    public func correct(_ action: Correction.Action, sentences: [String], article: Int64) -> Result<Article, LibraryServiceError> {
        .failure(LibraryServiceError(CorrectionMessages.needsLibrary))
    }

    public func undoLastCorrection(article: Int64) -> Result<(summary: String, article: Article), LibraryServiceError> {
        .failure(LibraryServiceError(CorrectionMessages.needsLibrary))
    }
}

/// What the status line says about corrections.
enum CorrectionMessages {
    static let needsLibrary = "Corrections need the library: parley add, then open it there"
}

extension LibraryEntry {
    /// The same entry with its article as corrected now.
    func withArticle(_ article: Article) -> LibraryEntry {
        var entry = LibraryEntry(article: article, isRead: isRead)
        // Read afresh from the library after a decision made elsewhere, as before.
        entry.loader = loader.replaced(by: article)
        entry.key = key
        entry.id = id
        entry.isFlagged = isFlagged
        entry.feedID = feedID
        entry.tags = tags
        entry.webAddress = webAddress
        entry.published = published
        entry.origin = origin
        entry.isSummaryOnly = isSummaryOnly
        return entry
    }
}

extension ReaderApp {
    /// `+`, `-`, `0`, `x`: the analyst decides the selected matrix cell, tied to its evidence
    /// sentences; the library keeps the decision and gives the article back corrected.
    func correctCell(_ polarity: Polarity?, in view: inout ArticleViewState) {
        guard let library, let id = state.entries[view.articleIndex].id else {
            state.message = CorrectionMessages.needsLibrary
            return
        }
        guard let selected = selectedCell(view), let cell = selected.cell else {
            state.message = "No stance in this cell to correct"
            return
        }
        let article = state.entries[view.articleIndex].article
        guard let issue = article.issue(id: selected.issue) else { return }
        let sentences = Self.sentenceTexts(cell.evidence, in: article)
        let action = Correction.Action.setCell(actor: selected.actor, issue: IssueAnchor(issue, matcher: IssueMatcher()), polarity: polarity)
        switch library.correct(action, sentences: sentences, article: id) {
        case .success(let corrected):
            replaceArticle(corrected, in: &view)
            let actor = article.actor(id: selected.actor)?.name ?? selected.actor
            state.message = "\(actor) on \(issue.label): \(polarity?.rawValue ?? "no stance"), by you (u undoes)"
        case .failure(let error):
            state.message = error.message
        }
    }

    /// `d`: the stance shown by the evidence sentence chosen in the cell's list (Enter lists
    /// them) is wrong; with one sentence only, no list is needed.
    func rejectEvidence(in view: inout ArticleViewState) {
        guard let library, let id = state.entries[view.articleIndex].id else {
            state.message = CorrectionMessages.needsLibrary
            return
        }
        guard let selected = selectedCell(view), let cell = selected.cell, !cell.evidence.isEmpty else {
            state.message = "No stance in this cell"
            return
        }
        guard view.evidenceListOpen || cell.evidence.count == 1 else {
            state.message = "Enter lists the cell's sentences: choose one, then d"
            return
        }
        let article = state.entries[view.articleIndex].article
        guard let issue = article.issue(id: selected.issue) else { return }
        // The chosen line of the list, as the stance it belongs to and its evidence there.
        var remaining = view.evidenceListOpen ? min(view.evidenceIndex, cell.evidence.count - 1) : 0
        guard let stance = cell.stances.first(where: { stance in
            if remaining < stance.evidence.count { return true }
            remaining -= stance.evidence.count
            return false
        }) else { return }
        let evidence = stance.evidence[remaining]
        let action = Correction.Action.rejectStance(actor: selected.actor, issue: IssueAnchor(issue, matcher: IssueMatcher()), polarity: stance.polarity)
        switch library.correct(action, sentences: Self.sentenceTexts([evidence], in: article), article: id) {
        case .success(let corrected):
            replaceArticle(corrected, in: &view)
            let actor = article.actor(id: selected.actor)?.name ?? selected.actor
            state.message = "Rejected: \(actor) \(stance.polarity.verbPhrase) \(issue.label) here (u undoes)"
        case .failure(let error):
            state.message = error.message
        }
    }

    /// The whole sentences the evidence lies in, as text, in reading order: what a
    /// correction is tied to.
    static func sentenceTexts(_ evidence: [Evidence], in article: Article) -> [String] {
        let indices = Set(evidence.map(\.sentence).filter { $0 < article.sentences.count }).sorted()
        return article.substrings(indices.map { article.sentences[$0].range })
    }

    /// `u` in an article: takes back the latest correction.
    func undoCorrection(in view: inout ArticleViewState) {
        guard let library, let id = state.entries[view.articleIndex].id else {
            state.message = CorrectionMessages.needsLibrary
            return
        }
        switch library.undoLastCorrection(article: id) {
        case .success(let (summary, corrected)):
            // What was undone may have held across the library.
            forgetOtherArticles(than: view)
            replaceArticle(corrected, in: &view)
            state.message = "Undone: " + summary
        case .failure(let error):
            state.message = error.message
        }
    }

    /// After a decision across the library, the other articles already read are read again
    /// (from the library, with it) when next shown or put in the matrix across articles.
    func forgetOtherArticles(than view: ArticleViewState) {
        for (index, entry) in state.entries.enumerated() where index != view.articleIndex && entry.id != nil {
            entry.loader.forget()
        }
    }

    /// The article as corrected now, in place of the shown one: the selection stays on the same
    /// actor and issue where they are still in the matrix, else in the same place as far as it goes.
    func replaceArticle(_ article: Article, in view: inout ArticleViewState) {
        let before = self.matrix(for: view)
        let actor = view.matrixRow < before.rows.count ? before.rows[view.matrixRow] : nil
        let issue = view.matrixColumn < before.columns.count ? before.columns[view.matrixColumn] : nil
        state.entries[view.articleIndex] = state.entries[view.articleIndex].withArticle(article)
        forgetCachedLayouts()
        let matrix = self.matrix(for: view)
        view.matrixRow = matrix.rows.firstIndex { $0 == actor } ?? min(view.matrixRow, max(0, matrix.rows.count - 1))
        view.matrixColumn = matrix.columns.firstIndex { $0 == issue } ?? min(view.matrixColumn, max(0, matrix.columns.count - 1))
        view.evidenceListOpen = false
    }
}
