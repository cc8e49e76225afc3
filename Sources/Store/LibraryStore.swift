import ArticleModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The library: one SQLite file (WAL, foreign keys, versioned migrations) holding articles,
/// feeds, read marks and the model's cached output, shared safely by several Parley processes.
///
/// Every method either does all it was asked in one transaction or nothing: a failure (a full
/// disk, a kill) leaves the library as it was before the call.
public final class LibraryStore: Sendable {
    public let path: String
    /// Opened read-only, because the file or its folder cannot be written (or the file's mode
    /// says so): everything can be read, nothing changed.
    public let isReadOnly: Bool
    /// The model version analyses are read and stored under.
    public let modelVersion: String
    let database: any DatabaseWriter

    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeout = 10.0

    /// Opens (and, when `create` is true and nothing is there, creates) the library at `path`,
    /// migrating an older schema when it can write. A file that is not a library, is damaged,
    /// or comes from a newer Parley is refused with a one-line error.
    public init(path: String, modelVersion: String, create: Bool = true) throws(LibraryError) {
        self.path = path
        self.modelVersion = modelVersion + "-c\(AnalysisCoding.formatRevision)"
        let exists = access(path, F_OK) == 0
        guard exists || create else {
            throw LibraryError(path: path, kind: .cannotOpen, reason: "no library here: add articles with 'parley add PATH', or choose another file with --library")
        }
        isReadOnly = exists && !LibraryStore.isWritable(path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(LibraryStore.busyTimeout)
        configuration.readonly = isReadOnly
        configuration.label = "library"
        if !isReadOnly {
            // In WAL mode, NORMAL loses nothing that was committed when a process is killed;
            // only a power cut may take back the last transactions.
            // 16 KB pages: an article body of a few kilobytes fills a 4 KB page badly (a third
            // of the file was slack). The size only takes on a new, empty file.
            // The WAL is copied back every 4 MB and cut back to 4 MB after, whatever the page size.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA page_size = 16384; PRAGMA wal_autocheckpoint = 256; PRAGMA journal_size_limit = 4194304")
            }
        }
        let migrator = LibrarySchema.migrator
        do {
            if isReadOnly {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try queue.read { db in
                    try LibraryStore.checkIsLibrary(db, path: path)
                    if try migrator.hasBeenSuperseded(db) { throw LibraryError.newerSchema(path) }
                    guard try migrator.hasCompletedMigrations(db) else {
                        throw LibraryError(path: path, kind: .readOnly,
                                           reason: "the library is read-only and from an older Parley, so it cannot be brought up to date: make it writable once")
                    }
                }
                database = queue
            } else {
                let pool = try DatabasePool(path: path, configuration: configuration)
                let isCurrent = try pool.read { db in
                    try LibraryStore.checkIsLibrary(db, path: path)
                    if try migrator.hasBeenSuperseded(db) { throw LibraryError.newerSchema(path) }
                    return try migrator.hasCompletedMigrations(db)
                }
                // Migrating takes the write lock: only when there is something to do, so that
                // opening never waits on another process's writing.
                if !isCurrent { try migrator.migrate(pool) }
                database = pool
            }
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// True when the file and its folder (where SQLite keeps the WAL) can be written, and the
    /// file's mode has not been set read-only (which is respected even for root, as editors do).
    static func isWritable(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return true }
        if status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 { return false }
        guard access(path, W_OK) == 0 else { return false }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return access(folder.isEmpty ? "/" : folder, W_OK) == 0
    }

    /// A database with tables of its own but none of ours is someone else's SQLite file.
    private static func checkIsLibrary(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        guard !tables.isEmpty, !tables.contains("grdb_migrations") else { return }
        throw LibraryError(path: path, kind: .notADatabase,
                           reason: "not a Parley library (an SQLite database of something else): choose another file with --library")
    }

    /// Runs a read, turning SQLite's errors into library errors.
    func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    /// Runs a write in one transaction, refused at once when the library is read-only.
    func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        guard !isReadOnly else { throw LibraryError.readOnly(path) }
        do {
            return try database.write(body)
        } catch {
            throw LibraryError.from(error, path: path)
        }
    }

    // MARK: - Listing

    static let listColumns = """
        a.id, a.title, a.source, a.published, a.sortDate, a.feedId, COALESCE(f.title, a.site), a.isRead, a.isFlagged, a.isSummaryOnly
        """

    static func listed(_ row: Row) -> ListedArticle {
        ListedArticle(id: row[0], title: row[1], source: row[2], published: row[3], sortDate: row[4], feedID: row[5], origin: row[6],
                      isRead: row[7], isFlagged: row[8], isSummaryOnly: row[9])
    }

    /// Every article, newest first (by publication date when known, else when added), in
    /// the order added within a date.
    public func articles() throws(LibraryError) -> [ListedArticle] {
        try read { db in
            // A cursor reads each column straight from SQLite's row, without copying rows:
            // this is most of the time to the first screen of a large library.
            var listed: [ListedArticle] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.listColumns) FROM article a LEFT JOIN feed f ON f.id = a.feedId ORDER BY a.sortDate DESC, a.id")
            while let row = try rows.next() { listed.append(Self.listed(row)) }
            return listed
        }
    }

    public var articleCount: Int {
        get throws(LibraryError) { try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 } }
    }

    /// Marks an article read or unread; lasts across runs.
    public func setRead(_ id: Int64, _ isRead: Bool) throws(LibraryError) {
        try write { try $0.execute(sql: "UPDATE article SET isRead = ? WHERE id = ?", arguments: [isRead, id]) }
    }

    public func setFlagged(_ id: Int64, _ isFlagged: Bool) throws(LibraryError) {
        try write { try $0.execute(sql: "UPDATE article SET isFlagged = ? WHERE id = ?", arguments: [isFlagged, id]) }
    }

    // MARK: - Reading one article

    /// The article with its analysis: the stored one when it is of this model version, else
    /// analysed now with `analyse` (and stored, when the library can be written).
    public func article(id: Int64, analyse: (PreparedArticle, String) -> Article) throws(LibraryError) -> Article {
        let version = modelVersion
        let found = try read { db -> (Article, PreparedArticle?, Int64)? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(Self.articleColumns), d.id, d.title, (SELECT data FROM analysis WHERE documentId = d.id AND modelVersion = ?)
                FROM article a JOIN document d ON d.id = a.documentId LEFT JOIN feed f ON f.id = a.feedId WHERE a.id = ?
                """, arguments: [version, id]) else { return nil }
            guard let shell = Self.articleWithoutAnalysis(row) else { throw LibraryError.corrupt(path) }
            var article = shell.article
            if try row.withUnsafeData(atIndex: 14, { data in data.map { $0.withUnsafeBytes { AnalysisCoding.decode($0, into: &article, textLength: shell.length) } } }) == true {
                return (article, nil, row[12])
            }
            let texts = article.substrings(article.paragraphs)
            guard let prepared = try? PreparedArticle(title: row[13], paragraphs: texts, captions: article.captions, metadata: article.metadata) else {
                return (article, nil, row[12])
            }
            return (article, prepared, row[12])
        }
        guard let (stored, prepared, documentID) = found else {
            throw LibraryError(path: path, kind: .other, reason: "article \(id) is no longer in the library")
        }
        guard let prepared else { return stored }
        // The model changed since this article was analysed (or its analysis was unreadable).
        var fresh = analyse(prepared, stored.source)
        fresh.title = stored.title
        if !isReadOnly {
            // A failure to store only costs analysing again next time.
            try? write { db in try Self.storeAnalysis(fresh, documentID: documentID, version: version, db: db) }
        }
        return fresh
    }

    /// What `articleWithoutAnalysis` reads, as the first columns of a query on `article a`,
    /// `document d` and `feed f`.
    static let articleColumns = """
        a.source, a.title, a.url, a.byline, a.published, a.site, a.language, a.isSummaryOnly, f.title, f.url, d.body, d.layout
        """

    /// The article's text, layout and metadata from a row that begins with `articleColumns`,
    /// and the text's length in scalars; nil when its layout is damaged.
    static func articleWithoutAnalysis(_ row: Row) -> (article: Article, length: Int)? {
        let metadata = ArticleMetadata(url: row[2], byline: row[3], published: row[4], site: row[5], feedTitle: row[8], feedURL: row[9],
                                       language: row[6], isSummaryOnly: row[7])
        let body: String = row[10]
        let length = ScalarCount.of(body)
        let decoded = try? row.withUnsafeData(atIndex: 11) { data in
            (data ?? Data()).withUnsafeBytes { LayoutCoding.decode($0, textLength: length) }
        }
        guard let layout = decoded ?? nil else { return nil }
        return (Article(source: row[0], title: row[1], captions: layout.captions, text: body, paragraphs: layout.paragraphs,
                        sentences: [], metadata: metadata), length)
    }

    static func storeAnalysis(_ article: Article, documentID: Int64, version: String, db: Database) throws {
        try db.execute(sql: "DELETE FROM analysis WHERE documentId = ? AND modelVersion <> ?", arguments: [documentID, version])
        try db.execute(sql: "INSERT OR REPLACE INTO analysis (documentId, modelVersion, data, analysedAt) VALUES (?, ?, ?, ?)",
                       arguments: [documentID, version, Data(AnalysisCoding.encode(article)), Timestamp.now()])
        let actors = Set(article.actors.map(\.name)).sorted().joined(separator: "\n")
        let issues = article.issues.map(\.label).joined(separator: "\n")
        try db.execute(sql: "UPDATE document SET actors = ?, issues = ? WHERE id = ? AND (actors <> ? OR issues <> ?)",
                       arguments: [actors, issues, documentID, actors, issues])
    }

    // MARK: - Adding

    /// Adds articles in one transaction: each is analysed unless its content is already in
    /// the library under this model version; a source already there with the same content is
    /// left alone. The analysis runs before the transaction, so other processes are never
    /// kept waiting on it.
    public func add(_ items: [Addition], analyse: (PreparedArticle, String) -> Article) throws(LibraryError) -> [AddOutcome] {
        let version = modelVersion
        let hashes = items.map { ContentHash.of(title: $0.prepared.title, captions: $0.prepared.captions, body: $0.prepared.body) }
        // What is there already: sources with their content, and contents already analysed.
        let known = try read { db -> (sources: [String: String], analysed: Set<String>) in
            var sources: [String: String] = [:]
            var analysed = Set<String>()
            for (item, hash) in zip(items, hashes) {
                if let existing = try String.fetchOne(db, sql: "SELECT d.contentHash FROM article a JOIN document d ON d.id = a.documentId WHERE a.source = ?",
                                                      arguments: [item.source]) {
                    sources[item.source] = existing
                }
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM document d JOIN analysis n ON n.documentId = d.id WHERE d.contentHash = ? AND n.modelVersion = ?",
                                     arguments: [hash, version]) == true {
                    analysed.insert(hash)
                }
            }
            return (sources, analysed)
        }
        var analyses: [String: Article] = [:]
        for (item, hash) in zip(items, hashes) where known.sources[item.source] != hash && !known.analysed.contains(hash) && analyses[hash] == nil {
            analyses[hash] = analyse(item.prepared, item.source)
        }
        let now = Timestamp.now()
        return try write { db in
            var outcomes: [AddOutcome] = []
            for (item, hash) in zip(items, hashes) {
                let previous = try Row.fetchOne(db, sql: "SELECT a.id, a.documentId, d.contentHash FROM article a JOIN document d ON d.id = a.documentId WHERE a.source = ?",
                                                arguments: [item.source])
                if let previous, (previous[2] as String) == hash {
                    outcomes.append(.unchanged)
                    continue
                }
                let documentID = try Self.document(for: item.prepared, hash: hash, db: db)
                if let article = analyses[hash] {
                    try Self.storeAnalysis(article, documentID: documentID, version: version, db: db)
                }
                let metadata = item.prepared.metadata
                let arguments: StatementArguments = [item.source, documentID, item.prepared.title, metadata.url, metadata.byline, metadata.published,
                                                     metadata.site, metadata.language, metadata.isSummaryOnly, item.feedID, now, metadata.published ?? item.date ?? now]
                if let previous {
                    try db.execute(sql: """
                        UPDATE article SET documentId = ?, title = ?, url = ?, byline = ?, published = ?, site = ?, language = ?, isSummaryOnly = ?,
                               feedId = ?, sortDate = COALESCE(?, ?, addedAt) WHERE id = ?
                        """, arguments: [documentID, item.prepared.title, metadata.url, metadata.byline, metadata.published, metadata.site,
                                         metadata.language, metadata.isSummaryOnly, item.feedID, metadata.published, item.date, previous[0] as Int64])
                    try Self.dropUnusedDocument(previous[1], db: db)
                    outcomes.append(.updated)
                } else {
                    try db.execute(sql: """
                        INSERT INTO article (source, documentId, title, url, byline, published, site, language, isSummaryOnly, feedId, addedAt, sortDate)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: arguments)
                    outcomes.append(.added)
                }
            }
            return outcomes
        }
    }

    /// The document for this content, made when it is new.
    static func document(for prepared: PreparedArticle, hash: String, db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE contentHash = ?", arguments: [hash]) { return id }
        try db.execute(sql: "INSERT INTO document (contentHash, title, body, layout) VALUES (?, ?, ?, ?)",
                       arguments: [hash, prepared.title, prepared.body, Data(LayoutCoding.encode(paragraphs: prepared.paragraphs, captions: prepared.captions))])
        return db.lastInsertedRowID
    }

    static func dropUnusedDocument(_ id: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM document WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article WHERE documentId = ?)", arguments: [id, id])
    }
}
