import ArticleModel
import Fetch
import Store
import WebImport
import WebLibrary

extension LibraryImport {
    /// What a URL given to `parley add` adds, read as `parley URL` reads it: a page's article,
    /// a feed's items (the feed subscribed under the URL, so that `r` and `parley fetch` can
    /// refresh it), or a plain-text article.
    static func additions(fetched resource: FetchedResource, url: String, store: LibraryStore) throws(InputError) -> [Addition] {
        guard !resource.body.isEmpty else { throw InputError(path: url, reason: "the page is empty") }
        if WebSources.isPlainText(resource) {
            let bytes = WebImporter.plainTextAsUTF8(resource.body, charset: resource.charset) ?? resource.body
            do {
                return [Addition(source: url, prepared: try PreparedArticle(bytes: bytes))]
            } catch {
                throw InputError(path: url, reason: error.description)
            }
        }
        let document: WebDocument
        do {
            document = try WebImporter.read(bytes: resource.body, contentType: WebSources.contentTypeHeader(resource), url: resource.finalURL)
        } catch {
            throw InputError(path: url, reason: error.reason)
        }
        switch document {
        case .page(let article):
            return [try page(article, source: url, name: url)]
        case .feed(let feed):
            let feedID: Int64
            do {
                feedID = try store.subscribe([FeedSubscription(url: url, title: feed.title.isEmpty ? nil : feed.title)])[0].id
            } catch {
                throw InputError(path: url, reason: error.reason)
            }
            return try items(of: feed, source: url, feedID: feedID, name: url)
        }
    }
}
