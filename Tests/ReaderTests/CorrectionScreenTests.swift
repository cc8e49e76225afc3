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

    @Test("d rejects the stance of a cell's only sentence; with several, Enter lists them and d rejects the chosen one")
    func rejectAStance() throws {
        let (app, library) = try harness()
        press(app, "Enter", "Tab", "Tab", "d")
        #expect(library.decisions.map(\.summary) == ["rejected sweden opposes fishing deal"])
        #expect(library.decisions.map(\.sentences) == [["Sweden rejects the deal, and Finland does not want any deal."]])
        #expect(matrixAndStatus(app) == [
            " Stances 5 actors x 2 issues",
            "         compromise  deal",
            " Norway   ·           +",
            " Sweden   -           ·",
            " Denmark  +           ·",
            " Finland  ·           -",
            " Rejected: Sweden opposes fishing deal here (u undoes)         all  1/1  ? help",
        ])
        press(app, "u")
        #expect(app.render().lines[16] == " Sweden   -           -")

        let text = "Deal talks\n\nSweden rejects the deal. Norway backs the deal. Later Sweden opposes the deal again.\n"
        let article = try ArticleReader().read(text: text, source: "talks.txt")
        var entry = LibraryEntry(article: article)
        entry.id = 8
        let talks = CorrectingLibrary(original: article)
        let other = ReaderApp(state: AppState(entries: [entry], size: Size(width: 80, height: 24), isStoredLibrary: true), theme: ThemeLoader.standard, library: talks)
        press(other, "Enter", "Tab", "Tab")
        let view = try #require(other.state.view)
        let cell = try #require(other.selectedCell(view)?.cell)
        #expect(cell.evidence.count == 2)
        press(other, "d")
        #expect(other.render().lines[23] == " Enter lists the cell's sentences: choose one, then d          all  1/1  ? help")
        #expect(talks.decisions.isEmpty)
        press(other, "Enter", "j", "d")
        #expect(talks.decisions.map(\.sentences) == [["Later Sweden opposes the deal again."]])
        let after = try #require(other.state.view)
        let left = try #require(other.selectedCell(after)?.cell)
        #expect(other.state.entries[0].article.substrings(left.evidence.map(\.range)) == ["Sweden rejects the deal."])
    }

    func type(_ app: ReaderApp, _ text: String) {
        for character in text { app.send(.keyPressed(.character(character))) }
    }

    @Test("c renames the selected actor or issue across the library, Esc leaves the prompt, u undoes")
    func rename() throws {
        let (app, library) = try harness()
        press(app, "Enter", "c")
        #expect(app.render().lines[23] == " c renames: Tab to the actors or the matrix first              all  1/1  ? help")
        press(app, "Tab", "c")
        type(app, "Kingdom of Norway")
        #expect(app.render().lines[23] == "Rename Norway to: Kingdom of Norway")
        press(app, "Enter")
        #expect(library.decisions.map(\.action) == [.renameActor(actor: "norway", name: "Kingdom of Norway")])
        #expect(library.decisions.map(\.sentences) == [[]])
        var lines = app.render().lines
        #expect(lines[1].hasSuffix("│ C 2 Kingdom of Norway"))
        #expect(lines[17] == " Kingdom of Nor…  +           ·")
        #expect(lines[23] == " Renamed Norway to Kingdom of Norway everywhere (u undoes)     all  1/1  ? help")
        press(app, "Tab", "c")
        type(app, "fisheries pact")
        press(app, "Enter")
        #expect(library.decisions.last?.action == .renameIssue(issue: IssueAnchor(key: "deal fishing", label: "fishing deal"), label: "fisheries pact"))
        lines = app.render().lines
        #expect(lines[15] == "                  1  2    1 fisheries pact")
        #expect(lines[23] == " Renamed fishing deal to fisheries pact everywhere (u undoes)  all  1/1  ? help")
        press(app, "c", "Esc")
        #expect(app.render().lines[23] == " Not renamed                                                   all  1/1  ? help")
        press(app, "u", "u")
        #expect(library.decisions.isEmpty)
        #expect(app.render().lines[1].hasSuffix("│ C 2 Norway"))
        #expect(app.render().lines[15] == "         deal        compromise")
    }
}
