import ArticleModel
import TerminalCore
import Testing
@testable import Reader

/// A library service that keeps marks in memory and answers searches from a fixed table: the
/// reader's side of a stored library, drawn exactly. (The real store is driven end to end by
/// the tmux and command tests.)
final class RecordingLibrary: LibraryService {
    var reads: [(Int64, Bool)] = []
    var flags: [(Int64, Bool)] = []
    var searches: [String] = []
    var hits: [LibraryHit] = []
    var refusal: String?

    func setRead(_ id: Int64, _ isRead: Bool) -> String? {
        reads.append((id, isRead))
        return refusal
    }

    func setFlagged(_ id: Int64, _ isFlagged: Bool) -> String? {
        flags.append((id, isFlagged))
        return refusal
    }

    func search(_ query: String, limit: Int) -> Result<(hits: [LibraryHit], total: Int), LibraryServiceError> {
        searches.append(query)
        return .success((Array(hits.prefix(limit)), hits.count))
    }
}

@Suite("Stored library screens")
struct StoredLibraryScreenTests {
    static func entries() throws -> [LibraryEntry] {
        let reader = ArticleReader()
        let texts = [(Fixtures.fishing, "Nordic Wire", ["nordic", "fish"]), (Fixtures.tariffs, "Trade Daily", ["trade"]), (Fixtures.council, "Nordic Wire", ["nordic"])]
        return try texts.enumerated().map { index, item in
            var entry = LibraryEntry(article: try reader.read(text: item.0, source: "test-\(index).txt"))
            entry.id = Int64(index + 1)
            entry.published = "2026-0\(3 - index)-01T00:00:00Z"
            entry.origin = item.1
            entry.tags = item.2
            entry.feedID = Int64(item.1.count)
            return entry
        }
    }

    func harness(_ library: RecordingLibrary, entries: [LibraryEntry]? = nil) throws -> ReaderApp {
        ReaderApp(state: AppState(entries: try entries ?? Self.entries(), size: Size(width: 80, height: 24), isStoredLibrary: true),
                  theme: ThemeLoader.standard, library: library)
    }

    func press(_ app: ReaderApp, _ names: String...) {
        for name in names { app.send(.keyPressed(Key(name: name)!)) }
    }

    func type(_ app: ReaderApp, _ text: String) {
        for character in text { app.send(.keyPressed(.character(character))) }
    }

    @Test("One stored article still opens on the list; u and f mark it and are saved")
    func marks() throws {
        let library = RecordingLibrary()
        let app = try harness(library, entries: [try Self.entries()[1]])
        #expect(app.state.mode == .library)
        #expect(Array(app.render().lines.prefix(2)) == [
            " Library 1 article, 1 unread",
            " ● Steel tariff row deepens                             2026-02-01  Trade Daily",
        ])
        press(app, "u", "f")
        #expect(library.reads.map(\.1) == [true])
        #expect(library.flags.map(\.1) == [true])
        #expect(app.render().lines[1] == "!  Steel tariff row deepens                             2026-02-01  Trade Daily")
        #expect(app.render().lines[23] == " Flagged                                                                 ? help")
        library.refusal = "Read-only library: the read mark lasts until you quit"
        press(app, "u")
        #expect(app.render().lines[1].hasPrefix("!● Steel"))
        #expect(app.state.message == "Read-only library: the read mark lasts until you quit")
        press(app, "Esc", "Enter")
        #expect(app.state.mode == .article)
        #expect(library.reads.map(\.1) == [true, false, true])
    }

    @Test("/ searches the whole library: hits with their snippets, Enter opens one, Esc goes back to the hits and then the list")
    func search() throws {
        let library = RecordingLibrary()
        library.hits = [LibraryHit(id: 3, snippet: "…Finland opposes the naval blockade…", matches: [21..<28]), LibraryHit(id: 1, snippet: "", matches: [])]
        let app = try harness(library)
        press(app, "/")
        type(app, "naval actor:Finland")
        press(app, "Enter")
        #expect(library.searches == ["naval actor:Finland"])
        let screen = app.render()
        #expect(Array(screen.lines.prefix(5)) == [
            " Search naval actor:Finland: 2 articles",
            " ● Council divided over Kestrel resolution              2026-01-01  Nordic Wire",
            "     …Finland opposes the naval blockade…",
            " ● Ministers split over fishing deal                    2026-03-01  Nordic Wire",
            "",
        ])
        // The matched word is drawn as a search match.
        #expect(screen[26, 2].style == ThemeLoader.standard[.searchMatch])
        #expect(screen[20, 2].style == ThemeLoader.standard[.muted])
        press(app, "j", "Enter")
        #expect(app.state.view?.articleIndex == 0)
        press(app, "Esc")
        #expect(app.render().lines[0].hasPrefix(" Search naval actor:Finland: 2 articles"))
        press(app, "Esc")
        #expect(app.render().lines[0].hasPrefix(" Library 3 articles, 2 unread"))
        #expect(app.state.message == "Search \"naval actor:Finland\" closed: the whole library")
    }

    @Test("v arranges the list by feed, then by tag, with unread counts under each heading")
    func grouping() throws {
        let app = try harness(RecordingLibrary())
        press(app, "v")
        #expect(Array(app.render().lines.prefix(6)) == [
            " Library 3 articles, 3 unread, by feed",
            " Nordic Wire                                                      2 unread of 2",
            " ● Ministers split over fishing deal                    2026-03-01  Nordic Wire",
            " ● Council divided over Kestrel resolution              2026-01-01  Nordic Wire",
            " Trade Daily                                                      1 unread of 1",
            " ● Steel tariff row deepens                             2026-02-01  Trade Daily",
        ])
        press(app, "v")
        #expect(app.state.listedEntries == [0, 0, 2, 1])
        press(app, "j", "Enter", "Esc")
        // The second row under "nordic" is the article of the first under "fish": both read now.
        #expect(app.render().lines[1] == " fish                                                             0 unread of 1")
        #expect(app.render().lines[3] == " nordic                                                           1 unread of 2")
        press(app, "v")
        #expect(app.state.libraryGrouping == .date)
    }

    @Test("r and R refresh in the background: one feed or every feed, one at a time; the new list keeps the cursor's article")
    func refresh() throws {
        let library = RecordingLibrary()
        var entries = try Self.entries()
        entries[1].feedID = nil
        let app = try harness(library, entries: entries)
        press(app, "j")
        #expect(app.send(.keyPressed(.character("r"))) == .none)
        #expect(app.state.message == "This article is from no feed: R refreshes every feed")
        press(app, "k")
        #expect(app.send(.keyPressed(.character("r"))) == .refreshFeeds(feed: 11))
        #expect(app.state.activityText == "Refreshing the feed...")
        #expect(app.send(.keyPressed(.character("R"))) == .none)
        #expect(app.state.message == "Already refreshing")
        app.send(.libraryReloaded(entries: [], note: "fetched 1 feed: HTTP 404 Not Found"))
        #expect(app.state.activityText == nil)
        #expect(app.state.message == "fetched 1 feed: HTTP 404 Not Found")
        #expect(app.state.entries.count == 3)

        press(app, "j", "j")
        #expect(app.send(.keyPressed(.character("R"))) == .refreshFeeds(feed: nil))
        #expect(app.state.activityText == "Refreshing every feed...")
        // The refreshed library: a new article first; the cursor stays on the third article.
        let reader = ArticleReader()
        var fresh = LibraryEntry(article: try reader.read(text: "Harbour news\n\nNorway met Sweden.\n", source: "new.txt"))
        fresh.id = 4
        fresh.key = "new"
        fresh.published = "2026-04-01T00:00:00Z"
        app.send(.libraryReloaded(entries: [fresh] + entries, note: "fetched 2 feeds: 1 new article"))
        #expect(app.state.activityText == nil)
        #expect(app.state.message == "fetched 2 feeds: 1 new article")
        #expect(app.state.entries.map(\.id) == [4, 1, 2, 3])
        #expect(app.state.libraryCursor == 3)
    }

    @Test("Without a stored library, / in the list keeps the titles that contain the words")
    func titleFilter() throws {
        let reader = ArticleReader()
        let entries = try [Fixtures.fishing, Fixtures.tariffs].enumerated().map { LibraryEntry(article: try reader.read(text: $1, source: "t\($0).txt")) }
        let app = ReaderApp(state: AppState(entries: entries, size: Size(width: 80, height: 24)), theme: ThemeLoader.standard)
        press(app, "/")
        type(app, "STEEL")
        press(app, "Enter")
        #expect(app.state.listedEntries == [1])
        #expect(app.render().lines[0].hasPrefix(" Search STEEL: 1 article"))
        press(app, "u")
        #expect(app.state.entries[1].isRead)
    }
}
