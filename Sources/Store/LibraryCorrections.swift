import ArticleModel
import Corrections
import GRDB

/// A correction as the library keeps it: its place in the order made and the article it was
/// made in.
public struct StoredCorrection: Sendable, Equatable {
    public var id: Int64
    /// The source of the article it was made in; nil for a decision across the library.
    public var source: String?
    public var correction: Correction

    /// Whether it holds across the library, made in no article.
    var isAcrossLibrary: Bool { correction.article == nil && source == nil }

    /// The decision as it applies to the article whose content hash is now `hash`: one made in
    /// an earlier version of its text is tied to the text as it is, to find its sentence again
    /// or become an orphan.
    func correction(forContent hash: String) -> Correction {
        var tied = correction
        if tied.article != nil { tied.article = hash }
        return tied
    }
}

extension LibraryStore {
    /// Records one decision in a transaction of its own: once this returns it is on disk, and a
    /// kill afterwards loses nothing. `article` is the library id of the article it was made in
    /// (nil for a decision about an actor or an issue across the library); the correction is
    /// tied to that article's current content hash.
    @discardableResult
    public func record(_ correction: Correction, article: Int64?) throws(LibraryError) -> StoredCorrection {
        let (kind, fields) = CorrectionCoding.encode(correction.action)
        let sentences = CorrectionCoding.joinSentences(correction.sentences)
        return try write { db in
            var tied = correction
            var source: String?
            if let article {
                guard let row = try Row.fetchOne(db, sql: "SELECT a.source, d.contentHash FROM article a JOIN document d ON d.id = a.documentId WHERE a.id = ?",
                                                 arguments: [article]) else {
                    throw LibraryError(path: path, kind: .other, reason: "article \(article) is no longer in the library")
                }
                source = row[0]
                tied.article = row[1]
            } else {
                tied.article = nil
            }
            try db.execute(sql: "INSERT INTO correction (contentHash, source, kind, fields, sentences, decidedAt) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [tied.article, source, kind, fields, sentences, correction.decidedAt])
            return StoredCorrection(id: db.lastInsertedRowID, source: source, correction: tied)
        }
    }

    /// Every decision, in the order made. Kinds this Parley does not know are left out.
    public func corrections() throws(LibraryError) -> [StoredCorrection] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, source, contentHash, kind, fields, sentences, decidedAt FROM correction ORDER BY id").compactMap(Self.stored)
        }
    }

    /// Takes back the latest decision, whichever article it was made in; nil when there is none.
    @discardableResult
    public func undoLastCorrection() throws(LibraryError) -> StoredCorrection? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, source, contentHash, kind, fields, sentences, decidedAt FROM correction ORDER BY id DESC LIMIT 1") else {
                return nil
            }
            try db.execute(sql: "DELETE FROM correction WHERE id = ?", arguments: [row[0] as Int64])
            return Self.stored(row)
        }
    }

    /// The decisions that bear on one article, in the order made, and its content hash: those
    /// made in it (found by its source too, so that a decision made in an earlier version of its
    /// text finds its sentence again or becomes an orphan) and those across the library.
    public func corrections(forArticle id: Int64) throws(LibraryError) -> (contentHash: String, corrections: [Correction]) {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT a.source, d.contentHash FROM article a JOIN document d ON d.id = a.documentId WHERE a.id = ?",
                                             arguments: [id]) else {
                throw LibraryError(path: path, kind: .other, reason: "article \(id) is no longer in the library")
            }
            let source: String = row[0], hash: String = row[1]
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, source, contentHash, kind, fields, sentences, decidedAt FROM correction
                WHERE (contentHash IS NULL AND source IS NULL) OR contentHash = ? OR source = ? ORDER BY id
                """, arguments: [hash, source])
            let corrections = rows.compactMap(Self.stored).map { $0.correction(forContent: hash) }
            return (hash, corrections)
        }
    }

    /// The article as `article(id:analyse:)` gives it, with the analyst's decisions laid over
    /// the model's output, and those whose sentence is gone listed as orphans.
    public func correctedArticle(id: Int64, applier: CorrectionApplier = CorrectionApplier(),
                                 analyse: (PreparedArticle, String) -> Article) throws(LibraryError) -> CorrectedArticle {
        let article = try self.article(id: id, analyse: analyse)
        let (hash, corrections) = try self.corrections(forArticle: id)
        return applier.apply(corrections, to: article, contentHash: hash)
    }

    static func stored(_ row: Row) -> StoredCorrection? {
        guard let action = CorrectionCoding.decode(kind: row[3], fields: row[4]) else { return nil }
        let correction = Correction(action: action, article: row[2], sentences: CorrectionCoding.splitSentences(row[5]), decidedAt: row[6])
        return StoredCorrection(id: row[0], source: row[1], correction: correction)
    }
}
