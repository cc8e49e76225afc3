import Foundation
import Testing

/// Pages and feeds written by the team, for the command line and tmux tests.
enum WebFixtures {
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbour talks stall | Coastal Times</title>
        <meta property="og:site_name" content="Coastal Times">
        <meta name="author" content="Mara Quill">
        <meta property="article:published_time" content="2024-03-05T14:30:00+01:00">
        <link rel="canonical" href="https://example.org/news/harbour-talks">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Harbour talks stall</h1>
        <p>Norway has rejected a proposal from the European Union to share the harbour fees, officials said on Tuesday.</p>
        <p>The European Commission said the plan was fair, and urged Norway to reconsider before the summit in Oslo.</p>
        <figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
        <p>Denmark supports the plan, while Sweden has doubts about the timing, according to diplomats in Brussels.</p>
        </article>
        <footer>Copyright Coastal Times</footer>
        </body></html>
        """

    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Coastal Wire</title><link>https://example.org/</link>
        <item><title>Harbour talks stall</title><link>https://example.org/harbour</link><pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>
        <dc:creator>Mara Quill</dc:creator><content:encoded><![CDATA[<p>Norway has rejected a proposal from the European Union to share the \
        harbour fees, officials said on Tuesday.</p><p>The European Commission said the plan was fair, and urged Norway to reconsider before \
        the summit in Oslo. Denmark supports the plan, while Sweden has doubts about the timing.</p>]]></content:encoded></item>
        <item><title>Dam vote delayed</title><link>https://example.org/dam</link><pubDate>Mon, 04 Mar 2024 09:00:00 +0100</pubDate>
        <description>Ministers put off the vote on the river dam.</description></item>
        </channel></rss>
        """

    /// Writes a file into `folder` and returns its path.
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

@Suite("Pages and feeds on the command line", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct WebFormatTests {
    func json(_ text: String) throws -> [String: Any] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        return try #require(articles.first)
    }

    @Test func extractGivesThePageMetadataAsOptionalFields() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try WebFixtures.write(WebFixtures.page, "page.html", in: folder)
        let result = try ParleyProcess.run(["extract", "--format", "json", page])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let article = try json(result.stdout)
        #expect(article["source"] as? String == page)
        #expect(article["title"] as? String == "Harbour talks stall")
        #expect(article["url"] as? String == "https://example.org/news/harbour-talks")
        #expect(article["byline"] as? String == "Mara Quill")
        #expect(article["published"] as? String == "2024-03-05T13:30:00Z")
        #expect(article["site"] as? String == "Coastal Times")
        #expect(article["feed"] == nil)
        #expect(article["text"] as? String == """
            Norway has rejected a proposal from the European Union to share the harbour fees, officials said on Tuesday.

            The European Commission said the plan was fair, and urged Norway to reconsider before the summit in Oslo.

            Denmark supports the plan, while Sweden has doubts about the timing, according to diplomats in Brussels.
            """)

        let text = try WebFixtures.write("Plain title\n\nNorway backs the deal.\n", "plain.txt", in: folder)
        let plain = try json(try ParleyProcess.run(["extract", "--format", "json", text]).stdout)
        for field in ["url", "byline", "published", "site", "feed"] { #expect(plain[field] == nil, "\(field) should be absent") }
    }

    @Test func feedItemsCarryTheirFeed() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = try WebFixtures.write(WebFixtures.feed, "wire.rss", in: folder)
        let result = try ParleyProcess.run(["extract", "--format", "json", feed])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        #expect(articles.map { $0["title"] as? String } == ["Harbour talks stall", "Dam vote delayed"])
        #expect(articles.map { $0["source"] as? String } == [feed + "#1", feed + "#2"])
        #expect(articles[0]["byline"] as? String == "Mara Quill")
        #expect(articles[1]["published"] as? String == "2024-03-04T08:00:00Z")
        #expect(articles[0]["feed"] as? [String: String] == ["title": "Coastal Wire", "url": "https://example.org/"])
    }

    /// The model runs on a page's text exactly as on the same article as plain text.
    @Test func aPageIsAnalysedAsTheSameArticleInPlainText() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try String(contentsOf: ParleyProcess.packageRoot.appendingPathComponent("Sources/parley/Samples/coal-levy.txt"), encoding: .utf8)
        let parts = sample.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let escaped = parts.map { $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        let html = "<html><head><title>\(escaped[0])</title></head><body><nav><a href='/'>Home</a></nav><article>"
            + escaped.dropFirst().map { "<p>\($0.replacingOccurrences(of: "\n", with: " "))</p>" }.joined() + "</article></body></html>"
        let text = try WebFixtures.write(sample, "coal.txt", in: folder)
        let page = try WebFixtures.write(html, "coal.html", in: folder)
        let fromText = try json(try ParleyProcess.run(["extract", "--format", "json", text]).stdout)
        let fromPage = try json(try ParleyProcess.run(["extract", "--format", "json", page]).stdout)
        for field in ["title", "text", "actors", "issues", "stances"] {
            let a = try JSONSerialization.data(withJSONObject: fromText[field] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            let b = try JSONSerialization.data(withJSONObject: fromPage[field] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            #expect(a == b, "\(field) differs")
        }
        #expect((fromText["actors"] as? [Any])?.isEmpty == false)
    }

    @Test func pipedOutputForAPageAFeedAndAFolder() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try WebFixtures.write(WebFixtures.page, "page.htm", in: folder)
        var result = try ParleyProcess.run([page])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("""
            Harbour talks stall
            ===================
            Mara Quill · 2024-03-05 · Coastal Times
            https://example.org/news/harbour-talks
            [The harbour at dawn.]

            Norway has rejected a proposal from the European Union to share the harbour

            """))
        let feed = try WebFixtures.write(WebFixtures.feed, "wire.xml", in: folder)
        result = try ParleyProcess.run([feed])
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            Dam vote delayed
            ================
            2024-03-04 · Coastal Wire
            https://example.org/dam
            (summary only: the full story is on its page)

            Ministers put off the vote on the river dam.
            """))
        _ = try WebFixtures.write("Plain title\n\nNorway backs the deal.\n", "plain.txt", in: folder)
        result = try ParleyProcess.run([folder.path])
        #expect(result.status == 0)
        // The feed is not a page or text: the folder lists the page and the text file.
        #expect(result.stdout.hasPrefix("Harbour talks stall\n"))
        #expect(result.stdout.contains("\nPlain title\n"))
        #expect(!result.stdout.contains("Dam vote delayed"))
        // Standard input is told apart by its first bytes.
        result = try ParleyProcess.run(["-"], stdin: Data(WebFixtures.feed.utf8))
        #expect(result.stdout.hasPrefix("Harbour talks stall\n===================\nMara Quill · 2024-03-05 · Coastal Wire\n"))
    }

    @Test func badPagesAndFeedsAreOneLineAndExitOne() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        for level in 1...10 { laughs += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }
        laughs += "]><rss><channel><title>&a10;</title><item><title>x</title></item></channel></rss>"
        let cases: [(String, String, String)] = [
            (laughs, "laughs.xml", "entity expansion refused (a \"billion laughs\" document)"),
            ("<?xml version='1.0'?><rss><channel><title>Empty</title></channel></rss>", "empty.rss", "the feed has no items"),
            ("<?xml version='1.0'?><notes><note>Buy milk</note></notes>", "notes.xml", "not a feed (the document is <notes>, not RSS, RDF or Atom)"),
            ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "blank.html", "no article text found in this page"),
            ("", "nothing.html", "file is empty"),
            ("{\"name\": \"not a feed\"}", "data.json", "not a JSON Feed (no jsonfeed.org version)"),
        ]
        for (content, name, reason) in cases {
            let path = try WebFixtures.write(content, name, in: folder)
            let start = Date()
            let result = try ParleyProcess.run([path])
            #expect(result.status == 1, "\(name)")
            #expect(result.stdout == "")
            #expect(result.stderr == "parley: \(path): \(reason)\n")
            #expect(Date().timeIntervalSince(start) < 10)
        }
    }
}

@Suite("Pages and feeds in tmux", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct WebFormatTmuxTests {
    @Test func aFeedOpensAsALibraryOfItsItems() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = try WebFixtures.write(WebFixtures.feed, "wire.rss", in: folder)
        let binary = try #require(ParleyProcess.binary)
        let session = TmuxSession()
        try session.start("'\(binary)' '\(feed)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        var screen = try session.wait(for: "Library")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.first == " Library 2 articles, 2 unread")
        #expect(rows[1].hasPrefix(" ● Harbour talks stall ") && rows[1].hasSuffix("2024-03-05  Coastal Wire"))
        #expect(rows[2].hasPrefix(" ● Dam vote delayed ") && rows[2].hasSuffix("2024-03-04  Coastal Wire"))
        try session.send("Enter")
        screen = try session.wait(for: "Stances")
        #expect(screen.contains(" Mara Quill · 2024-03-05 · Coastal Wire"))
        #expect(screen.contains("C 2 Norway"))
        try session.send("Escape")
        try session.send("j")
        try session.send("Enter")
        screen = try session.wait(for: "Summary only")
        #expect(screen.contains(" Summary only: o shows the address of the full story"))
        try session.send("o")
        #expect(try session.wait(for: "https://example.org/dam").contains(" https://example.org/dam"))
        try session.send("q")
        #expect(try session.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }

    @Test func anHTMLPageOpensAsItsArticle() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try WebFixtures.write(WebFixtures.page, "page.html", in: folder)
        let binary = try #require(ParleyProcess.binary)
        let session = TmuxSession()
        try session.start("'\(binary)' '\(page)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        var screen = try session.wait(for: "Stances")
        #expect(screen.contains(" Harbour talks stall "))
        #expect(screen.contains(" Mara Quill · 2024-03-05 · Coastal Times"))
        #expect(screen.contains(" The harbour at dawn."))
        #expect(!screen.contains("Home"))
        try session.send("o")
        screen = try session.wait(for: "https://example.org/news/harbour-talks")
        #expect(screen.contains(" https://example.org/news/harbour-talks"))
        try session.send("q")
        #expect(try session.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }
}
