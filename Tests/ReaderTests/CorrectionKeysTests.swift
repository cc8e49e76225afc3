import ArticleModel
import Corrections
import TerminalCore
import Testing
@testable import Reader

/// Drives a reader on the fishing article of a library that keeps decisions in memory.
protocol CorrectionKeyTesting {}

extension CorrectionKeyTesting {
    func harness(_ text: String = Fixtures.fishing, height: Int = 24) throws -> (ReaderApp, CorrectingLibrary) {
        let article = try ArticleReader().read(text: text, source: "fish.txt")
        var entry = LibraryEntry(article: article)
        entry.id = 7
        let library = CorrectingLibrary(original: article)
        let app = ReaderApp(state: AppState(entries: [entry], size: Size(width: 80, height: height), isStoredLibrary: true), theme: ThemeLoader.standard, library: library)
        app.send(.keyPressed(.enter))
        return (app, library)
    }

    func press(_ app: ReaderApp, _ names: String...) {
        for name in names { app.send(.keyPressed(Key(name: name)!)) }
    }

    func type(_ app: ReaderApp, _ text: String) {
        for character in text { app.send(.keyPressed(.character(character))) }
    }

    func status(_ app: ReaderApp) -> String { app.render().lines[23] }

    /// The matrix rows under its header.
    func matrix(_ app: ReaderApp) -> [String] { Array(app.render().lines[14...21]) }

    /// The text of the sentence highlighted as the one a stance is added from.
    func highlighted(_ app: ReaderApp) -> String? {
        guard let view = app.state.view, let target = view.jumpTarget else { return nil }
        return app.state.entries[view.articleIndex].article.substrings([target]).first
    }

    func anchor(_ label: String) -> IssueAnchor {
        IssueAnchor(key: IssueMatcher().key(for: Issue(id: "", label: label)), label: label)
    }
}

/// `A`: a stance added from the selected sentence.
@Suite("Correction keys: add a stance")
struct CorrectionKeysTests: CorrectionKeyTesting {
    @Test("A adds a stance from the current search match's sentence: actor, issue and polarity asked in turn; e and u as for a cell")
    func addFromSearchMatch() throws {
        let (app, library) = try harness()
        press(app, "/")
        type(app, "resume")
        press(app, "Enter", "A")
        #expect(highlighted(app) == "The talks will resume.")
        #expect(status(app) == "Stance held by (name or rank; Enter: Norway):")
        press(app, "Enter")
        #expect(status(app) == "Norway on (column or label; Enter: fishing deal):")
        type(app, "talks")
        press(app, "Enter")
        #expect(status(app) == "Norway on talks: + support  - oppose  0 neutral")
        // Any other key leaves the question open: q does not quit here.
        press(app, "q")
        #expect(status(app) == "Norway on talks: + support  - oppose  0 neutral")
        press(app, "+")
        #expect(library.decisions.map(\.action) == [.addStance(actor: "norway", actorName: "Norway", issue: anchor("talks"), polarity: .support)])
        #expect(library.decisions.map(\.sentences) == [["The talks will resume."]])
        #expect(matrix(app) == [
            " Stances 5 actors x 3 issues",
            "         deal        compromise  talks",
            " Norway   +           ·           +*",
            " Sweden   -           -           ·",
            " Denmark  ·           +           ·",
            " Finland  -           ·           ·",
            " Norway supports talks",
            " The talks will resume.",
        ])
        #expect(status(app) == " Added Norway on talks (new): support (u undoes)               all  1/1  ? help")
        // The new cell is selected: e explains it.
        press(app, "e")
        #expect(status(app) == " Norway on talks - support: by you 2026-12-06 06:00            all  1/1  ? help")
        press(app, "u")
        #expect(status(app) == " Undone: added norway supports talks                           all  1/1  ? help")
        #expect(matrix(app)[0...1] == [" Stances 5 actors x 2 issues", "         deal        compromise"])
        #expect(library.decisions.isEmpty)
    }

    @Test("A takes the sentence of the mention ] went to, a rank for the actor and a column number for the issue")
    func addFromMention() throws {
        let (app, library) = try harness()
        press(app, "Tab", "j", "j", "j", "]", "A")
        #expect(highlighted(app) == "Sweden rejects the deal, and Finland does not want any deal.")
        #expect(status(app) == "Stance held by (name or rank; Enter: Finland):")
        type(app, "5")
        press(app, "Enter")
        #expect(status(app) == "Iceland on (column or label; Enter: fishing deal):")
        type(app, "2")
        press(app, "Enter", "-")
        #expect(library.decisions.map(\.action) == [.addStance(actor: "iceland", actorName: "Iceland", issue: anchor("compromise"), polarity: .oppose)])
        #expect(library.decisions.map(\.sentences) == [["Sweden rejects the deal, and Finland does not want any deal."]])
        // Iceland backed the compromise in another sentence: the cell is now mixed, and decided in part.
        #expect(matrix(app)[2...6] == [
            " Sweden   -           -",
            " Iceland  ·           ±*",
            " Norway   +           ·",
            " Denmark  ·           +",
            " Iceland is mixed on compromise",
        ])
        #expect(status(app) == " Added Iceland on compromise: oppose (u undoes)                all  1/1  ? help")
    }

    @Test("Without a jump or a search, A takes the first sentence that begins on screen; a highlight scrolled away no longer counts")
    func addFromTheTopOfTheView() throws {
        let (app, _) = try harness(Fixtures.long)
        press(app, "A")
        #expect(highlighted(app) == "Paragraph 1 says that Brazil backs the plan while Argentina rejects the plan.")
        press(app, "Esc")
        #expect(status(app) == " No stance added                                               top  1/1  ? help")
        // The screen now starts inside paragraph 1: paragraph 2 is the first to begin on it.
        press(app, "j", "j", "j", "A", "Esc")
        #expect(app.render().lines[1] == " Argentina rejects the plan.                           │ C 40 Brazil")
        #expect(highlighted(app) == "Paragraph 2 says that Brazil backs the plan while Argentina rejects the plan.")
        // A mention jumped to counts while it is on screen, and no longer once scrolled away.
        press(app, "Tab", "]", "]", "]", "]", "Tab", "Tab", "A", "Esc")
        #expect(highlighted(app) == "Paragraph 5 says that Brazil backs the plan while Argentina rejects the plan.")
        press(app, "Space", "Space", "A", "Esc")
        #expect(app.render().lines[1] == " Argentina rejects the plan.                           │ C 40 Brazil")
        #expect(highlighted(app) == "Paragraph 10 says that Brazil backs the plan while Argentina rejects the plan.")
    }

    @Test("A's actor: the start of a name, Tab through the names, a new actor; a wrong rank or Esc adds nothing")
    func chooseTheActor() throws {
        let (app, library) = try harness()
        press(app, "A")
        type(app, "9")
        press(app, "Enter")
        #expect(status(app) == " No stance added: no actor ranked 9: this article has 5        all  1/1  ? help")
        press(app, "A", "Tab")
        #expect(status(app) == "Stance held by (name or rank; Enter: Norway): Norway")
        press(app, "Tab", "Tab")
        #expect(status(app) == "Stance held by (name or rank; Enter: Norway): Denmark")
        press(app, "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace")
        type(app, "sw")
        press(app, "Enter")
        #expect(status(app) == "Sweden on (column or label; Enter: fishing deal):")
        press(app, "Esc")
        #expect(status(app) == " No stance added                                               all  1/1  ? help")
        press(app, "A")
        type(app, "Greenland")
        press(app, "Enter")
        type(app, "fishing deal")
        press(app, "Enter", "0")
        #expect(library.decisions.map(\.action) == [.addStance(actor: "greenland", actorName: "Greenland", issue: anchor("fishing deal"), polarity: .neutral)])
        #expect(library.decisions.map(\.sentences) == [["Norway backs the fishing deal."]])
        #expect(status(app) == " Added Greenland (new) on fishing deal: neutral (u undoes)     all  1/1  ? help")
        #expect(app.render().lines[6] == " Denmark, with the backing of Iceland, is pushing for  │ ? 0 Greenland")
    }

    @Test("Without a library the new keys say where corrections are kept and ask nothing")
    func withoutALibrary() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        for keys in [["A"], ["Tab", "J"], ["K"], ["F"]] {
            for key in keys { reader.press(key) }
            #expect(reader.rows[23] == " Corrections need the library: parley add, then open it there       all  ? help")
            #expect(reader.app.state.prompt == nil)
        }
    }

    @Test("An answer that could be several names says so")
    func ambiguousAnswers() throws {
        let article = try ArticleReader().read(text: "Talks\n\nSweden and Switzerland back the tariff. Spain opposes the tariff plan.\n", source: "a.txt")
        let matrix = StanceMatrix(article: article)
        #expect(PromptChoice.actor("sw", in: article, allowNew: true) == .failure(ChoiceProblem("sw could be Sweden or Switzerland: type more, or Tab")))
        #expect(PromptChoice.completions(.actors, of: "S", in: article, matrix: matrix, excluding: "Spain") == ["Sweden", "Switzerland"])
        #expect(try PromptChoice.actor("SPAIN", in: article, allowNew: false).get() == PromptChoice.ActorPick(id: "spain", name: "Spain", isNew: false))
    }
}
