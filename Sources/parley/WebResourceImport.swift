import ArticleModel
import Fetch
import Reader

extension ArticleSources {
    /// The library entries for a fetched URL: plain text goes through the plain-text path,
    /// anything else to `importWebResource`. A failed fetch is the URL's one-line error.
    func webEntries(url: String, fetched: Result<FetchedResource, FetchError>) throws(InputError) -> [LibraryEntry] {
        let resource: FetchedResource
        switch fetched {
        case .success(let value): resource = value
        case .failure(let error): throw InputError(path: url, reason: error.description)
        }
        guard resource.contentType == "text/plain" else {
            return try importWebResource(bytes: resource.body, contentType: resource.contentType, charset: resource.charset, url: url)
        }
        let article: PreparedArticle
        do {
            article = try PreparedArticle(bytes: resource.body)
        } catch {
            switch error {
            case .empty: throw InputError(path: url, reason: "the page is empty")
            case .binary: throw InputError(path: url, reason: "not a text page (binary data)")
            case .tooLarge: throw InputError(path: url, reason: error.description)
            }
        }
        let reader = self.reader
        return [LibraryEntry(title: article.title) { reader.reader.analyse(article, source: url) }]
    }

    /// Web pages and feeds fetched from `url` (HTML, RSS, Atom, JSON Feed, or no content type
    /// at all): the seam where the HTML and feed importer plugs in. `bytes` are the whole body,
    /// decompressed and at most the article size limit; `charset` is the header's, as sent
    /// (the page's own declaration may differ). Errors name `url`, as the user typed it.
    func importWebResource(bytes: [UInt8], contentType: String?, charset: String?, url: String) throws(InputError) -> [LibraryEntry] {
        throw InputError(path: url, reason: "HTML pages and feeds are not supported yet (\(contentType ?? "no content type"))")
    }
}
