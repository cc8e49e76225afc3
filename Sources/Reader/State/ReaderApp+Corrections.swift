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
        let sentences = article.substrings(cell.evidence.map(\.range).sorted { $0.lowerBound < $1.lowerBound })
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

    /// `u` in an article: takes back the latest correction.
    func undoCorrection(in view: inout ArticleViewState) {
        guard let library, let id = state.entries[view.articleIndex].id else {
            state.message = CorrectionMessages.needsLibrary
            return
        }
        switch library.undoLastCorrection(article: id) {
        case .success(let (summary, corrected)):
            replaceArticle(corrected, in: &view)
            state.message = "Undone: " + summary
        case .failure(let error):
            state.message = error.message
        }
    }

    /// The article as corrected now, in place of the shown one: the selection stays on the same
    /// actor and issue where they are still in the matrix, else in the same place as far as it goes.
    private func replaceArticle(_ article: Article, in view: inout ArticleViewState) {
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
