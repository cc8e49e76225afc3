import ArticleModel
import Corrections
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GRDB

extension LibraryStore {
    /// Many articles as `correctedArticle(id:)` gives each, with their ids in the order of `ids`, read together:
    /// every cached analysis and every correction in one read, instead of two queries an article.
    /// What the matrix across a library and its exports start from. An article whose analysis
    /// is missing or of another model version is analysed with `analyse` (and stored) as
    /// `article(id:)` does; an id no longer in the library is left out.
    public func correctedArticles(ids: [Int64], applier: CorrectionApplier = CorrectionApplier(),
                                  analyse: (PreparedArticle, String) -> Article) throws(LibraryError) -> [(id: Int64, article: CorrectedArticle)] {
        guard !ids.isEmpty else { return [] }
        let version = modelVersion
        var position: [Int64: Int] = [:]
        position.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() where position[id] == nil { position[id] = index }
        var found = [(article: Article, hash: String)?](repeating: nil, count: ids.count)
        let corrections = try read { db -> [StoredCorrection] in
            let corrections = try Row.fetchAll(db, sql: "SELECT id, source, contentHash, kind, fields, sentences, decidedAt FROM correction ORDER BY id")
                .compactMap(Self.stored)
            // The ids are integers: written into the statement, they need no binding.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.articleColumns), a.id, d.contentHash, n.data
                FROM article a JOIN document d ON d.id = a.documentId LEFT JOIN feed f ON f.id = a.feedId
                JOIN analysis n ON n.documentId = d.id AND n.modelVersion = ?
                WHERE a.id IN (\(ids.map(String.init).joined(separator: ",")))
                """, arguments: [version])
            while let row = try rows.next() {
                guard let index = position[row[12]], let shell = Self.articleWithoutAnalysis(row) else { continue }
                var article = shell.article
                // The blob is decoded where SQLite holds it, without a copy.
                let decoded = try row.withUnsafeData(atIndex: 14) { data in
                    data?.withUnsafeBytes { AnalysisCoding.decode($0, into: &article, textLength: shell.length) } ?? false
                }
                if decoded { found[index] = (article, row[13]) }
            }
            return corrections
        }
        var result: [(id: Int64, article: CorrectedArticle)] = []
        result.reserveCapacity(ids.count)
        // As corrections(forArticle:): those across the library and those made in an article,
        // found by its content or its source, in the order made. Most articles have only the first.
        let acrossLibrary = corrections.filter(\.isAcrossLibrary).map(\.correction)
        let ownHashes = Set(corrections.compactMap(\.correction.article)), ownSources = Set(corrections.compactMap(\.source))
        for (index, id) in ids.enumerated() {
            guard let (article, hash) = found[position[id] ?? index].take() else {
                // Not analysed under this model (or unreadable): the one-by-one way analyses it.
                do {
                    result.append((id, try correctedArticle(id: id, applier: applier, analyse: analyse)))
                } catch where error.kind == .other {
                    continue
                }
                continue
            }
            guard ownHashes.contains(hash) || ownSources.contains(article.source) else {
                result.append((id, applier.apply(acrossLibrary, to: article, contentHash: hash)))
                continue
            }
            let relevant = corrections.filter { $0.isAcrossLibrary || $0.correction.article == hash || $0.source == article.source }
                .map { $0.correction(forContent: hash) }
            result.append((id, applier.apply(relevant, to: article, contentHash: hash)))
        }
        return result
    }
}
