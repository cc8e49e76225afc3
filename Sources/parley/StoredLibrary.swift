import ArticleModel
import Reader
import Store

/// The reader's view of a stored library: its entries (read lazily, from the cached analysis)
/// and the service that saves marks, searches and refreshes feeds.
final class StoredLibrary: LibraryService {
    let store: LibraryStore
    let reader: LazyArticleReader

    init(store: LibraryStore, reader: LazyArticleReader) {
        self.store = store
        self.reader = reader
    }

    /// Every article as a list entry, newest first; each is read from the library when opened.
    func entries() throws(LibraryError) -> [LibraryEntry] {
        let listed = try store.articles()
        let tags = Dictionary(uniqueKeysWithValues: try store.feeds().map { ($0.id, $0.tags) })
        let store = self.store, reader = self.reader
        return listed.map { row in
            let id = row.id
            var entry = LibraryEntry(title: row.title, isRead: row.isRead, published: row.published ?? row.sortDate,
                                     origin: row.origin ?? StoredLibrary.folderName(row.source), isSummaryOnly: row.isSummaryOnly) {
                do {
                    return try store.article(id: id) { reader.reader.analyse($0, source: $1) }
                } catch {
                    return (try? reader.reader.read(text: "\(row.title)\n\nParley could not read this article from the library: \((error as? LibraryError)?.reason ?? "\(error)").\n", source: row.source))
                        ?? Article(source: row.source, title: row.title, captions: [], text: "", paragraphs: [], sentences: [])
                }
            }
            entry.id = id
            entry.isFlagged = row.isFlagged
            entry.feedID = row.feedID
            entry.tags = row.feedID.flatMap { tags[$0] } ?? []
            return entry
        }
    }

    /// A file's folder ("business" for .../bbc/business/001.txt): where a file is from.
    static func folderName(_ source: String) -> String? {
        guard source.hasPrefix("/") else { return nil }
        let parts = source.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : nil
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

    func search(_ query: String) -> Result<[LibraryHit], LibraryServiceError> {
        do {
            return .success(try store.search(LibraryQuery(parsing: query)).map { LibraryHit(id: $0.article.id, snippet: $0.snippet, matches: $0.matches) })
        } catch {
            return .failure(LibraryServiceError(error.description))
        }
    }

    func refresh(feed: Int64?) -> Result<(entries: [LibraryEntry], summary: String), LibraryServiceError> {
        .failure(LibraryServiceError("Fetching feeds is not in this build yet"))
    }
}
