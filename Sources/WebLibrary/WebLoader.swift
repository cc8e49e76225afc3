import ArticleModel
import Fetch
import Reader
import Synchronization
import WebImport

/// The reader's work on the web, done off the main thread: the full story of a summary-only
/// feed item, and fetching the library's URLs again. Each job reports its progress and ends
/// in the `Action` the reader takes; none of it touches the reader's state.
public struct WebLoader: Sendable {
    let fetching: any ResourceFetching
    let reader: LazyArticleReader

    public init(fetching: any ResourceFetching, reader: LazyArticleReader) {
        self.fetching = fetching
        self.reader = reader
    }

    // MARK: - Full stories

    /// Fetches and reads the page of a summary-only item. The article keeps the item's
    /// source and feed; a page that cannot be fetched or read gives one line.
    public func fullStory(of entry: LibraryEntry, progress: @escaping @Sendable (Action) -> Void) async -> Action {
        guard let url = entry.fullStoryURL else { return .fullStoryFailed(key: entry.key, reason: "no address") }
        let key = entry.key
        let label = "Fetching the full story from \(url)"
        let resource: FetchedResource
        do {
            resource = try await fetching.fetch(url: url, progress: WebLoader.throttled { progress(.progressed(id: key, text: label + ": " + $0)) })
        } catch {
            return .fullStoryFailed(key: key, reason: error.description)
        }
        do {
            let summary = entry.article
            let prepared = try WebLoader.storyPage(resource, url: url, item: (summary.title, summary.metadata))
            return .fullStoryLoaded(key: key, article: reader.reader.analyse(prepared, source: summary.source))
        } catch {
            return .fullStoryFailed(key: key, reason: error.reason)
        }
    }

    /// A fetched item page as the item's article: refused unless it is a page with text.
    static func storyPage(_ resource: FetchedResource, url: String, item: (title: String, metadata: ArticleMetadata)) throws(InputError) -> PreparedArticle {
        guard !resource.body.isEmpty else { throw InputError(path: url, reason: "the page is empty") }
        let document: WebDocument
        do {
            document = try WebImporter.read(bytes: resource.body, contentType: WebSources.contentTypeHeader(resource), url: resource.finalURL)
        } catch {
            throw InputError(path: url, reason: error.reason)
        }
        guard case .page(let page) = document else { throw InputError(path: url, reason: "a feed, not a web page") }
        return try WebSources.preparedPage(page, source: url, name: url, feedItem: item)
    }

    // MARK: - Reloading

    /// Fetches every URL the entries came from again, one after the other (conditional GET
    /// when the fetcher keeps validators). The entries of each URL are replaced by what it
    /// gives now; a URL that is not modified, or cannot be fetched, keeps its entries.
    public func reload(_ entries: [LibraryEntry], progress: @escaping @Sendable (Action) -> Void) async -> Action {
        var addresses: [String] = []
        for case let address? in entries.map(\.webAddress) where !addresses.contains(address) { addresses.append(address) }
        var fresh: [String: [LibraryEntry]] = [:]
        var failures: [String] = []
        for (number, url) in addresses.enumerated() {
            let label = addresses.count > 1 ? "Reloading \(number + 1) of \(addresses.count): \(url)" : "Reloading \(url)"
            progress(.progressed(id: Activity.reloadID, text: label))
            do {
                let resource = try await fetching.fetch(url: url, progress: WebLoader.throttled { progress(.progressed(id: Activity.reloadID, text: label + ": " + $0)) })
                if resource.notModified { continue }
                do {
                    fresh[url] = try WebSources.entries(fetched: resource, name: url, reader: reader)
                } catch {
                    failures.append(error.description)
                }
            } catch {
                failures.append("\(url): \(error.description)")
            }
        }
        // Nothing new: the library stays as it is (with any full stories read meanwhile).
        guard !fresh.isEmpty else {
            let note = failures.first.map { "Reload failed: \($0)" + (failures.count > 1 ? " (and \(failures.count - 1) more)" : "") }
            return .libraryReloaded(entries: [], note: note ?? "Reloaded: not modified since the last fetch")
        }
        var result: [LibraryEntry] = []
        var placed: Set<String> = []
        for entry in entries {
            guard let address = entry.webAddress, let replacement = fresh[address] else {
                result.append(entry)
                continue
            }
            if placed.insert(address).inserted { result += replacement }
        }
        let known = Set(entries.map(\.key))
        let added = result.filter { !known.contains($0.key) }.count
        var note = "Reloaded: \(result.count) articles, \(added) new"
        if let failure = failures.first { note += "; failed: \(failure)" + (failures.count > 1 ? " (and \(failures.count - 1) more)" : "") }
        return .libraryReloaded(entries: result, note: note)
    }

    // MARK: - Progress

    /// A byte counter that speaks only when another 16 KB have arrived, so that a large page
    /// does not redraw the screen for every packet.
    static func throttled(_ report: @escaping @Sendable (String) -> Void) -> @Sendable (Int) -> Void {
        let lastStep = StepCounter()
        return { bytes in
            let step = bytes / 16_384
            guard lastStep.value.exchange(step, ordering: .relaxed) != step else { return }
            report(WebLoader.amount(bytes))
        }
    }

    /// "12 KB", "1.4 MB".
    static func amount(_ bytes: Int) -> String {
        if bytes < 1_048_576 { return "\(bytes / 1_024) KB" }
        let tenths = bytes * 10 / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}

/// The last 16 KB step reported, shared by the chunks of one fetch.
private final class StepCounter: Sendable {
    let value = Atomic<Int>(-1)
}
