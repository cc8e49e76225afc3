import ArticleModel
import Foundation
import Store
import Testing

@Suite("Library search")
struct SearchTests {
    func titles(_ hits: [SearchHit]) -> [String] { hits.map(\.article.title) }

    @Test("Words must all be found; a title match ranks first; the snippet marks the match")
    func wordsAndRanking() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let levy = try store.search(LibraryQuery(parsing: "levy"))
        #expect(titles(levy) == ["Coal levy divides Warsaw and Brussels", "River dam plan angers farmers"])
        let hit = levy[1]
        #expect(hit.snippet.contains("A levy on water"))
        #expect(hit.matches.map { String(Array(hit.snippet.unicodeScalars)[$0].map(Character.init)) } == ["levy"])
        #expect(titles(try store.search(LibraryQuery(parsing: "levy farmers"))) == ["River dam plan angers farmers"])
        #expect(try store.search(LibraryQuery(parsing: "levy treaty")).isEmpty)
    }

    @Test("Prefixes and phrases")
    func prefixAndPhrase() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(titles(try store.search(LibraryQuery(parsing: "harb*"))) == ["Harbour treaty signed after long talks"])
        #expect(try store.search(LibraryQuery(parsing: "harb")).isEmpty)
        #expect(titles(try store.search(LibraryQuery(parsing: "\"levy on water\""))) == ["River dam plan angers farmers"])
        #expect(try store.search(LibraryQuery(parsing: "\"water levy\"")).isEmpty)
    }

    @Test("Filters: actor, issue, unread, flagged; text that looks like FTS5 syntax is only text")
    func filters() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(titles(try store.search(LibraryQuery(parsing: "actor:Norway"))) == ["Harbour treaty signed after long talks"])
        #expect(titles(try store.search(LibraryQuery(parsing: "actor:Pol"))) == ["Coal levy divides Warsaw and Brussels"])
        let levyID = try #require(try store.articles().first { $0.title.hasPrefix("Coal") }?.id)
        let article = try store.article(id: levyID, analyse: StoreFixtures.analyse)
        let issue = try #require(article.issues.first?.label.split(separator: " ").first.map(String.init))
        #expect(titles(try store.search(LibraryQuery(parsing: "issue:\(issue)"))).contains("Coal levy divides Warsaw and Brussels"))
        try store.setRead(levyID, true)
        #expect(titles(try store.search(LibraryQuery(parsing: "levy unread"))) == ["River dam plan angers farmers"])
        #expect(try store.search(LibraryQuery(parsing: "unread")).count == 2)
        try store.setFlagged(levyID, true)
        #expect(titles(try store.search(LibraryQuery(parsing: "flagged"))) == ["Coal levy divides Warsaw and Brussels"])
        for hostile in ["\"", "levy OR", "NEAR(", "title:levy", "*", "a AND", "-levy", "^levy", "levy\"s"] {
            _ = try store.search(LibraryQuery(parsing: hostile))
        }
    }

    @Test("feed: and tag: filter by the feed's title, address and tags")
    func feedFilters() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = try store.subscribe([FeedSubscription(url: "https://news.example.org/rss", tags: ["europe", "energy"], title: "Example News")])
        let feed = try #require(feeds.first)
        let item = try PreparedArticle(title: "Levy vote delayed", paragraphs: ["The vote on the levy was put off."], captions: [],
                                       metadata: ArticleMetadata(url: "https://news.example.org/1", published: "2026-01-01T00:00:00Z"))
        _ = try store.add([Addition(source: "https://news.example.org/1", prepared: item, feedID: feed.id)], analyse: StoreFixtures.analyse)
        #expect(titles(try store.search(LibraryQuery(parsing: "levy feed:example"))) == ["Levy vote delayed"])
        #expect(titles(try store.search(LibraryQuery(parsing: "tag:Energy"))) == ["Levy vote delayed"])
        #expect(try store.search(LibraryQuery(parsing: "tag:sport")).isEmpty)
        #expect(try store.articles().first { $0.title == "Levy vote delayed" }?.origin == "Example News")
    }

    @Test("Query parsing")
    func parsing() {
        let query = LibraryQuery(parsing: #"actor:"Zofia Kowalczyk" issue:levy coal* "carbon tax" feed:bbc tag:uk unread flagged http://x"#)
        #expect(query.actors == ["Zofia Kowalczyk"])
        #expect(query.issues == ["levy"])
        #expect(query.feeds == ["bbc"])
        #expect(query.tags == ["uk"])
        #expect(query.unreadOnly && query.flaggedOnly)
        #expect(query.terms == [.init(words: ["coal"], prefix: true), .init(words: ["carbon", "tax"], prefix: false), .init(words: ["http", "x"], prefix: false)])
        #expect(LibraryQuery(parsing: "  ").isEmpty)
    }
}
