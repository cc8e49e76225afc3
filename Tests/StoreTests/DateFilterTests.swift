import ArticleModel
import Foundation
import Store
import Testing

/// `since:` and `until:` list the articles of a stretch of time, by the library's date.
@Suite("Library search by date")
struct DateFilterTests {
    /// Five articles published at the edges of months and years (the last one a file's time).
    func datedLibrary() throws -> (store: LibraryStore, folder: URL) {
        let folder = try StoreFixtures.folder()
        let store = try LibraryStore(path: folder.appendingPathComponent("library.sqlite").path, modelVersion: "test-model")
        let dates = ["2023-12-31T23:59:59Z", "2024-01-01T00:00:00Z", "2024-02-29T12:00:00Z", "2024-03-01T00:00:00Z"]
        var items = try dates.enumerated().map { number, date in
            Addition(source: "https://news.example.org/\(number)",
                     prepared: try PreparedArticle(title: "Levy story \(date.prefix(10))", paragraphs: ["Poland rejects the levy, story \(number)."], captions: [],
                                                   metadata: ArticleMetadata(url: "https://news.example.org/\(number)", published: date)))
        }
        items.append(Addition(source: folder.appendingPathComponent("file.txt").path, prepared: try StoreFixtures.prepared(StoreFixtures.harbour),
                              date: "2025-06-15T08:00:00Z"))
        _ = try store.add(items, analyse: StoreFixtures.analyse)
        return (store, folder)
    }

    func titles(_ store: LibraryStore, _ query: String) throws -> [String] {
        try store.search(LibraryQuery(parsing: query)).map(\.article.title)
    }

    @Test("since: from the first instant of a year, month or day; until: to its last; newest first; with words and counts")
    func sinceAndUntil() throws {
        let (store, folder) = try datedLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try titles(store, "since:2024") == [
            "Harbour treaty signed after long talks", "Levy story 2024-03-01", "Levy story 2024-02-29", "Levy story 2024-01-01",
        ])
        #expect(try titles(store, "until:2024-02") == ["Levy story 2024-02-29", "Levy story 2024-01-01", "Levy story 2023-12-31"])
        #expect(try titles(store, "until:2023") == ["Levy story 2023-12-31"])
        #expect(try titles(store, "since:2024-02-29 until:2024-02-29") == ["Levy story 2024-02-29"])
        #expect(try titles(store, "since:2024-03-02 until:2025-06-14").isEmpty)
        #expect(try titles(store, "since:2025-06-15") == ["Harbour treaty signed after long talks"])
        // Several narrow: the latest since, the earliest until.
        #expect(try titles(store, "since:2023 since:2024-02 until:2025 until:2024-02-29") == ["Levy story 2024-02-29"])
        // With words the dates filter the ranked hits.
        #expect(try titles(store, "levy since:2024-01-01 until:2024-01") == ["Levy story 2024-01-01"])
        #expect(try store.count(LibraryQuery(parsing: "levy until:2024-02")) == 3)
        let ids = try store.articleIDs(matching: LibraryQuery(parsing: "since:2023-12-31 until:2024-01-01"))
        #expect(try ids.map { id in try store.articles().first { $0.id == id }!.title } == ["Levy story 2023-12-31", "Levy story 2024-01-01"])
    }

    @Test("A date that is not one is the query's problem, named in one line")
    func badDates() {
        #expect(LibraryQuery(parsing: "since:2024-02-29").since == "2024-02-29")
        #expect(LibraryQuery(parsing: "levy until:2024").until == "2024")
        #expect(LibraryQuery(parsing: "levy until:2024").problem == nil)
        for (text, problem) in [
            ("since:2024-13", "since:2024-13: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("levy until:2023-02-29", "until:2023-02-29: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("since:24", "since:24: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("since:2024-1-5", "since:2024-1-5: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("since:yesterday until:2024-04-31", "since:yesterday: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ] {
            #expect(LibraryQuery(parsing: text).problem == problem, "\(text)")
        }
    }
}
