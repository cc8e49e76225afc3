import ArticleModel
import Fetch
import Reader
import Testing
@testable import WebLibrary

/// Responses as the fetcher hands them over, made by the tests.
enum Responses {
    static func resource(_ body: String, type: String?, charset: String? = nil, requested: String, final: String? = nil, notModified: Bool = false) -> FetchedResource {
        resource(Array(body.utf8), type: type, charset: charset, requested: requested, final: final, notModified: notModified)
    }

    static func resource(_ body: [UInt8], type: String?, charset: String? = nil, requested: String, final: String? = nil, notModified: Bool = false) -> FetchedResource {
        FetchedResource(requestedURL: requested, finalURL: final ?? requested, status: notModified ? 304 : 200, contentType: type, charset: charset,
                        body: body, validators: Validators(), notModified: notModified)
    }

    static let page = """
        <html><head><title>Harbour talks stall</title><link rel="canonical" href="/news/harbour-talks">
        <meta name="author" content="Mara Quill"><meta property="og:site_name" content="Coastal Times"></head>
        <body><article><h1>Harbour talks stall</h1>
        <p>Norway has rejected a proposal from the European Union to share the harbour fees, officials said on Tuesday.</p>
        <p>The European Commission said the plan was fair, and urged Norway to reconsider before the summit in Oslo.</p>
        </article></body></html>
        """

    static func feed(items: [(title: String, link: String, body: String)]) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coastal Wire</title><link>/</link>"
            + items.map { "<item><title>\($0.title)</title><link>\($0.link)</link><description>\($0.body)</description></item>" }.joined()
            + "</channel></rss>"
    }
}

@Suite("Fetched bodies as library entries")
struct FetchedEntriesTests {
    let reader = LazyArticleReader { ArticleReader() }

    @Test("A page's links and address are resolved against the URL after redirects; the source is the URL as typed")
    func pageUsesTheFinalURL() throws {
        let resource = Responses.resource(Responses.page, type: "text/html", requested: "http://127.0.0.1:9/moved", final: "http://127.0.0.1:9/world/harbour.html")
        let entries = try WebSources.entries(fetched: resource, name: "http://127.0.0.1:9/moved", reader: reader)
        #expect(entries.count == 1)
        let article = entries[0].article
        #expect(article.source == "http://127.0.0.1:9/moved")
        #expect(article.title == "Harbour talks stall")
        #expect(article.metadata.url == "http://127.0.0.1:9/news/harbour-talks")
        #expect(article.metadata.byline == "Mara Quill")
        #expect(article.metadata.site == "Coastal Times")
        #expect(entries[0].webAddress == "http://127.0.0.1:9/moved")
        #expect(entries[0].fullStoryURL == nil)
        #expect(article.actors.map(\.name).contains("Norway"))
    }

    @Test("The header's charset decodes a page that does not declare its own")
    func headerCharsetForAPage() throws {
        var body = Array("<html><head><title>Caf".utf8) + [0xE9] + Array("</title></head><body><article><p>Norway and Sweden met at the caf".utf8)
        body += [0xE9] + Array(" on Tuesday to talk about the harbour fees, officials said after the meeting.</p></article></body></html>".utf8)
        let latin1 = Responses.resource(body, type: "text/html", charset: "ISO-8859-1", requested: "http://127.0.0.1:9/cafe")
        let article = try WebSources.entries(fetched: latin1, name: "http://127.0.0.1:9/cafe", reader: reader)[0].article
        #expect(article.title == "Café")
        #expect(article.text.hasPrefix("Norway and Sweden met at the café on Tuesday"))
    }

    @Test("The header's charset decodes plain text, which is read as a text file otherwise")
    func headerCharsetForPlainText() throws {
        // "Привет" (Cyrillic) in KOI8-R, which is neither UTF-8 nor Windows-1252.
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        let body = koi8 + Array("\n\nNorway backs the deal.\n".utf8)
        let withCharset = Responses.resource(body, type: "text/plain", charset: "KOI8-R", requested: "http://127.0.0.1:9/a.txt")
        #expect(try WebSources.entries(fetched: withCharset, name: "http://127.0.0.1:9/a.txt", reader: reader)[0].article.title == "Привет")
        let latin1 = Responses.resource([0x43, 0x61, 0x66, 0xE9] + Array("\n\nText.\n".utf8), type: "text/plain", charset: "latin1", requested: "http://127.0.0.1:9/b.txt")
        #expect(try WebSources.entries(fetched: latin1, name: "http://127.0.0.1:9/b.txt", reader: reader)[0].article.title == "Café")
        let unlabelled = Responses.resource("Plain title\n\nNorway backs the deal.\n", type: "text/plain", requested: "http://127.0.0.1:9/c.txt")
        let entry = try WebSources.entries(fetched: unlabelled, name: "http://127.0.0.1:9/c.txt", reader: reader)[0]
        #expect(entry.article.title == "Plain title")
        #expect(entry.article.metadata == ArticleMetadata())
        #expect(entry.webAddress == "http://127.0.0.1:9/c.txt")
    }

    @Test("A feed gives its items, with the feed's final URL; summaries carry their page's address")
    func feedItems() throws {
        let body = Responses.feed(items: [("Harbour talks stall", "harbour.html", "Norway rejected the plan."), ("Dam vote delayed", "/dam.html", "Ministers put off the vote.")])
        let resource = Responses.resource(body, type: "application/rss+xml", requested: "http://127.0.0.1:9/feed", final: "http://127.0.0.1:9/news/feed.xml")
        let entries = try WebSources.entries(fetched: resource, name: "http://127.0.0.1:9/feed", reader: reader)
        #expect(entries.map(\.title) == ["Harbour talks stall", "Dam vote delayed"])
        #expect(entries.map(\.fullStoryURL) == ["http://127.0.0.1:9/news/harbour.html", "http://127.0.0.1:9/dam.html"])
        #expect(entries.map(\.key) == ["http://127.0.0.1:9/news/harbour.html", "http://127.0.0.1:9/dam.html"])
        #expect(entries.allSatisfy { $0.webAddress == "http://127.0.0.1:9/feed" && $0.isSummaryOnly && $0.origin == "Coastal Wire" })
        let article = entries[0].article
        #expect(article.source == "http://127.0.0.1:9/feed#1")
        #expect(article.metadata.feedTitle == "Coastal Wire")
        #expect(article.metadata.feedURL == "http://127.0.0.1:9/news/feed.xml")
    }

    @Test("Plain text that starts like a feed is read as one, as a file's first bytes are looked at")
    func plainTextThatIsAFeed() throws {
        let body = Responses.feed(items: [("Harbour talks stall", "http://127.0.0.1:9/harbour.html", "Norway rejected the plan.")])
        let resource = Responses.resource(body, type: "text/plain", requested: "http://127.0.0.1:9/feed.txt")
        #expect(try WebSources.entries(fetched: resource, name: "http://127.0.0.1:9/feed.txt", reader: reader).map(\.title) == ["Harbour talks stall"])
    }

    @Test("What is not a page or a feed is one line naming the URL")
    func refusals() throws {
        let name = "http://127.0.0.1:9/x"
        let cases: [(FetchedResource, String)] = [
            (Responses.resource("", type: "text/html", requested: name), "the page is empty"),
            (Responses.resource("<notes><note>Buy milk</note></notes>", type: "application/rss+xml", requested: name),
             "not a feed (the document is <notes>, not RSS, RDF or Atom)"),
            (Responses.resource("<notes><note>Buy milk</note></notes>", type: "application/xml", requested: name), "neither an HTML page nor a feed"),
            (Responses.resource("{\"name\": \"not a feed\"}", type: "application/json", requested: name), "neither an HTML page nor a feed"),
            (Responses.resource("<html><body><nav><a href='/'>Home</a></nav></body></html>", type: "text/html", requested: name), "no article text found in this page"),
            (Responses.resource([0, 1, 2, 3, 0xFF, 0xFE, 0, 0], type: "text/plain", requested: name), "not a text page (binary data)"),
            (Responses.resource("<?xml version='1.0'?><rss><channel><title>Empty</title></channel></rss>", type: "application/rss+xml", requested: name),
             "the feed has no items"),
        ]
        for (resource, reason) in cases {
            do {
                _ = try WebSources.entries(fetched: resource, name: name, reader: reader)
                Issue.record("accepted; expected \(reason)")
            } catch {
                #expect(error.description == "\(name): \(reason)")
            }
        }
    }
}
