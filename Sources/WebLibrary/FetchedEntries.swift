import ArticleModel
import Fetch
import Reader
import WebImport

extension WebSources {
    /// The library entries for a fetched resource, exactly as for a file with the same bytes:
    /// a page is one article (its address, byline, date and site), a feed one entry per item,
    /// and plain text the plain-text article. Links and the page's address are resolved
    /// against the URL after redirects; the header's charset is used for pages, feeds and
    /// plain text alike. `name` is the URL as typed: the entries' source and what errors name.
    public static func entries(fetched resource: FetchedResource, name: String, reader: LazyArticleReader) throws(InputError) -> [LibraryEntry] {
        let bytes = resource.body
        guard !bytes.isEmpty else { throw InputError(path: name, reason: "the page is empty") }
        if isPlainText(resource) {
            var entry = try plainTextEntry(resource, name: name, reader: reader)
            entry.webAddress = name
            return [entry]
        }
        let document: WebDocument
        do {
            document = try WebImporter.read(bytes: bytes, contentType: contentTypeHeader(resource), url: resource.finalURL)
        } catch {
            throw InputError(path: name, reason: error.reason)
        }
        return try entries(from: document, source: name, name: name, reader: reader, fetched: Origin(requested: name, final: resource.finalURL))
    }

    /// The Content-Type header as the importer takes it: the media type and the charset.
    public static func contentTypeHeader(_ resource: FetchedResource) -> String? {
        guard let type = resource.contentType else { return resource.charset.map { "charset=" + $0 } }
        return resource.charset.map { type + "; charset=" + $0 } ?? type
    }

    /// Text that is neither markup nor a feed: `text/plain` (or another text type, or none)
    /// whose first bytes do not look like a page or a feed, as a file's are looked at.
    public static func isPlainText(_ resource: FetchedResource) -> Bool {
        let type = resource.contentType ?? "text/plain"
        let markupTypes = ["text/html", "text/xml", "application/xhtml+xml"]
        guard type.hasPrefix("text/"), !markupTypes.contains(type) else { return false }
        return format(of: nil, bytes: resource.body) == .plainText
    }

    private static func plainTextEntry(_ resource: FetchedResource, name: String, reader: LazyArticleReader) throws(InputError) -> LibraryEntry {
        let bytes = WebImporter.plainTextAsUTF8(resource.body, charset: resource.charset) ?? resource.body
        let article: PreparedArticle
        do {
            article = try PreparedArticle(bytes: bytes)
        } catch {
            switch error {
            case .empty: throw InputError(path: name, reason: "the page is empty")
            case .binary: throw InputError(path: name, reason: "not a text page (binary data)")
            case .tooLarge: throw InputError(path: name, reason: error.description)
            }
        }
        return LibraryEntry(title: article.title, key: name) { reader.reader.analyse(article, source: name) }
    }
}
