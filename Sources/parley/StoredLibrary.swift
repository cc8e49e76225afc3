import ArticleModel
import Corrections
import Reader
import Store
import WebLibrary
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader's view of a stored library: its entries (read lazily, from the cached analysis)
/// and the service that saves marks, searches and refreshes feeds.
final class StoredLibrary: LibraryService, Sendable {
    let store: LibraryStore
    let reader: LazyArticleReader

    init(store: LibraryStore, reader: LazyArticleReader) {
        self.store = store
        self.reader = reader
    }

    /// Every article as a list entry, newest first; each is read from the library when opened.
    func entries() throws(LibraryError) -> [LibraryEntry] {
        let listed = try store.articles()
        StartupTimer.lap("library list")
        let tags = Dictionary(uniqueKeysWithValues: try store.feeds().map { ($0.id, $0.tags) })
        let store = self.store, reader = self.reader
        return listed.map { row in
            let id = row.id, title = row.title
            var entry = LibraryEntry(title: title, key: "library:\(id)", isRead: row.isRead, published: row.published ?? row.sortDate,
                                     origin: row.origin ?? StoredLibrary.folderName(row.source), isSummaryOnly: row.isSummaryOnly) {
                StoredLibrary.load(id: id, title: title, store: store, reader: reader)
            }
            entry.id = id
            entry.isFlagged = row.isFlagged
            entry.feedID = row.feedID
            entry.tags = row.feedID.flatMap { tags[$0] } ?? []
            return entry
        }
    }

    /// An article from the library with its corrections, or a page saying why it could not be read.
    static func load(id: Int64, title: String, store: LibraryStore, reader: LazyArticleReader) -> Article {
        do {
            // The analyst's corrections are laid over the model's output each time it is shown.
            return try store.correctedArticle(id: id) { reader.reader.analyse($0, source: $1) }.article
        } catch {
            return (try? reader.reader.read(text: "\(title)\n\nParley could not read this article from the library: \(error.reason).\n", source: "library"))
                ?? Article(source: "library", title: title, captions: [], text: "", paragraphs: [], sentences: [])
        }
    }

    /// A file's folder ("business" for .../bbc/business/001.txt): where a file is from.
    static func folderName(_ source: String) -> String? {
        let bytes = source.utf8
        guard bytes.first == UInt8(ascii: "/"), let last = bytes.lastIndex(of: UInt8(ascii: "/")), last != bytes.startIndex,
              let previous = bytes[..<last].lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return String(source[source.index(after: previous)..<last])
    }

    func correct(_ action: Correction.Action, sentences: [String], article id: Int64) -> Result<Article, LibraryServiceError> {
        let correction = Correction(action: action, article: nil, sentences: sentences, decidedAt: Timestamp.iso(Int(time(nil))))
        do throws(LibraryError) {
            // A decision about an actor or an issue holds across the library (one about a generic
            // issue such as "plans" in its article only).
            try store.record(correction, article: correction.holdsInOneArticle(IssueMatcher()) ? id : nil)
            return .success(try corrected(id))
        } catch {
            return .failure(LibraryServiceError(error.kind == .readOnly ? "Read-only library: corrections cannot be saved" : error.description))
        }
    }

    func undoLastCorrection(article id: Int64) -> Result<(summary: String, article: Article), LibraryServiceError> {
        do throws(LibraryError) {
            guard let taken = try store.undoLastCorrection() else { return .failure(LibraryServiceError("No correction to undo")) }
            let article = try corrected(id)
            // Actors by the names the reader shows, not their ids.
            return .success((taken.correction.summary(naming: { article.actor(id: $0)?.name ?? $0 }), article))
        } catch {
            return .failure(LibraryServiceError(error.kind == .readOnly ? "Read-only library: corrections cannot be saved" : error.description))
        }
    }

    func articles(_ ids: [Int64]) -> [Int64: Article]? {
        let reader = self.reader
        guard let loaded = try? store.correctedArticles(ids: ids, analyse: { reader.reader.analyse($0, source: $1) }) else { return nil }
        return Dictionary(loaded.map { ($0.id, $0.article.article) }, uniquingKeysWith: { first, _ in first })
    }

    private func corrected(_ id: Int64) throws(LibraryError) -> Article {
        let reader = self.reader
        return try store.correctedArticle(id: id) { reader.reader.analyse($0, source: $1) }.article
    }

    func setRead(_ id: Int64, _ isRead: Bool) -> String? {
        do {
            try store.setRead(id, isRead)
            return nil
        } catch {
            return error.kind == .readOnly ? "Read-only library: the read mark lasts until you quit" : error.description
        }
    }

    func setFlagged(_ id: Int64, _ isFlagged: Bool) -> String? {
        do {
            try store.setFlagged(id, isFlagged)
            return nil
        } catch {
            return error.kind == .readOnly ? "Read-only library: the flag lasts until you quit" : error.description
        }
    }

    func search(_ query: String, limit: Int) -> Result<(hits: [LibraryHit], total: Int), LibraryServiceError> {
        do {
            let parsed = LibraryQuery(parsing: query)
            if let problem = parsed.problem { return .failure(LibraryServiceError(problem)) }
            let hits = try store.search(parsed, limit: limit).map { LibraryHit(id: $0.article.id, snippet: $0.snippet, matches: $0.matches) }
            return .success((hits, hits.count < limit ? hits.count : try store.count(parsed)))
        } catch {
            return .failure(LibraryServiceError(error.description))
        }
    }

    /// `r` (one feed) and `R` (every feed, after taking in the urls file's new ones): fetched
    /// and stored as `parley fetch` does, on a thread of the caller's (the reader goes on
    /// meanwhile); the library's entries afterwards and the summary.
    func refresh(feed: Int64?) -> Result<(entries: [LibraryEntry], summary: String), LibraryServiceError> {
        guard !store.isReadOnly else { return .failure(LibraryServiceError("Read-only library: feeds cannot be refreshed")) }
        let feeds: [FeedInfo]
        do throws(LibraryError) {
            if feed == nil, let urlsPath = LibraryLocation.urlsPath, case .file = FileAccess.kind(of: urlsPath),
               let bytes = FileAccess.read(urlsPath, limit: 16 << 20) {
                try store.subscribe(FeedList(parsing: String(decoding: bytes, as: UTF8.self)).feeds)
            }
            feeds = FeedRefresh.fetchable(try store.feeds()).filter { feed == nil || $0.id == feed }
        } catch {
            return .failure(LibraryServiceError(error.description))
        }
        guard !feeds.isEmpty else {
            return .failure(LibraryServiceError(feed == nil ? "No feeds to refresh: list their addresses in the urls file"
                                                            : "This article's feed was added from a file: parley add the file again"))
        }
        let outcomes = FeedRefresh.run(feeds, store: store, reader: reader, timeouts: WebTimeouts(), progress: nil)
        let summary = FeedRefresh.summary(outcomes).joined(separator: "; ")
        do {
            return .success((try entries(), summary))
        } catch {
            return .failure(LibraryServiceError(error.description))
        }
    }
}
