import ArticleModel
import Reader
import Synchronization
import Testing

@Suite("Article loader")
struct ArticleLoaderTests {
    /// Counts how often the loader reads the article.
    final class Counter: Sendable {
        let loads = Mutex(0)
    }

    @Test("A prefetched article is analysed once, on another thread, and then shared")
    func prefetchLoadsOnce() throws {
        let counter = Counter()
        let expected = try ArticleReader().read(text: Fixtures.fishing, source: "fishing.txt")
        let loader = ArticleLoader {
            counter.loads.withLock { $0 += 1 }
            return try! ArticleReader().read(text: Fixtures.fishing, source: "fishing.txt")
        }
        loader.prefetch()
        let first = loader.article
        let second = loader.article
        #expect(counter.loads.withLock { $0 } == 1)
        #expect(first.actors.map(\.name) == expected.actors.map(\.name))
        #expect(first.stances.count == expected.stances.count)
        #expect(second.actors.map(\.name) == first.actors.map(\.name))
    }

    @Test("Prefetching an article that is already there does nothing")
    func prefetchOfLoadedArticle() throws {
        let article = try ArticleReader().read(text: Fixtures.tariffs, source: "tariffs.txt")
        let loader = ArticleLoader(article: article)
        loader.prefetch()
        #expect(loader.article.title == "Steel tariff row deepens")
    }
}
