import ArticleModel
import Fetch
import Reader
import WebImport

/// Web pages and feeds as library entries: a page is one article, a feed one per item.
/// Plain-text files never reach this code (or libxml2): a file is looked at only when its name
/// says page or feed, or when its first byte is "<" or "{".
public enum WebSources {
    /// What a file holds.
    public enum Format: Equatable, Sendable {
        case plainText, page, feed
    }

    static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]
    static let feedExtensions: Set<String> = ["xml", "rss", "atom", "rdf", "json"]

    /// The lower-case extension of a path's last component.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// A page, a feed or plain text, by the file's name and then its first bytes.
    public static func format(of path: String?, bytes: [UInt8]) -> Format {
        let pathExtension = path.map(fileExtension) ?? ""
        if pageExtensions.contains(pathExtension) { return .page }
        if feedExtensions.contains(pathExtension) {
            switch WebImporter.sniff(bytes) {
            case .html: return .page
            default: return .feed
            }
        }
        // Anything else is text unless it starts like markup or JSON.
        guard let first = bytes.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }).first,
              first == UInt8(ascii: "<") || first == UInt8(ascii: "{") else { return .plainText }
        switch WebImporter.sniff(bytes) {
        case .html: return .page
        case .xmlFeed, .jsonFeed: return .feed
        case .unknown: return .plainText
        }
    }

    /// The entries of a page or feed file; `name` is how problems name it.
    public static func entries(bytes: [UInt8], format: Format, source: String, name: String, reader: LazyArticleReader) throws(InputError) -> [LibraryEntry] {
        let document: WebDocument
        do {
            document = format == .page ? .page(try WebImporter.readPage(bytes: bytes)) : .feed(try WebImporter.readFeed(bytes: bytes))
        } catch {
            throw InputError(path: name, reason: error.reason)
        }
        return try entries(from: document, source: source, name: name, reader: reader)
    }

    /// Where a page or feed came from, when it was fetched.
    struct Origin {
        /// The URL as typed: the entries' `webAddress`, which `r` fetches again.
        var requested: String
        /// The URL after redirects: the feed's address.
        var final: String
    }

    /// The entries of a page or feed already read, from a file or from the web: one per feed
    /// item. Items of a fetched feed that carry only a summary get their link as `fullStoryURL`.
    static func entries(from document: WebDocument, source: String, name: String, reader: LazyArticleReader, fetched: Origin? = nil) throws(InputError) -> [LibraryEntry] {
        var entries: [LibraryEntry]
        switch document {
        case .page(let page):
            entries = [try entry(page: page, source: source, name: name, reader: reader)]
        case .feed(let feed):
            guard !feed.items.isEmpty else { throw InputError(path: name, reason: "the feed has no items") }
            entries = self.entries(feed: feed, source: source, reader: reader, fetchedFrom: fetched?.final)
        }
        if let fetched {
            for index in entries.indices { entries[index].webAddress = fetched.requested }
        }
        return entries
    }

    private static func entries(feed: Feed, source: String, reader: LazyArticleReader, fetchedFrom feedAddress: String?) -> [LibraryEntry] {
        let feedTitle = feed.title.isEmpty ? nil : feed.title
        return feed.items.enumerated().compactMap { index, item in
            let metadata = ArticleMetadata(url: item.link, byline: item.author, published: item.published, site: nil, feedTitle: feedTitle,
                                           feedURL: feedAddress ?? feed.feedURL ?? feed.link, language: nil, isSummaryOnly: item.isSummaryOnly)
            guard let prepared = try? PreparedArticle(title: item.title, paragraphs: item.body.paragraphs, captions: item.body.captions, metadata: metadata) else {
                return nil
            }
            let itemSource = source + "#" + String(index + 1)
            var entry = LibraryEntry(title: item.title, key: item.link ?? itemSource, published: item.published, origin: feedTitle,
                                     isSummaryOnly: item.isSummaryOnly) {
                reader.reader.analyse(prepared, source: itemSource)
            }
            if feedAddress != nil, item.isSummaryOnly, let link = item.link, WebAddress.isWebAddress(link) { entry.fullStoryURL = link }
            return entry
        }
    }

    private static func entry(page: WebArticle, source: String, name: String, reader: LazyArticleReader) throws(InputError) -> LibraryEntry {
        let prepared = try preparedPage(page, source: source, name: name)
        let info = page.metadata
        return LibraryEntry(title: prepared.title, key: source, published: info.published, origin: info.siteName) {
            reader.reader.analyse(prepared, source: source)
        }
    }

    /// A page's article laid out for the model; refused when the page has no article text.
    /// For a feed item's page, `feedItem` is the item's title and metadata.
    static func preparedPage(_ page: WebArticle, source: String, name: String, feedItem: (title: String, metadata: ArticleMetadata)? = nil) throws(InputError) -> PreparedArticle {
        guard !page.paragraphs.isEmpty else { throw InputError(path: name, reason: "no article text found in this page") }
        let title = !page.title.isEmpty ? page.title : feedItem?.title ?? source.split(separator: "/").last.map(String.init) ?? source
        let info = page.metadata
        var metadata = ArticleMetadata(url: info.url, byline: info.byline, published: info.published, site: info.siteName, language: info.language)
        if let item = feedItem?.metadata {
            // A feed item's page: the feed's word on the date and author, the page's on the rest.
            metadata.byline = info.byline ?? item.byline
            metadata.published = item.published ?? info.published
            metadata.feedTitle = item.feedTitle
            metadata.feedURL = item.feedURL
        }
        do {
            return try PreparedArticle(title: title, paragraphs: page.paragraphs, captions: page.captions, metadata: metadata)
        } catch {
            throw InputError(path: name, reason: error.description)
        }
    }
}
