import ArticleModel
import Testing
import TerminalCore
@testable import Reader

/// The reader's side of work done in the background: it asks with an Effect, shows the work
/// in the status line, keeps taking keys, and takes the result as an Action. The results here
/// are made by the test (no network): the fetching side is tested in WebLibraryTests.
@Suite("Fetching full stories and reloading, as the reader sees it")
@MainActor
struct BackgroundWorkTests {
    static let feedURL = "http://127.0.0.1:8080/wire.xml"
    static let damURL = "http://127.0.0.1:8080/dam.html"

    /// A feed of two items fetched from a URL: the first complete, the second only a summary.
    func feedEntries(damSummaryOnly: Bool = true) throws -> [LibraryEntry] {
        let reader = ArticleReader()
        var fishing = try reader.read(text: Fixtures.fishing, source: Self.feedURL + "#1")
        fishing.metadata = ArticleMetadata(url: "http://127.0.0.1:8080/fishing.html", published: "2024-03-05T13:30:00Z", feedTitle: "Coastal Wire")
        var dam = try reader.read(text: "Dam vote delayed\n\nMinisters put off the vote on the river dam.\n", source: Self.feedURL + "#2")
        dam.metadata = ArticleMetadata(url: Self.damURL, published: "2024-03-04T08:00:00Z", feedTitle: "Coastal Wire", isSummaryOnly: damSummaryOnly)
        return [(fishing, "http://127.0.0.1:8080/fishing.html"), (dam, Self.damURL)].map { article, link in
            var entry = LibraryEntry(title: article.title, key: link, published: article.metadata.published, origin: "Coastal Wire",
                                     isSummaryOnly: article.metadata.isSummaryOnly) { article }
            entry.webAddress = Self.feedURL
            if article.metadata.isSummaryOnly { entry.fullStoryURL = link }
            return entry
        }
    }

    func app(_ entries: [LibraryEntry], width: Int = 100, height: Int = 24) -> ReaderApp {
        ReaderApp(state: AppState(entries: entries, size: Size(width: width, height: height)), theme: ThemeLoader.standard)
    }

    func press(_ app: ReaderApp, _ names: String...) -> Effect {
        var effect = Effect.none
        for name in names { effect = app.send(.keyPressed(Key(name: name)!)) }
        return effect
    }

    func statusRow(_ app: ReaderApp) -> String {
        let rows = app.render().lines
        return String(rows[rows.count - 1].reversed().drop { $0 == " " }.reversed())
    }

    func fullDamStory() throws -> Article {
        var article = try ArticleReader().read(
            text: "Dam vote delayed\n\nNorway put off the vote on the river dam after Sweden objected to the plan.\n", source: Self.feedURL + "#2")
        article.metadata = ArticleMetadata(url: Self.damURL, published: "2024-03-04T08:00:00Z", site: "River Post", feedTitle: "Coastal Wire")
        return article
    }

    @Test("Enter on a summary asks for its page, shows the summary meanwhile and says so in the status line")
    func openingASummaryFetchesItsPage() throws {
        let app = app(try feedEntries())
        #expect(press(app, "j", "Enter") == .loadFullStory(key: Self.damURL))
        #expect(app.state.mode == .article)
        #expect(app.render().lines[1].hasPrefix(" Dam vote delayed "))
        #expect(app.render().lines[4].hasPrefix(" Ministers put off the vote on the river dam."))
        #expect(statusRow(app) == " Fetching the full story from \(Self.damURL)                       all  2/2  ? help")
        // Keys still work while it loads; their messages come and go, the activity stays.
        #expect(press(app, "=") == .none)
        #expect(statusRow(app).hasPrefix(" Dam vote delayed: lines 1-"))
        #expect(press(app, "Tab") == .none)
        #expect(statusRow(app).hasPrefix(" Fetching the full story from \(Self.damURL) "))
        // Progress replaces the text; a second Enter does not ask again.
        app.send(.progressed(id: Self.damURL, text: "Fetching the full story from \(Self.damURL): 16 KB"))
        #expect(statusRow(app).hasPrefix(" Fetching the full story from \(Self.damURL): 16 KB "))
        #expect(press(app, "Esc", "Enter") == .none)
    }

    @Test("The page read replaces the summary, and the status line says so")
    func fullStoryArrives() throws {
        let app = app(try feedEntries())
        _ = press(app, "j", "Enter", "z")
        app.send(.fullStoryLoaded(key: Self.damURL, article: try fullDamStory()))
        let rows = app.render().lines
        #expect(rows[0] == " Dam vote delayed")
        #expect(rows[1] == " 2024-03-04 · River Post")
        #expect(rows[3].hasPrefix(" Norway put off the vote on the river dam after Sweden objected to the plan."))
        #expect(statusRow(app) == " Full story read from its page                                                     all  2/2  ? help")
        #expect(app.state.view?.zoomed == true)
        #expect(app.state.entries[1].isSummaryOnly == false)
        #expect(app.state.entries[1].fullStoryURL == nil)
        #expect(app.state.entries[1].isRead)
        #expect(app.state.activities.isEmpty)
        // The matrix and actors follow the new text.
        _ = press(app, "z")
        #expect(app.render().lines.contains { $0.contains("C 1 Norway") })
        // Opened again, nothing is fetched.
        #expect(press(app, "Esc", "Enter") == .none)
    }

    @Test("A page that cannot be fetched leaves the summary and one line saying why")
    func fullStoryFails() throws {
        let app = app(try feedEntries())
        _ = press(app, "j", "Enter")
        app.send(.fullStoryFailed(key: Self.damURL, reason: "HTTP 404 Not Found"))
        #expect(statusRow(app) == " Full story not fetched (HTTP 404 Not Found): showing the summary                  all  2/2  ? help")
        #expect(app.render().lines[4].hasPrefix(" Ministers put off the vote on the river dam."))
        #expect(app.state.activities.isEmpty)
        // Opening it again tries again.
        #expect(press(app, "Esc", "Enter") == .loadFullStory(key: Self.damURL))
    }

    @Test("A result for an item the user has left is kept, and shown when it is opened")
    func resultWhileElsewhere() throws {
        let app = app(try feedEntries())
        _ = press(app, "j", "Enter", "Esc", "k", "Enter")
        app.send(.fullStoryLoaded(key: Self.damURL, article: try fullDamStory()))
        #expect(app.state.view?.articleIndex == 0)
        #expect(app.state.message == nil)
        #expect(press(app, "Esc", "j", "Enter") == .none)
        #expect(app.render().lines[4].hasPrefix(" Norway put off the vote on the river dam"))
    }

    @Test("r in the library reloads once at a time, with its progress in the status line")
    func reloadKey() throws {
        let app = app(try feedEntries())
        #expect(statusRow(app) == " Parley: 2 articles  Enter open  r reload                                                    ? help")
        #expect(press(app, "r") == .reload)
        #expect(statusRow(app) == " Reloading...                                                                                ? help")
        app.send(.progressed(id: Activity.reloadID, text: "Reloading \(Self.feedURL): 16 KB"))
        #expect(statusRow(app).hasPrefix(" Reloading \(Self.feedURL): 16 KB "))
        #expect(press(app, "r") == .none)
        #expect(statusRow(app).hasPrefix(" Already reloading "))
        app.send(.libraryReloaded(entries: [], note: "Reloaded: not modified since the last fetch"))
        #expect(statusRow(app).hasPrefix(" Reloaded: not modified since the last fetch "))
        #expect(app.state.entries.count == 2)
        #expect(press(app, "r") == .reload)
    }

    @Test("A reload keeps read marks and the cursor by key; with an article open it waits for Esc")
    func reloadMergesByKey() throws {
        let app = app(try feedEntries())
        _ = press(app, "j", "Enter", "Esc")
        #expect(press(app, "r") == .reload)
        _ = press(app, "Enter")
        var fresh = try feedEntries()
        var newest = LibraryEntry(article: try ArticleReader().read(text: Fixtures.tariffs, source: Self.feedURL + "#1"))
        newest.key = "http://127.0.0.1:8080/tariffs.html"
        newest.webAddress = Self.feedURL
        fresh.insert(newest, at: 0)
        app.send(.libraryReloaded(entries: fresh, note: "Reloaded: 3 articles, 1 new"))
        #expect(app.state.mode == .article)
        #expect(app.state.entries.count == 2)
        #expect(statusRow(app).hasPrefix(" Reloaded: 3 articles, 1 new (shown on Esc) "))
        _ = press(app, "Esc")
        #expect(app.state.entries.map(\.key) == ["http://127.0.0.1:8080/tariffs.html", "http://127.0.0.1:8080/fishing.html", Self.damURL])
        #expect(app.state.entries.map(\.isRead) == [false, false, true])
        #expect(app.state.libraryCursor == 2)
        #expect(app.render().lines[0] == " Library 3 articles, 2 unread")
    }

    @Test("r elsewhere says what it does")
    func reloadElsewhere() throws {
        let plain = LibraryEntry(article: try ArticleReader().read(text: Fixtures.fishing, source: "story.txt"))
        let files = app([plain, LibraryEntry(article: try ArticleReader().read(text: Fixtures.tariffs, source: "tariffs.txt"))])
        #expect(press(files, "r") == .none)
        #expect(files.state.message == "Nothing to reload: r fetches again the feeds and pages opened by URL")
        let feed = app(try feedEntries())
        #expect(press(feed, "Enter", "r") == .none)
        #expect(feed.state.message == "r reloads the library: Esc goes back to it")
    }

    @Test("A single summary opened at once has its page fetched from the first frame")
    func singleSummaryAtStart() throws {
        let app = app([try feedEntries()[1]])
        #expect(app.send(.started) == .loadFullStory(key: Self.damURL))
        #expect(app.send(.started) == .none)
        let plain = self.app([LibraryEntry(article: try ArticleReader().read(text: Fixtures.fishing, source: "story.txt"))])
        #expect(plain.send(.started) == .none)
    }
}
