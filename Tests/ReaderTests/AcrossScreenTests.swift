import ArticleModel
import TerminalCore
import Testing
@testable import Reader

/// The matrix across the listed articles, its cells' articles and an actor's timeline, drawn
/// exactly after real keys.
@Suite("The matrix across articles in the reader")
struct AcrossScreenTests {
    static let texts = [
        ("Fishing talks stall", "2026-03-01T00:00:00Z", "Fishing talks stall\n\nNorway backs the fishing deal. Sweden rejects the deal.\n"),
        ("Fishing deal in sight", "2026-02-01T00:00:00Z", "Fishing deal in sight\n\nSweden supports the fishing deal. Norway backs the deal too.\n"),
        ("Steel tariff row deepens", "2026-01-01T00:00:00Z", Fixtures.tariffs),
    ]

    func app() throws -> ReaderApp {
        let reader = ArticleReader()
        let entries = try Self.texts.enumerated().map { index, item in
            var entry = LibraryEntry(article: try reader.read(text: item.2, source: "test-\(index).txt"))
            entry.published = item.1
            return entry
        }
        return ReaderApp(state: AppState(entries: entries, size: Size(width: 80, height: 24)), theme: ThemeLoader.standard)
    }

    func press(_ app: ReaderApp, _ names: String...) {
        for name in names { app.send(.keyPressed(Key(name: name)!)) }
    }

    /// The screen's rows without the empty ones, and the status line.
    func rows(_ app: ReaderApp) -> [String] {
        let lines = app.render().lines
        return lines.prefix(23).filter { !$0.allSatisfy { $0 == " " } } + lines.suffix(1)
    }

    @Test("M counts articles per side across the listed articles; Enter lists a cell's articles and opens one at its sentence; t shows an actor's timeline")
    func matrixCellAndTimeline() throws {
        let app = try app()
        press(app, "M")
        #expect(rows(app) == [
            " Across 3 articles, 4 actors x 2 issues",
            "                deal      tariff",
            " Norway         + 2+      ·",
            " Sweden         ± 1+ 1-   ·",
            " Canada         ·         - 1-",
            " Mexico         ·         + 1+",
            " Norway on fishing deal: supports in 2 articles",
            " Enter lists a cell's articles, t an actor's timeline, Esc returns       ? help",
        ])
        press(app, "j", "Enter")
        #expect(rows(app) == [
            " Across 3 articles, 4 actors x 2 issues",
            " Sweden on fishing deal: 2 articles, Enter opens one at its sentence",
            " 2026-02-01  Fishing deal in sight  support",
            "     Sweden supports the fishing deal.",
            " 2026-03-01  Fishing talks stall  oppose",
            "     Sweden rejects the deal.",
            " Across articles  Enter articles  t timeline  h/l issues  Esc back       ? help",
        ])
        press(app, "j", "Enter")
        let view = try #require(app.state.view)
        #expect(app.state.mode == .article)
        #expect(view.articleIndex == 0)
        let article = app.state.entries[0].article
        #expect(view.jumpTarget.map { article.substring($0) } == "Sweden rejects the deal.")
        press(app, "Esc", "Esc")
        #expect(app.state.mode == .library)
        #expect(app.state.across?.level == .cell(cursor: 1))
        press(app, "Esc", "t")
        #expect(rows(app) == [
            " Across 3 articles, 4 actors x 2 issues",
            " Sweden over time: 2 articles, Enter opens one",
            " 2026-02-01  Fishing deal in sight",
            "     deal +",
            " 2026-03-01  Fishing talks stall",
            "     deal -",
            " Across articles  Enter articles  t timeline  h/l issues  Esc back       ? help",
        ])
        press(app, "Esc", "Esc")
        #expect(app.state.across == nil)
        #expect(app.render().lines[0].hasPrefix(" Library"))
    }

    @Test("Over a library search the matrix counts only the articles found")
    func overASearch() throws {
        let app = try app()
        press(app, "/")
        for character in "steel" { app.send(.keyPressed(.character(character))) }
        press(app, "Enter", "M")
        #expect(Array(rows(app).prefix(4)) == [
            " Across 1 article, 2 actors x 1 issue",
            "                tariff",
            " Canada         - 1-",
            " Mexico         + 1+",
        ])
    }
}
