import Testing
import TerminalCore
@testable import Reader

@Suite("Library screens")
struct LibraryScreenTests {
    @Test("Several articles open the library; Enter opens one; Esc returns")
    func libraryFlow() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing, Fixtures.tariffs], size: Size(width: 80, height: 24))
        #expect(Array(reader.rows.prefix(3)) == [
            " Library 2 articles, 2 unread",
            " ● Ministers split over fishing deal                                   5 actors",
            " ● Steel tariff row deepens                                            2 actors",
        ])
        #expect(reader.rows[23] == " Parley: 2 articles  Enter open                                          ? help")
        reader.press("j", "Enter")
        #expect(reader.rows[1].hasPrefix(" Steel tariff row deepens"))
        #expect(reader.rows[23].hasSuffix("2/2  ? help"))
        reader.press("Esc")
        #expect(Array(reader.rows.prefix(3)) == [
            " Library 2 articles, 1 unread",
            " ● Ministers split over fishing deal                                   5 actors",
            "   Steel tariff row deepens                                            2 actors",
        ])
        #expect(reader.screen[3, 2].style.attributes.contains(.reverse))
        reader.press("k", "Enter", "Backspace")
        #expect(reader.rows[0] == " Library 2 articles, 0 unread")
    }

    @Test("A single article opens straight into the article view")
    func singleArticle() throws {
        let reader = try ReaderHarness(articles: [Fixtures.tariffs], size: Size(width: 80, height: 24))
        #expect(reader.app.state.mode == .article)
        reader.press("Esc")
        #expect(reader.app.state.mode == .article)
    }
}
