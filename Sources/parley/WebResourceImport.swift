import Fetch
import Reader
import WebLibrary

extension ArticleSources {
    /// The library entries for a fetched URL (a page, a feed's items, or plain text), read as
    /// a file with the same bytes would be. A failed fetch is the URL's one-line error.
    func webEntries(url: String, fetched: Result<FetchedResource, FetchError>) throws(InputError) -> [LibraryEntry] {
        switch fetched {
        case .success(let resource): return try WebSources.entries(fetched: resource, name: url, reader: reader)
        case .failure(let error): throw InputError(path: url, reason: error.description)
        }
    }
}
