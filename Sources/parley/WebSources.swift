import ArticleModel
import Reader
import WebImport

/// Web pages and feeds as library entries: a page is one article, a feed one per item.
/// Plain-text files never reach this code (or libxml2): a file is looked at only when its name
/// says page or feed, or when its first byte is "<" or "{".
enum WebSources {
    /// What a file holds.
    enum Format: Equatable {
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
    static func format(of path: String?, bytes: [UInt8]) -> Format {
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
    static func entries(bytes: [UInt8], format: Format, source: String, name: String, reader: LazyArticleReader) throws(InputError) -> [LibraryEntry] {
        let document: WebDocument
        do {
            document = format == .page ? .page(try WebImporter.readPage(bytes: bytes)) : .feed(try WebImporter.readFeed(bytes: bytes))
        } catch {
            throw InputError(path: name, reason: error.reason)
        }
        return try entries(from: document, source: source, name: name, reader: reader)
    }

    /// The entries of a page or feed already read, from a file or from the web (what
    /// `WebImporter.read(bytes:contentType:url:)` makes of a fetched body): one per feed item.
    static func entries(from document: WebDocument, source: String, name: String, reader: LazyArticleReader) throws(InputError) -> [LibraryEntry] {
        switch document {
        case .page(let page):
            return [try entry(page: page, source: source, name: name, reader: reader)]
        case .feed(let feed):
            guard !feed.items.isEmpty else { throw InputError(path: name, reason: "the feed has no items") }
            return entries(feed: feed, source: source, reader: reader)
        }
    }

    private static func entries(feed: Feed, source: String, reader: LazyArticleReader) -> [LibraryEntry] {
        let feedTitle = feed.title.isEmpty ? nil : feed.title
        return feed.items.enumerated().compactMap { index, item in
            let metadata = ArticleMetadata(url: item.link, byline: item.author, published: item.published, site: nil, feedTitle: feedTitle,
                                           feedURL: feed.feedURL ?? feed.link, language: nil, isSummaryOnly: item.isSummaryOnly)
            guard let prepared = try? PreparedArticle(title: item.title, paragraphs: item.body.paragraphs, captions: item.body.captions, metadata: metadata) else {
                return nil
            }
            let itemSource = source + "#" + String(index + 1)
            return LibraryEntry(title: item.title, published: item.published, origin: feedTitle, isSummaryOnly: item.isSummaryOnly) {
                reader.reader.analyse(prepared, source: itemSource)
            }
        }
    }

    private static func entry(page: WebArticle, source: String, name: String, reader: LazyArticleReader) throws(InputError) -> LibraryEntry {
        guard !page.paragraphs.isEmpty else { throw InputError(path: name, reason: "no article text found in this page") }
        let title = page.title.isEmpty ? (source.split(separator: "/").last.map(String.init) ?? source) : page.title
        let info = page.metadata
        let metadata = ArticleMetadata(url: info.url, byline: info.byline, published: info.published, site: info.siteName, language: info.language)
        let prepared: PreparedArticle
        do {
            prepared = try PreparedArticle(title: title, paragraphs: page.paragraphs, captions: page.captions, metadata: metadata)
        } catch {
            throw InputError(path: name, reason: error.description)
        }
        return LibraryEntry(title: title, published: info.published, origin: info.siteName) { reader.reader.analyse(prepared, source: source) }
    }
}
