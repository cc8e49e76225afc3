import ArticleModel
import Foundation
import Store
import Testing

@Suite("Library store")
struct LibraryStoreTests {
    @Test("An added article reads back exactly as the model analysed it, without analysing again")
    func roundTrip() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listed = try store.articles()
        #expect(listed.count == 3)
        let levy = try #require(listed.first { $0.title == "Coal levy divides Warsaw and Brussels" })
        let expected = StoreFixtures.analyse(try StoreFixtures.prepared(StoreFixtures.levy), levy.source)
        var analysed = 0
        let stored = try store.article(id: levy.id) { prepared, source in
            analysed += 1
            return StoreFixtures.analyse(prepared, source)
        }
        #expect(analysed == 0)
        #expect(stored == expected)
        #expect(!stored.actors.isEmpty)
        #expect(!stored.stances.isEmpty)
    }

    @Test("A new model version analyses again once, and stores the new analysis")
    func modelVersionChange() throws {
        let (store, folder) = try StoreFixtures.library(version: "model-1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let newer = try LibraryStore(path: store.path, modelVersion: "model-2")
        let id = try #require(try newer.articles().first?.id)
        var analysed = 0
        let count: (PreparedArticle, String) -> Article = { prepared, source in
            analysed += 1
            return StoreFixtures.analyse(prepared, source)
        }
        let first = try newer.article(id: id, analyse: count)
        let second = try newer.article(id: id, analyse: count)
        #expect(analysed == 1)
        #expect(first == second)
        // The old version's analysis is gone, so the file does not grow with every model.
        var again = 0
        _ = try store.article(id: id) { prepared, source in
            again += 1
            return StoreFixtures.analyse(prepared, source)
        }
        #expect(again == 1)
    }

    @Test("Adding a source again: unchanged content is left alone, changed content replaces it and keeps the read mark")
    func addingAgain() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("a.txt").path
        let id = try #require(try store.articles().first { $0.source == source }?.id)
        try store.setRead(id, true)
        var analysed = 0
        let same = try store.add([Addition(source: source, prepared: try StoreFixtures.prepared(StoreFixtures.levy))]) { prepared, source in
            analysed += 1
            return StoreFixtures.analyse(prepared, source)
        }
        #expect(same == [.unchanged])
        #expect(analysed == 0)
        let edited = StoreFixtures.levy.replacingOccurrences(of: "Germany supports the levy.", with: "Germany opposes the levy.")
        let changed = try store.add([Addition(source: source, prepared: try StoreFixtures.prepared(edited))], analyse: StoreFixtures.analyse)
        #expect(changed == [.updated])
        let listed = try store.articles()
        #expect(listed.count == 3)
        let row = try #require(listed.first { $0.source == source })
        #expect(row.id == id && row.isRead)
        #expect(try store.article(id: id, analyse: StoreFixtures.analyse).text.contains("Germany opposes the levy."))
    }

    @Test("The same content under two sources is one document, analysed once")
    func sharedContent() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        var analysed = 0
        let outcome = try store.add([Addition(source: "https://example.org/levy", prepared: try StoreFixtures.prepared(StoreFixtures.levy))]) { prepared, source in
            analysed += 1
            return StoreFixtures.analyse(prepared, source)
        }
        #expect(outcome == [.added])
        #expect(analysed == 0)
        #expect(try store.articleCount == 4)
    }

    @Test("Read and flag marks last across opening the library again")
    func marksPersist() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = try store.articles().map(\.id)
        try store.setRead(ids[0], true)
        try store.setFlagged(ids[1], true)
        let reopened = try LibraryStore(path: store.path, modelVersion: "test-model")
        let listed = try reopened.articles()
        #expect(listed.map(\.isRead) == [true, false, false])
        #expect(listed.map(\.isFlagged) == [false, true, false])
    }

    @Test("The list is newest first: published dates, else when added, in the order added")
    func order() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try PreparedArticle(title: "An old story", paragraphs: ["Norway signed it."], captions: [],
                                      metadata: ArticleMetadata(url: "https://example.org/old", published: "2001-02-03T04:05:06Z"))
        let future = try PreparedArticle(title: "A story from the future", paragraphs: ["Iceland signed it."], captions: [],
                                         metadata: ArticleMetadata(url: "https://example.org/new", published: "2999-01-01T00:00:00Z"))
        _ = try store.add([Addition(source: "https://example.org/old", prepared: old), Addition(source: "https://example.org/new", prepared: future)],
                          analyse: StoreFixtures.analyse)
        #expect(try store.articles().map(\.title) == [
            "A story from the future", "Coal levy divides Warsaw and Brussels", "Harbour treaty signed after long talks",
            "River dam plan angers farmers", "An old story",
        ])
    }
}
