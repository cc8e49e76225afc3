import ArticleModel
import Testing
import TerminalCore
@testable import Reader

@Suite("Web articles and feed items in the reader")
struct WebArticleScreenTests {
    static let metadata = ArticleMetadata(url: "https://example.org/fishing", byline: "Mara Quill", published: "2024-03-05T13:30:00Z",
                                          site: "Coastal Times")

    func entry(_ text: String, metadata: ArticleMetadata, origin: String?) throws -> LibraryEntry {
        var article = try ArticleReader().read(text: text, source: "page.html")
        article.metadata = metadata
        let loaded = article
        return LibraryEntry(title: article.title, published: metadata.published, origin: origin, isSummaryOnly: metadata.isSummaryOnly) { loaded }
    }

    @Test("The byline, date and site stand under the title")
    func bylineUnderTheTitle() throws {
        let app = ReaderApp(state: AppState(entries: [try entry(Fixtures.tariffs, metadata: Self.metadata, origin: "Coastal Times")],
                                            size: Size(width: 100, height: 30)), theme: ThemeLoader.standard)
        let rows = app.render().lines
        #expect(rows[1].hasPrefix(" Steel tariff row deepens "))
        #expect(rows[2].hasPrefix(" Mara Quill · 2024-03-05 · Coastal Times "))
        #expect(rows[3].hasPrefix("                 "))
        #expect(rows[4].hasPrefix(" Canada opposes the steel tariff."))
    }

    @Test("o shows the address, and asks for the clipboard only where the terminal takes it")
    func addressKey() throws {
        let page = try entry(Fixtures.tariffs, metadata: Self.metadata, origin: nil)
        let plain = LibraryEntry(article: try ArticleReader().read(text: Fixtures.fishing, source: "story.txt"))
        let withoutClipboard = ReaderApp(state: AppState(entries: [page], size: Size(width: 100, height: 30)), theme: ThemeLoader.standard)
        #expect(withoutClipboard.send(.keyPressed(.character("o"))) == .none)
        #expect(withoutClipboard.state.message == "https://example.org/fishing")
        let withClipboard = ReaderApp(state: AppState(entries: [page], size: Size(width: 100, height: 30), clipboardAvailable: true), theme: ThemeLoader.standard)
        #expect(withClipboard.send(.keyPressed(.character("o"))) == .copyToClipboard("https://example.org/fishing"))
        #expect(withClipboard.state.message == "https://example.org/fishing  (copied)")
        let text = ReaderApp(state: AppState(entries: [plain], size: Size(width: 100, height: 30), clipboardAvailable: true), theme: ThemeLoader.standard)
        #expect(text.send(.keyPressed(.character("o"))) == .none)
        #expect(text.state.message == "No web address: this article was read from story.txt")
    }

    @Test("A feed lists its items with date and source; a summary-only item says so when opened")
    func feedLibrary() throws {
        var summary = Self.metadata
        summary.isSummaryOnly = true
        let entries = [
            try entry(Fixtures.fishing, metadata: Self.metadata, origin: "Coastal Wire"),
            try entry(Fixtures.tariffs, metadata: summary, origin: "Coastal Wire"),
        ]
        let app = ReaderApp(state: AppState(entries: entries, size: Size(width: 80, height: 24)), theme: ThemeLoader.standard)
        #expect(Array(app.render().lines.prefix(3)) == [
            " Library 2 articles, 2 unread",
            " ● Ministers split over fishing deal                   2024-03-05  Coastal Wire",
            " ● Steel tariff row deepens                            2024-03-05  Coastal Wire",
        ])
        app.send(.keyPressed(.character("j")))
        app.send(.keyPressed(.enter))
        #expect(app.state.message == AppState.summaryOnlyMessage)
        #expect(app.render().lines[23].hasPrefix(" Summary only: o shows the address of the full story "))
    }
}
