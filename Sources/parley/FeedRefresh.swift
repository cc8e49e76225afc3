import ArticleModel
import Fetch
import Store
import WebImport
import WebLibrary
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fetches feeds into the library: what `parley fetch` and `r`/`R` in the library do. Every
/// feed is asked for conditionally (the ETag and Last-Modified kept in the feeds table), all at
/// once; then each answer is stored in turn, its new items added and analysed in one
/// transaction before the feed's validators and last error are recorded, so that a fetch
/// stopped at any point (even by `kill -9`) loses nothing committed and fetches again what
/// it had not stored.
enum FeedRefresh {
    /// What became of one feed.
    struct Outcome {
        var feed: FeedInfo
        /// Articles stored that the library did not have (new, or changed).
        var new = 0
        var notModified = false
        /// Why the feed could not be refreshed, in one line.
        var failure: String?
    }

    /// Fetches `feeds` and stores what they bring; `progress` (a terminal's line) is told as
    /// bytes arrive and feeds finish.
    static func run(_ feeds: [FeedInfo], store: LibraryStore, reader: LazyArticleReader, timeouts: WebTimeouts,
                    progress: FetchProgressLine?) -> [Outcome] {
        let urls = feeds.map(\.url)
        let validators = Dictionary(feeds.map { ($0.url, Validators(entityTag: $0.etag, lastModified: $0.lastModified)) }) { first, _ in first }
        let fetched = Fetcher.run(configuration: URLArguments.configuration(timeouts)) { fetcher in
            await withTaskGroup(of: (String, Result<FetchedResource, FetchError>).self) { group in
                for url in Set(urls) {
                    group.addTask {
                        let report: @Sendable (Int) -> Void = { progress?.received(url: url, bytes: $0) }
                        do throws(FetchError) {
                            return (url, .success(try await fetcher.fetch(url: url, validators: validators[url], progress: report)))
                        } catch {
                            return (url, .failure(error))
                        }
                    }
                }
                var results: [String: Result<FetchedResource, FetchError>] = [:]
                for await (url, result) in group {
                    results[url] = result
                    progress?.finished(url: url)
                }
                return results
            }
        }
        progress?.clear()
        return feeds.map { feed in
            guard let result = fetched[feed.url] else { return Outcome(feed: feed, failure: "not fetched") }
            return save(result, of: feed, in: store, reader: reader)
        }
    }

    /// Stores one feed's answer, then records the fetch (its validators, or its error).
    static func save(_ result: Result<FetchedResource, FetchError>, of feed: FeedInfo, in store: LibraryStore, reader: LazyArticleReader) -> Outcome {
        var outcome = Outcome(feed: feed)
        var title: String?
        var validators = Validators()
        do {
            switch result {
            case .failure(let error):
                outcome.failure = error.description
            case .success(let resource) where resource.notModified:
                outcome.notModified = true
                validators = resource.validators
            case .success(let resource):
                let items = try additions(resource, feed: feed)
                title = items.title
                if !items.additions.isEmpty {
                    outcome.new = try store.add(items.additions) { reader.reader.analyse($0, source: $1) }.filter { $0 != .unchanged }.count
                }
                validators = resource.validators
            }
        } catch let error as InputError {
            outcome.failure = error.reason
        } catch let error as LibraryError {
            outcome.failure = error.description
        } catch {
            outcome.failure = "\(error)"
        }
        do {
            try store.recordFetch(feedID: feed.id, title: title, etag: validators.entityTag, lastModified: validators.lastModified, error: outcome.failure)
        } catch {
            outcome.failure = outcome.failure ?? error.description
        }
        return outcome
    }

    /// A fetched feed's items as library additions, and its title.
    static func additions(_ resource: FetchedResource, feed: FeedInfo) throws(InputError) -> (title: String?, additions: [Addition]) {
        guard !resource.body.isEmpty else { throw InputError(path: feed.url, reason: "the server sent nothing") }
        let contentType = resource.contentType.map { type in resource.charset.map { type + "; charset=" + $0 } ?? type }
        let document: WebDocument
        do {
            document = try WebImporter.read(bytes: resource.body, contentType: contentType, url: resource.finalURL)
        } catch {
            throw InputError(path: feed.url, reason: error.reason)
        }
        guard case .feed(let parsed) = document else { throw InputError(path: feed.url, reason: "a web page, not a feed") }
        let title = parsed.title.isEmpty ? nil : parsed.title
        guard !parsed.items.isEmpty else { return (title, []) }
        return (title, try LibraryImport.items(of: parsed, source: feed.url, feedID: feed.id, name: feed.url))
    }

    /// The summary: how many feeds, what they brought, and each failure with its reason.
    static func summary(_ outcomes: [Outcome]) -> [String] {
        let new = outcomes.reduce(0) { $0 + $1.new }
        let failed = outcomes.filter { $0.failure != nil }
        let unchanged = outcomes.filter(\.notModified).count
        var parts = ["\(new) new article\(new == 1 ? "" : "s")"]
        if unchanged > 0 { parts.append("\(unchanged) not modified") }
        if !failed.isEmpty { parts.append("\(failed.count) failed") }
        let feeds = "\(outcomes.count) feed\(outcomes.count == 1 ? "" : "s")"
        return ["fetched \(feeds): " + parts.joined(separator: ", ")]
            + failed.map { "failed \($0.feed.url): \($0.failure ?? "")" }
    }

    /// Only web addresses can be fetched (a feed file added by path is listed, not fetched).
    static func fetchable(_ feeds: [FeedInfo]) -> [FeedInfo] {
        feeds.filter { WebAddress.isWebAddress($0.url) }
    }

    /// A progress line on standard error when it is a terminal.
    static func progressLine(for feeds: [FeedInfo]) -> FetchProgressLine? {
        isatty(STDERR_FILENO) == 1 && !feeds.isEmpty ? FetchProgressLine(urls: feeds.map(\.url)) : nil
    }
}
