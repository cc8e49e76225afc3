import ArticleModel
import Store
import WebImport
import WebLibrary

/// Files, pages and feeds as library additions: what `parley add` and `parley fetch` store.
/// Nothing is analysed here; the store analyses what it does not already have.
enum LibraryImport {
    /// The files an argument names: itself, or the article files under a folder, sorted.
    static func files(for argument: String) throws(InputError) -> [String] {
        switch FileAccess.kind(of: argument) {
        case .missing:
            throw InputError(path: argument, reason: "no such file or directory")
        case .directory:
            let files = FileAccess.articleFiles(in: argument).sorted()
            guard !files.isEmpty else { throw InputError(path: argument, reason: "no articles (.txt, .html or .htm files) in this directory") }
            return files
        case .file:
            return [argument]
        }
    }

    /// What one file adds: an article, a page, or a feed's items (with the feed, for grouping).
    static func additions(file path: String, store: LibraryStore) throws(InputError) -> [Addition] {
        let bytes = try ArticleSources.contents(of: path)
        let source = FileAccess.absolute(path)
        let date = FileAccess.modificationTime(path).map(Timestamp.iso)
        switch WebSources.format(of: path, bytes: bytes) {
        case .plainText:
            do {
                return [Addition(source: source, prepared: try PreparedArticle(bytes: bytes), date: date)]
            } catch {
                throw InputError(path: path, reason: error.description)
            }
        case .page:
            let article: WebArticle
            do {
                article = try WebImporter.readPage(bytes: bytes)
            } catch {
                throw InputError(path: path, reason: error.reason)
            }
            var addition = try page(article, source: source, name: path)
            addition.date = date
            return [addition]
        case .feed:
            let feed: Feed
            do {
                feed = try WebImporter.readFeed(bytes: bytes)
            } catch {
                throw InputError(path: path, reason: error.reason)
            }
            let feedID: Int64
            do {
                feedID = try store.subscribe([FeedSubscription(url: feed.feedURL ?? feed.link ?? source, title: feed.title.isEmpty ? nil : feed.title)])[0].id
            } catch {
                throw InputError(path: path, reason: error.reason)
            }
            return try items(of: feed, source: source, feedID: feedID, name: path)
        }
    }

    /// A page's article.
    static func page(_ page: WebArticle, source: String, name: String) throws(InputError) -> Addition {
        guard !page.paragraphs.isEmpty else { throw InputError(path: name, reason: "no article text found in this page") }
        let info = page.metadata
        let title = page.title.isEmpty ? (source.split(separator: "/").last.map(String.init) ?? source) : page.title
        let metadata = ArticleMetadata(url: info.url, byline: info.byline, published: info.published, site: info.siteName, language: info.language)
        do {
            return Addition(source: info.url ?? source, prepared: try PreparedArticle(title: title, paragraphs: page.paragraphs, captions: page.captions, metadata: metadata))
        } catch {
            throw InputError(path: name, reason: error.description)
        }
    }

    /// A feed's items, each under its own address (or the feed's and its title, when it has none).
    static func items(of feed: Feed, source: String, feedID: Int64, name: String) throws(InputError) -> [Addition] {
        guard !feed.items.isEmpty else { throw InputError(path: name, reason: "the feed has no items") }
        let feedTitle = feed.title.isEmpty ? nil : feed.title
        return feed.items.compactMap { item in
            let metadata = ArticleMetadata(url: item.link, byline: item.author, published: item.published, site: nil, feedTitle: feedTitle,
                                           feedURL: feed.feedURL ?? feed.link, language: nil, isSummaryOnly: item.isSummaryOnly)
            guard let prepared = try? PreparedArticle(title: item.title, paragraphs: item.body.paragraphs, captions: item.body.captions, metadata: metadata) else {
                return nil
            }
            return Addition(source: item.link ?? (source + "#" + item.title), prepared: prepared, feedID: feedID)
        }
    }
}
