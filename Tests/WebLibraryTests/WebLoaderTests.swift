import ArticleModel
import Fetch
import Foundation
import LocalHTTPServer
import Reader
import Synchronization
import Testing
@testable import WebLibrary

/// A fetcher that answers from a table and remembers what it was asked.
final class FakeFetching: ResourceFetching {
    let answers: Mutex<[String: Result<FetchedResource, FetchError>]>
    let asked = Mutex<[String]>([])

    init(_ answers: [String: Result<FetchedResource, FetchError>]) {
        self.answers = Mutex(answers)
    }

    func answer(_ url: String, with result: Result<FetchedResource, FetchError>) {
        answers.withLock { $0[url] = result }
    }

    func fetch(url: String, progress: @escaping @Sendable (Int) -> Void) async throws(FetchError) -> FetchedResource {
        asked.withLock { $0.append(url) }
        guard let answer = answers.withLock({ $0[url] }) else { throw .httpStatus(code: 404, reason: "Not Found") }
        let resource = try answer.get()
        progress(resource.body.count)
        return resource
    }
}

/// Collects the progress a job reports.
final class ProgressLog: Sendable {
    let texts = Mutex<[String]>([])

    func record(_ action: Action) {
        if case .progressed(_, let text) = action { texts.withLock { $0.append(text) } }
    }
}

@Suite("Work on the web for the reader, with the fetcher faked or against a local server")
struct WebLoaderTests {
    static let feedURL = "http://127.0.0.1:9/feed.xml"
    static let damURL = "http://127.0.0.1:9/dam.html"
    let reader = LazyArticleReader { ArticleReader() }

    static let damPage = """
        <html><head><title>Dam vote delayed</title><meta property="og:site_name" content="River Post"></head><body><article>
        <p>Ministers in Norway put off the vote on the river dam after Sweden objected to the plan, officials said on Monday.</p>
        </article></body></html>
        """

    func feed(_ items: [(title: String, link: String, body: String)]) -> FetchedResource {
        Responses.resource(Responses.feed(items: items), type: "application/rss+xml", requested: Self.feedURL)
    }

    func damEntry() throws -> LibraryEntry {
        let entries = try WebSources.entries(fetched: feed([("Dam vote delayed", Self.damURL, "Ministers put off the vote.")]), name: Self.feedURL, reader: reader)
        return entries[0]
    }

    @Test("A summary's page becomes the item's article: the page's text and site, the item's source, date and feed")
    func fullStory() async throws {
        let fetching = FakeFetching([Self.damURL: .success(Responses.resource(Self.damPage, type: "text/html", requested: Self.damURL))])
        let entry = try damEntry()
        let log = ProgressLog()
        let result = await WebLoader(fetching: fetching, reader: reader).fullStory(of: entry) { log.record($0) }
        guard case .fullStoryLoaded(let key, let article) = result else {
            Issue.record("expected the full story, got \(result)")
            return
        }
        #expect(key == Self.damURL)
        #expect(article.source == Self.feedURL + "#1")
        #expect(article.title == "Dam vote delayed")
        #expect(article.text.hasPrefix("Ministers in Norway put off the vote on the river dam after Sweden objected"))
        #expect(article.metadata.site == "River Post")
        #expect(article.metadata.feedTitle == "Coastal Wire")
        #expect(article.metadata.feedURL == Self.feedURL)
        #expect(article.metadata.url == Self.damURL)
        #expect(!article.metadata.isSummaryOnly)
        #expect(article.actors.map(\.name).contains("Sweden"))
        #expect(fetching.asked.withLock { $0 } == [Self.damURL])
        #expect(log.texts.withLock { $0 } == ["Fetching the full story from \(Self.damURL): 0 KB"])
    }

    @Test("A page that cannot be fetched or read is one line for the status line")
    func fullStoryFailures() async throws {
        let fetching = FakeFetching([:])
        let entry = try damEntry()
        let loader = WebLoader(fetching: fetching, reader: reader)
        let cases: [(Result<FetchedResource, FetchError>?, String)] = [
            (nil, "HTTP 404 Not Found"),
            (.failure(.timedOut(after: .seconds(30))), "timed out after 30 s"),
            (.success(feed([("Other", "http://127.0.0.1:9/o.html", "Other.")])), "a feed, not a web page"),
            (.success(Responses.resource("<html><body><nav>Home</nav></body></html>", type: "text/html", requested: Self.damURL)), "no article text found in this page"),
        ]
        for (answer, reason) in cases {
            if let answer { fetching.answer(Self.damURL, with: answer) }
            let result = await loader.fullStory(of: entry) { _ in }
            guard case .fullStoryFailed(let key, let given) = result else {
                Issue.record("expected a failure (\(reason)), got \(result)")
                continue
            }
            #expect(key == Self.damURL)
            #expect(given == reason)
        }
    }

    @Test("A reload replaces a feed's items, keeps other entries, and says what changed")
    func reload() async throws {
        let first = feed([("Dam vote delayed", Self.damURL, "Ministers put off the vote.")])
        let fetching = FakeFetching([Self.feedURL: .success(first)])
        var entries = try WebSources.entries(fetched: first, name: Self.feedURL, reader: reader)
        entries.append(LibraryEntry(article: try ArticleReader().read(text: "Plain title\n\nNorway backs the deal.\n", source: "story.txt")))
        let loader = WebLoader(fetching: fetching, reader: reader)
        let second = feed([("Harbour talks stall", "http://127.0.0.1:9/harbour.html", "Norway rejected the plan."), ("Dam vote delayed", Self.damURL, "Ministers put off the vote.")])
        fetching.answer(Self.feedURL, with: .success(second))
        let log = ProgressLog()
        guard case .libraryReloaded(let reloaded, let note) = await loader.reload(entries, progress: { log.record($0) }) else {
            Issue.record("expected a reload")
            return
        }
        #expect(reloaded.map(\.title) == ["Harbour talks stall", "Dam vote delayed", "Plain title"])
        #expect(note == "Reloaded: 3 articles, 1 new")
        #expect(log.texts.withLock { $0 }.first == "Reloading \(Self.feedURL)")

        fetching.answer(Self.feedURL, with: .success(Responses.resource("", type: "application/rss+xml", requested: Self.feedURL, notModified: true)))
        guard case .libraryReloaded(let unchanged, let sameNote) = await loader.reload(reloaded, progress: { _ in }) else { return }
        #expect(unchanged.isEmpty)
        #expect(sameNote == "Reloaded: not modified since the last fetch")

        fetching.answer(Self.feedURL, with: .failure(.connectionRefused))
        guard case .libraryReloaded(let failed, let failNote) = await loader.reload(reloaded, progress: { _ in }) else { return }
        #expect(failed.isEmpty)
        #expect(failNote == "Reload failed: \(Self.feedURL): connection refused")
    }

    @Test("Against a real server: the reload is a conditional GET, and the stored copy serves a 304")
    func reloadIsConditional() async throws {
        let feedBody = Responses.feed(items: [("Dam vote delayed", "/dam.html", "Ministers put off the vote.")])
        try await LocalHTTPServer.with(route: { request in
            if request.header("If-None-Match") == "\"v1\"" { return .respond(LocalHTTPServer.Response(status: 304, headers: [("ETag", "\"v1\"")])) }
            return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"v1\"")], body: Array(feedBody.utf8)))
        }) { server in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-weblib-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let fetching = NetworkFetching(configuration: FetchConfiguration(connectTimeout: .seconds(60), totalTimeout: .seconds(120)),
                                           store: FileValidatorStore(directory: folder.path))
            let loader = WebLoader(fetching: fetching, reader: reader)
            let first = try await fetching.fetch(url: server.url("/feed.xml")) { _ in }
            let entries = try WebSources.entries(fetched: first, name: server.url("/feed.xml"), reader: reader)
            #expect(entries.map(\.fullStoryURL) == [server.url("/dam.html")])
            guard case .libraryReloaded(let reloaded, let note) = await loader.reload(entries, progress: { _ in }) else { return }
            #expect(reloaded.isEmpty)
            #expect(note == "Reloaded: not modified since the last fetch")
            #expect(server.requests.map { $0.header("If-None-Match") } == [nil, "\"v1\""])
            await fetching.shutdown()
        }
    }
}
