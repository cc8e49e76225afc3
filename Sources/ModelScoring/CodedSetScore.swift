import ArticleModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A folder of coded articles scored against Parley's model of each, read from the corpus.
public struct CodedSetScore: Sendable {
    /// One article's coding, its score and what went wrong.
    public struct Item: Sendable {
        public var coded: CodedArticle
        public var score: ArticleScore
        public var details: ArticleScorer.Details
    }

    public var items: [Item]
    public var total: ArticleScore { items.reduce(ArticleScore()) { $0 + $1.score } }

    /// Reads every coded article in `folder`, analyses its file under `corpus` with `reader`
    /// and scores it. An article that cannot be read scores as an empty model.
    public init(folder: String, corpus: String, reader: ArticleReader = ArticleReader()) throws {
        items = try CodedArticle.load(folder: folder).map { coded in
            let path = corpus + "/" + coded.file
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            let article = (try? reader.read(bytes: bytes, source: coded.file))
                ?? Article(source: coded.file, title: "", captions: [], text: "", paragraphs: [], sentences: [])
            let (score, details) = ArticleScorer(coded: coded, article: article).score()
            return Item(coded: coded, score: score, details: details)
        }
    }

    /// Missed coded stances grouped by construction, largest group first.
    public var missesByConstruction: [(construction: String, misses: [(file: String, stance: CodedArticle.CodedStance)])] {
        var groups: [String: [(file: String, stance: CodedArticle.CodedStance)]] = [:]
        for item in items {
            for stance in item.details.missedStances {
                groups[stance.construction ?? "untagged", default: []].append((item.coded.file, stance))
            }
        }
        return groups.map { ($0.key, $0.value) }.sorted { ($0.misses.count, $1.construction) > ($1.misses.count, $0.construction) }
    }
}
