import ArticleModel
import Corrections
import TerminalCore
import Testing
@testable import Reader

/// A library service that keeps the analyst's decisions in memory and lays them over the
/// article as the store does, at a fixed time.
final class CorrectingLibrary: LibraryService {
    let original: Article
    var decisions: [Correction] = []
    let time = "2026-12-06T06:00:00Z"

    init(original: Article) {
        self.original = original
    }

    func setRead(_ id: Int64, _ isRead: Bool) -> String? { nil }
    func setFlagged(_ id: Int64, _ isFlagged: Bool) -> String? { nil }
    func search(_ query: String, limit: Int) -> Result<(hits: [LibraryHit], total: Int), LibraryServiceError> { .success(([], 0)) }
    func refresh(feed: Int64?) -> Result<(entries: [LibraryEntry], summary: String), LibraryServiceError> { .failure(LibraryServiceError("no feeds")) }

    var corrected: Article { CorrectionApplier().apply(decisions, to: original, contentHash: "hash").article }

    func correct(_ action: Correction.Action, sentences: [String], article: Int64) -> Result<Article, LibraryServiceError> {
        decisions.append(Correction(action: action, article: "hash", sentences: sentences, decidedAt: time))
        return .success(corrected)
    }

    func undoLastCorrection(article: Int64) -> Result<(summary: String, article: Article), LibraryServiceError> {
        guard let last = decisions.popLast() else { return .failure(LibraryServiceError("No correction to undo")) }
        return .success((last.summary, corrected))
    }
}

@Suite("Corrections in the reader")
struct CorrectionScreenTests {
    func harness() throws -> (ReaderApp, CorrectingLibrary) {
        let article = try ArticleReader().read(text: Fixtures.fishing, source: "fish.txt")
        var entry = LibraryEntry(article: article)
        entry.id = 7
        let library = CorrectingLibrary(original: article)
        let app = ReaderApp(state: AppState(entries: [entry], size: Size(width: 80, height: 24), isStoredLibrary: true), theme: ThemeLoader.standard, library: library)
        return (app, library)
    }

    func press(_ app: ReaderApp, _ names: String...) {
        for name in names { app.send(.keyPressed(Key(name: name)!)) }
    }

    /// The matrix rows and the status line.
    func matrixAndStatus(_ app: ReaderApp) -> [String] {
        let lines = app.render().lines
        return Array(lines[14...19]) + [lines[23]]
    }

    @Test("+ decides a cell and marks it, e says who decided, x removes a cell's stances, u takes them back in turn")
    func decideExplainAndUndo() throws {
        let (app, library) = try harness()
        press(app, "Enter")
        #expect(matrixAndStatus(app) == [
            " Stances 5 actors x 2 issues",
            "         deal        compromise",
            " Sweden   -           -",
            " Norway   +           ·",
            " Denmark  ·           +",
            " Finland  -           ·",
            " Ministers split over fishing deal  [article]                  all  1/1  ? help",
        ])
        press(app, "+")
        #expect(library.decisions.map(\.summary) == ["set sweden on fishing deal: support"])
        #expect(library.decisions.map(\.sentences) == [["Sweden rejects the deal, and Finland does not want any deal."]])
        #expect(matrixAndStatus(app) == [
            " Stances 5 actors x 2 issues",
            "         deal        compromise",
            " Sweden   +*          -",
            " Norway   +           ·",
            " Denmark  ·           +",
            " Finland  -           ·",
            " Sweden on fishing deal: support, by you (u undoes)            all  1/1  ? help",
        ])
        press(app, "e")
        #expect(app.render().lines[23] == " Sweden on fishing deal - support: by you 2026-12-06 06:00     all  1/1  ? help")
        press(app, "Tab", "Tab", "j", "e")
        #expect(app.render().lines[23] == " Norway on fishing deal - support: rule subject, cue \"backs\"   all  1/1  ? help")
        press(app, "x")
        #expect(matrixAndStatus(app) == [
            // Norway has no stance left; compromise now has the most actors and comes first.
            " Stances 4 actors x 2 issues",
            "         compromise  deal",
            " Sweden   -           +*",
            " Denmark  +           ·",
            " Finland  ·           -",
            " Iceland  +           ·",
            " Norway on fishing deal: no stance, by you (u undoes)          all  1/1  ? help",
        ])
        // The selection stays on the corrected issue wherever its column went.
        #expect(app.state.view?.matrixColumn == 1)
        press(app, "u")
        #expect(matrixAndStatus(app)[2...3] == [" Sweden   +*          -", " Norway   +           ·"])
        #expect(app.render().lines[23] == " Undone: set norway on fishing deal: no stance                 all  1/1  ? help")
        press(app, "u")
        #expect(matrixAndStatus(app)[2] == " Sweden   -           -")
        press(app, "u")
        #expect(app.render().lines[23] == " No correction to undo                                         all  1/1  ? help")
        #expect(library.decisions.isEmpty)
    }

    @Test("Without a library a correction key says where corrections are kept, and u does nothing else")
    func withoutALibrary() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("+")
        #expect(reader.rows[23] == " Corrections need the library: parley add, then open it there       all  ? help")
        #expect(reader.rows[16] == " Sweden   -           -")
        reader.press("j", "u")
        #expect(reader.rows[23] == " Corrections need the library: parley add, then open it there       all  ? help")
    }
}
