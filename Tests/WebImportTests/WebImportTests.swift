import Foundation
import Testing
@testable import WebImport

/// The seed documents of the fuzz corpus, written by the team, read with exact results.
@Suite("Pages and feeds")
struct WebImportTests {
    func seed(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: SharedFiles.packageRoot.appendingPathComponent("Tests/FuzzCorpus/" + name)))
    }

    @Test func pageArticleAndMetadata() throws {
        let document = try WebImporter.read(bytes: seed("page.html"), url: "https://example.org/news/ferry.html")
        #expect(document == .page(WebArticle(
            title: "Ferry strike ends",
            paragraphs: [
                "The ferry workers' union said on Thursday that the strike was over, after the company agreed to a new rota.",
                "Passengers, who had waited for three days, welcomed the news at the café & the company apologised.",
                "Services resume on Friday.",
            ],
            captions: ["A ferry in the harbour."],
            metadata: PageMetadata(byline: "Ilse Brandt", published: "2023-11-02T07:15:00Z", siteName: "Harbour Post", language: "en-GB",
                                   url: "https://example.org/news/ferry.html"))))
    }

    @Test func charsetFromHeaderMetaOrBytes() {
        let body = Array("<html><head><title>x</title></head><body><p>".utf8) + [0x63, 0x61, 0x66, 0xE9] + Array("</p></body></html>".utf8)
        // Not UTF-8 and undeclared: Windows-1252.
        #expect(ArticleExtractor.extract(bytes: body).paragraphs == ["café"])
        // The header wins over the bytes: ISO-8859-5 reads 0xE9 as a Cyrillic letter.
        #expect(ArticleExtractor.extract(bytes: body, contentType: "text/html; charset=ISO-8859-5").paragraphs == ["cafщ"])
        let utf8 = Array("<html><head><meta charset=\"utf-8\"><title>x</title></head><body><p>caf\u{E9} &euro;5 &#x2014; ok</p></body></html>".utf8)
        #expect(ArticleExtractor.extract(bytes: utf8).paragraphs == ["café €5 — ok"])
        let bom = [0xEF, 0xBB, 0xBF] + Array("<html><body><p>\u{C5}land</p></body></html>".utf8)
        #expect(ArticleExtractor.extract(bytes: bom, contentType: "text/html; charset=windows-1252").paragraphs == ["\u{C5}land"])
    }

    @Test func titleWithoutTheSiteName() {
        func title(_ html: String) -> String { ArticleExtractor.extract(bytes: Array(html.utf8)).title }
        #expect(title("<title>Dam vote delayed again | River Times</title><meta property='og:site_name' content='River Times'>") == "Dam vote delayed again")
        #expect(title("<title>Dam vote delayed again by ministers - River Times</title>") == "Dam vote delayed again by ministers")
        #expect(title("<title>News</title><body><h1>Dam vote delayed again today</h1><p>x</p></body>") == "Dam vote delayed again today")
        #expect(title("<meta property='og:title' content='Dam vote: what next | River Times'><meta property='og:site_name' content='River Times - all the news'>") == "Dam vote: what next")
    }

    @Test func furnitureIsDroppedAndTheStoryKept() {
        var paragraphs = ""
        for number in 1...6 {
            paragraphs += "<p>Paragraph \(number) of the story says something long enough to count, with commas, clauses, and detail.</p>"
        }
        let html = """
            <html><body><header class="site-header"><a href="/">Home</a></header>
            <div id="sidebar"><p>Most read: a list of other stories, one, two, three, and more of them here.</p></div>
            <div class="story-content">\(paragraphs)<div class="comments"><p>Reader comment that is long enough to be a paragraph, truly.</p></div></div>
            <form><input name="q"><p>Search the site</p></form>
            <script>var p = "<p>not text</p>";</script></body></html>
            """
        let article = ArticleExtractor.extract(bytes: Array(html.utf8))
        #expect(article.paragraphs == (1...6).map { "Paragraph \($0) of the story says something long enough to count, with commas, clauses, and detail." })
    }

    @Test func rssItemsWithContentAndDescription() throws {
        let feed = try WebImporter.readFeed(bytes: seed("feed-rss.xml"))
        #expect(feed.dialect == .rss)
        #expect(feed.title == "Valley News")
        #expect(feed.link == "https://example.org/")
        #expect(feed.feedURL == "https://example.org/feed.xml")
        #expect(feed.problem == nil)
        #expect(feed.items.map(\.title) == ["Bridge reopens", "Q&A: the new rota"])
        let bridge = feed.items[0]
        #expect(bridge.link == "https://example.org/bridge")
        #expect(bridge.published == "2023-11-01T08:00:00Z")
        #expect(bridge.author == "Tomas Ek")
        #expect(!bridge.isSummaryOnly)
        #expect(bridge.body.paragraphs == [
            "The bridge reopened on Wednesday, two months after the storm damaged its eastern pier, and the council thanked residents for their patience.",
            "Traffic", "Queues were short, and buses returned to their usual routes by the afternoon.",
        ])
        #expect(bridge.body.headingIndices == [1])
        let rota = feed.items[1]
        #expect(rota.link == "https://example.org/rota")
        #expect(rota.body.paragraphs == ["What changes for drivers."])
        #expect(rota.isSummaryOnly)
    }

    @Test func atomWithBaseXHTMLAndSummary() throws {
        let feed = try WebImporter.readFeed(bytes: seed("feed-atom.xml"), url: "https://example.org/blog/atom.xml")
        #expect(feed.dialect == .atom)
        #expect(feed.title == "River Notes")
        #expect(feed.feedURL == "https://example.org/blog/atom.xml")
        #expect(feed.items.map(\.link) == ["https://example.org/blog/floods", "https://example.org/blog/note"])
        #expect(feed.items[0].body.paragraphs == ["The river fell overnight.", "Farmers began to count the cost."])
        #expect(feed.items[0].author == "Ana Ruiz")
        #expect(feed.items[0].published == "2023-10-30T18:00:00Z")
        #expect(feed.items[1].published == "2023-10-29T00:00:00Z")
        #expect(feed.items[1].body.paragraphs == ["Just a summary."])
        #expect(feed.items[1].isSummaryOnly)
    }

    @Test func jsonFeedAndRDF() throws {
        let json = try WebImporter.readFeed(bytes: seed("feed.json"))
        #expect(json.dialect == .jsonFeed)
        #expect(json.title == "Hill Journal")
        #expect(json.feedURL == "https://example.org/feed.json")
        #expect(json.items.map(\.title) == ["Snow closes pass", "Plain text item."])
        #expect(json.items[0].published == "2023-12-01T12:00:00Z")
        #expect(json.items[0].author == "Kai Moe")
        #expect(json.items[1].body.paragraphs == ["Plain text item.", "Second paragraph."])
        let rdf = try WebImporter.readFeed(bytes: seed("feed-rdf.xml"))
        #expect(rdf.dialect == .rdf)
        #expect(rdf.title == "Coast Digest")
        #expect(rdf.items.map(\.title) == ["Gulls return"])
        #expect(rdf.items[0].published == "2023-05-04T06:30:00Z")
    }

    @Test func illFormedFeedsAreReadAsFarAsTheyGo() throws {
        let broken = Array("<rss><channel><title>Broken &amp; bold</title><item><title>One</title><description>First</description></item><item><title>Two</channel>".utf8)
        let feed = try WebImporter.readFeed(bytes: broken)
        #expect(feed.title == "Broken & bold")
        #expect(feed.items.first?.title == "One")
        #expect(feed.problem?.hasPrefix("not well-formed XML: ") == true)
    }

    @Test func refusals() {
        #expect(throws: WebImportError("file is empty")) { try WebImporter.readFeed(bytes: []) }
        #expect(throws: WebImportError("not a feed (the document is <html>, not RSS, RDF or Atom)")) {
            try WebImporter.readFeed(bytes: Array("<?xml version='1.0'?><html><body/></html>".utf8))
        }
        #expect(throws: WebImportError("neither an HTML page nor a feed")) { try WebImporter.read(bytes: Array("just words".utf8)) }
        #expect(throws: WebImportError("larger than the 2 MB limit for an article")) {
            try WebImporter.read(bytes: [UInt8](repeating: 0x3C, count: WebImporter.sizeLimit + 1))
        }
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        for level in 1...10 { laughs += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }
        laughs += "]><rss><channel><title>&a10;</title></channel></rss>"
        let start = ContinuousClock.now
        #expect(throws: WebImportError("entity expansion refused (a \"billion laughs\" document)")) { try WebImporter.readFeed(bytes: Array(laughs.utf8)) }
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func sniffing() {
        #expect(WebImporter.sniff(Array("<!-- c --><?xml version='1.0'?><rss/>".utf8)) == .xmlFeed)
        #expect(WebImporter.sniff(Array("<?xml version='1.0'?><!DOCTYPE x><feed xmlns='http://www.w3.org/2005/Atom'/>".utf8)) == .xmlFeed)
        #expect(WebImporter.sniff(Array("\n<!doctype html><title>x</title>".utf8)) == .html)
        #expect(WebImporter.sniff(Array("{\"version\": \"https://jsonfeed.org/version/1\"}".utf8)) == .jsonFeed)
        #expect(WebImporter.sniff(Array("Plain words <b>".utf8)) == .unknown)
    }

    @Test func datesBecomeISO8601InUTC() {
        #expect(DateText.iso8601("Tue, 10 Jun 2003 04:00:00 GMT") == "2003-06-10T04:00:00Z")
        #expect(DateText.iso8601("10 Jun 2003 23:30 -0130") == "2003-06-11T01:00:00Z")
        #expect(DateText.iso8601("2024-02-29T00:10:00+01:00") == "2024-02-28T23:10:00Z")
        #expect(DateText.iso8601("2024-03-05") == "2024-03-05T00:00:00Z")
        #expect(DateText.iso8601("2024-03-05T14:30:00.123Z") == "2024-03-05T14:30:00Z")
        #expect(DateText.iso8601("yesterday") == nil)
        #expect(DateText.iso8601("2024-13-45") == nil)
        // Damaged dates (found by fuzzing): a lone colon, and numbers too long for any field.
        #expect(DateText.iso8601("Wed, 0{ : 1 Nov 2023 10:00:00 +0200") == "2023-11-01T08:00:00Z")
        #expect(DateText.iso8601("1 Nov 2023 99999999999999999:00") == "2023-11-01T00:00:00Z")
        #expect(DateText.iso8601("1 Nov 9999999999999999999") == nil)
    }

    @Test func linksResolveAgainstThePage() {
        #expect(WebAddress.resolve("/a/b", against: "https://example.org/x/y.html") == "https://example.org/a/b")
        #expect(WebAddress.resolve("c.html", against: "https://example.org/x/y.html?q=1") == "https://example.org/x/c.html")
        #expect(WebAddress.resolve("//cdn.example.org/z", against: "https://example.org/") == "https://cdn.example.org/z")
        #expect(WebAddress.resolve("https://other.example/", against: "https://example.org/") == "https://other.example/")
    }
}
