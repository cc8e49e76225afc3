import ArticleModel
import Foundation
import LocalHTTPServer
import Store
import Testing

/// `parley add URL`: pages, feeds and plain text from a server on 127.0.0.1, kept in the library.
@Suite("Library add URL", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryAddURLTests {
    @Test("parley add URL stores a page, a feed's items (the feed subscribed) and plain text; a failed URL is skipped with its reason")
    func addURLs() async throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let library = temporary.appendingPathComponent("lib.sqlite").path
        try await LocalHTTPServer.with(route: { request in
            switch request.path {
            case "/dam.html": return WebServerFixtures.respond(WebServerFixtures.damPage, "text/html")
            case "/wire.xml": return FeedFixtures.xml(FeedFixtures.feed(title: "Coastal Wire", first: 10, items: 2), etag: "\"c1\"")
            case "/note.txt": return .respond(.ok("Harbour note\n\nNorway has rejected the plan for the harbour fees, officials said.\n"))
            default: return .respond(LocalHTTPServer.Response(status: 404))
            }
        }) { server in
            let environment = ["XDG_CACHE_HOME": temporary.path + "/cache"]
            let added = try ParleyProcess.run(["add", "--library", library, server.url("/dam.html"), server.url("/wire.xml"), server.url("/gone.html"),
                                               server.url("/note.txt")], environment: environment)
            #expect(added.status == 0)
            #expect(added.stderr == """
                parley: skipped \(server.url("/gone.html")): HTTP 404 Not Found
                parley: added 4 articles to \(library) (0 updated, 0 already there, 1 skipped)

                """)
            let store = try LibraryStore(path: library, modelVersion: ModelVersion.bundled, create: false)
            let feeds = try store.feeds()
            #expect(feeds.map(\.url) == [server.url("/wire.xml")])
            #expect(feeds.map(\.title) == ["Coastal Wire"])
            let articles = try store.articles()
            #expect(Set(articles.map(\.title)) == ["Dam vote delayed", "Harbour note", "Norway and the tariff plan, part 10", "Iceland and the tariff plan, part 11"])
            #expect(Set(articles.map(\.source)) == Set([server.url("/dam.html"), server.url("/note.txt"), server.url("/story/10.html"), server.url("/story/11.html")]))
            #expect(articles.filter { $0.feedID == feeds[0].id }.count == 2)
        }
    }
}
