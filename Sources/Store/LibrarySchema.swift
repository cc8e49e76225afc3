import GRDB

/// The library's tables, as named steps of one migrator. A shipped step is never edited: a
/// change is a new step, and a library written by an older Parley is brought up to date when
/// it is opened for writing.
///
/// - `feed`, `feedTag`: subscribed feeds (address, title, validators for conditional GET, the
///   last fetch and its error) and their tags.
/// - `document`: an article's content, once per content hash (title, body, captions and
///   paragraph layout), with the actor names and issue labels of its latest analysis for search.
/// - `article`: one per source (a path or an address), pointing at its document, with the
///   metadata shown in the list and the reader's marks (read, flagged).
/// - `analysis`: the model's output for a document, per model version, so that an article is
///   analysed once and again only when the model changes.
/// - `documentSearch`: FTS5 over the document's title, body, actor names and issue labels,
///   kept in step with `document` by triggers.
///
/// The analyst's corrections (a later step) belong in tables of their own, keyed by a
/// document's content hash and the text of the evidence sentence, never in `analysis`, which
/// is thrown away whenever the model changes.
public enum LibrarySchema {
    /// The migrator with every step, in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 feeds, documents, articles, analyses") { db in
            try db.create(table: "feed") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("url", .text).notNull().unique()
                t.column("title", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("lastFetchedAt", .text)
                t.column("lastError", .text)
                t.column("addedAt", .text).notNull()
            }
            try db.create(table: "feedTag") { t in
                t.column("feedId", .integer).notNull().references("feed", onDelete: .cascade)
                t.column("tag", .text).notNull()
                t.primaryKey(["feedId", "tag"])
            }
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("contentHash", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("body", .text).notNull()
                // Paragraph ranges and captions, in the compact encoding of `LayoutCoding`.
                t.column("layout", .blob).notNull()
                t.column("actors", .text).notNull().defaults(to: "")
                t.column("issues", .text).notNull().defaults(to: "")
            }
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull().unique()
                t.column("documentId", .integer).notNull().indexed().references("document", onDelete: .restrict)
                t.column("title", .text).notNull()
                t.column("url", .text)
                t.column("byline", .text)
                t.column("published", .text)
                t.column("site", .text)
                t.column("language", .text)
                t.column("isSummaryOnly", .boolean).notNull().defaults(to: false)
                t.column("feedId", .integer).indexed().references("feed", onDelete: .setNull)
                t.column("addedAt", .text).notNull()
                // published when known, else when added: the library's order.
                t.column("sortDate", .text).notNull()
                t.column("isRead", .boolean).notNull().defaults(to: false)
                t.column("isFlagged", .boolean).notNull().defaults(to: false)
            }
            // The list's order, newest first and in the order added within a date, read straight
            // from the index without sorting.
            try db.execute(sql: "CREATE INDEX article_order ON article(sortDate DESC, id)")
            try db.create(table: "analysis") { t in
                t.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                t.column("modelVersion", .text).notNull()
                t.column("data", .blob).notNull()
                t.column("analysedAt", .text).notNull()
                t.primaryKey(["documentId", "modelVersion"])
            }
        }
        migrator.registerMigration("v2 full-text search") { db in
            try db.create(virtualTable: "documentSearch", using: FTS5()) { t in
                t.synchronize(withTable: "document")
                t.tokenizer = .unicode61()
                t.column("title")
                t.column("body")
                t.column("actors")
                t.column("issues")
            }
            // Title matches count most, then actor names, then the body; issue labels are only
            // for the issue: filter.
            try db.execute(sql: "INSERT INTO documentSearch(documentSearch, rank) VALUES('rank', 'bm25(8.0, 1.0, 4.0, 0.0)')")
        }
        // Later steps live beside what they are for, in the order shipped.
        registerCorrections(in: &migrator)
        return migrator
    }
}
