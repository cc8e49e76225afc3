import ArticleModel
import Foundation
import Store

/// Invented articles and temporary libraries for the store tests.
enum StoreFixtures {
    static let reader = ArticleReader()

    static let levy = """
        Coal levy divides Warsaw and Brussels

        Poland has vowed to block a European Commission plan for a levy on coal-fired power. Germany supports the levy.

        Polish Prime Minister Tomasz Brzeg rejected the plan, and said the levy was unfair.
        """

    static let harbour = """
        Harbour treaty signed after long talks

        Norway and Iceland signed a treaty on shared harbours. Norway welcomed the treaty as a fair deal for fishing towns.

        Officials in Reykjavik said the harbour fees would fall next year.
        """

    static let dam = """
        River dam plan angers farmers

        Farmers in the valley oppose a new dam on the river. The regional government backs the dam and says it will bring power.

        A levy on water was not mentioned in the plan.
        """

    static func prepared(_ text: String) throws -> PreparedArticle {
        try PreparedArticle(text: text)
    }

    static func analyse(_ prepared: PreparedArticle, _ source: String) -> Article {
        reader.analyse(prepared, source: source)
    }

    /// A new folder under the temporary directory; removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A library in a new folder, with the three articles added as files a.txt, b.txt, c.txt.
    static func library(version: String = "test-model") throws -> (store: LibraryStore, folder: URL) {
        let folder = try folder()
        let store = try LibraryStore(path: folder.appendingPathComponent("library.sqlite").path, modelVersion: version)
        let items = try [(levy, "a.txt"), (harbour, "b.txt"), (dam, "c.txt")].map {
            Addition(source: folder.appendingPathComponent($0.1).path, prepared: try prepared($0.0))
        }
        _ = try store.add(items, analyse: analyse)
        return (store, folder)
    }
}
