import Foundation
import LocalHTTPServer
import Testing

/// Pages and feeds served by a local server, as `parley URL` would fetch them from the web.
enum WebServerFixtures {
    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Coastal Wire</title><link>/</link>
        <item><title>Harbour talks stall</title><link>/harbour.html</link><pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate>
        <content:encoded><![CDATA[<p>Norway has rejected a proposal from the European Union to share the harbour fees, officials said on \
        Tuesday.</p><p>The European Commission said the plan was fair, and urged Norway to reconsider before the summit in Oslo.</p>]]></content:encoded></item>
        <item><title>Dam vote delayed</title><link>/dam.html</link><pubDate>Mon, 04 Mar 2024 09:00:00 +0100</pubDate>
        <description>Ministers put off the vote on the river dam.</description></item>
        <item><title>Gone story</title><link>/gone.html</link><pubDate>Sun, 03 Mar 2024 09:00:00 +0100</pubDate>
        <description>This story has no page any more.</description></item>
        </channel></rss>
        """

    static let damPage = """
        <html><head><meta charset="utf-8"><title>Dam vote delayed | River Post</title><meta property="og:site_name" content="River Post"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Dam vote delayed</h1>
        <p>Ministers in Norway put off the vote on the river dam after Sweden objected to the plan, officials said on Monday.</p>
        <p>The European Commission said it would wait for the vote before giving its view on the project.</p></article></body></html>
        """

    /// The command-line tests' page without its canonical link: its address is where it was fetched from.
    static let pageWithoutCanonical = WebFixtures.page.replacingOccurrences(of: "<link rel=\"canonical\" href=\"https://example.org/news/harbour-talks\">", with: "")

    static var billionLaughs: String {
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        for level in 1...10 { laughs += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }
        return laughs + "]><rss><channel><title>&a10;</title><item><title>x</title></item></channel></rss>"
    }

    static let externalEntity = """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>Wire &secret;</title><item><title>Item &secret;</title><description>Text &secret; here.</description></item></channel></rss>
        """

    static func respond(_ body: String, _ type: String, etag: String? = nil) -> LocalHTTPServer.Reply {
        .respond(LocalHTTPServer.Response(headers: [("Content-Type", type)] + (etag.map { [("ETag", $0)] } ?? []), body: Array(body.utf8)))
    }

    /// The server's routes: the feed (with an ETag), the item pages, and the bad inputs.
    static func route(_ request: LocalHTTPServer.Request, pageDelay: Int64 = 0) -> LocalHTTPServer.Reply {
        switch request.path {
        case "/wire.xml":
            if request.header("If-None-Match") == "\"w1\"" { return .respond(LocalHTTPServer.Response(status: 304, headers: [("ETag", "\"w1\"")])) }
            return respond(feed, "application/rss+xml; charset=utf-8", etag: "\"w1\"")
        case "/dam.html":
            let page = LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: Array(damPage.utf8))
            return pageDelay > 0 ? .delayed(page, milliseconds: pageDelay) : .respond(page)
        case "/moved-page": return .respond(.redirect(to: "/news/page.html", status: 301))
        case "/news/page.html": return respond(pageWithoutCanonical, "text/html")
        case "/latin1.html":
            var body = Array("<html><head><title>Caf".utf8) + [0xE9] + Array(" talks</title></head><body><article><p>Norway and Sweden met at the caf".utf8)
            body += [0xE9] + Array(" on Tuesday to talk about the harbour fees, officials said after the long meeting.</p></article></body></html>".utf8)
            return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/html; charset=ISO-8859-1")], body: body))
        case "/cyrillic.txt":
            // "Привет" in Windows-1251, then plain ASCII text.
            let body: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("\n\nNorway backs the deal.\n".utf8)
            return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/plain; charset=windows-1251")], body: body))
        case "/loop-a": return .respond(.redirect(to: "/loop-b"))
        case "/loop-b": return .respond(.redirect(to: "/loop-a"))
        case "/silent": return .neverAnswer
        case "/huge.html": return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: [UInt8](repeating: 0x61, count: 2 * 1_048_576 + 1)))
        case "/photo.png": return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47]))
        case "/blank.html": return respond("<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html")
        case "/binary.html": return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/html")], body: [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]))
        case "/notes.rss": return respond("<?xml version='1.0'?><notes><note>Buy milk</note></notes>", "application/rss+xml")
        case "/data.json": return respond("{\"name\": \"not a feed\"}", "application/json")
        case "/laughs.xml": return respond(billionLaughs, "application/rss+xml")
        case "/secret.rss": return respond(externalEntity, "application/rss+xml")
        default: return .respond(LocalHTTPServer.Response(status: 404))
        }
    }
}

@Suite("Pages and feeds fetched from URLs", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct WebURLTests {
    func parley(_ arguments: [String], cache: URL) throws -> ParleyProcess.Result {
        try ParleyProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    func articles(_ output: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require(document["articles"] as? [[String: Any]])
    }

    @Test("extract on a feed URL: one article per item, the feed's title and final URL, item links resolved")
    func extractAFeed() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try parley(["extract", "--format", "json", server.url("/wire.xml")], cache: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let items = try articles(result.stdout)
        #expect(items.map { $0["title"] as? String } == ["Harbour talks stall", "Dam vote delayed", "Gone story"])
        #expect(items.map { $0["source"] as? String } == (1...3).map { server.url("/wire.xml#\($0)") })
        #expect(items.map { $0["url"] as? String } == [server.url("/harbour.html"), server.url("/dam.html"), server.url("/gone.html")])
        #expect(items[0]["feed"] as? [String: String] == ["title": "Coastal Wire", "url": server.url("/wire.xml")])
        #expect(items[1]["published"] as? String == "2024-03-04T08:00:00Z")
        #expect(items[0]["text"] as? String == """
            Norway has rejected a proposal from the European Union to share the harbour fees, officials said on Tuesday.

            The European Commission said the plan was fair, and urged Norway to reconsider before the summit in Oslo.
            """)
        #expect((items[0]["actors"] as? [[String: Any]])?.contains { $0["name"] as? String == "Norway" } == true)
    }

    @Test("extract on a page URL: the metadata, and the address after redirects when the page names none")
    func extractAPage() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try parley(["extract", "--format", "json", server.url("/moved-page")], cache: folder)
        #expect(result.status == 0)
        let page = try #require(try articles(result.stdout).first)
        #expect(page["source"] as? String == server.url("/moved-page"))
        #expect(page["url"] as? String == server.url("/news/page.html"))
        #expect(page["title"] as? String == "Harbour talks stall")
        #expect(page["byline"] as? String == "Mara Quill")
        #expect(page["published"] as? String == "2024-03-05T13:30:00Z")
        #expect(page["site"] as? String == "Coastal Times")
        #expect(page["feed"] == nil)
        // The same page from a file gives the same article.
        let file = try WebFixtures.write(WebServerFixtures.pageWithoutCanonical, "page.html", in: folder)
        let fromFile = try #require(try articles(try parley(["extract", "--format", "json", file], cache: folder).stdout).first)
        for field in ["title", "text", "byline", "published", "site"] {
            #expect(fromFile[field] as? String == page[field] as? String, "\(field)")
        }
    }

    @Test("The header's charset is used for a page and for plain text")
    func headerCharsets() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try parley([server.url("/latin1.html")], cache: folder)
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix("Café talks\n==========\n"))
        #expect(page.stdout.contains("Norway and Sweden met at the café on Tuesday"))
        let text = try parley([server.url("/cyrillic.txt")], cache: folder)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Привет\n======\n"))
    }

    @Test("Each bad URL is one line naming it and exit status 1, for read and extract")
    func badInputs() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(path: String, reason: String)] = [
            ("/missing.html", "HTTP 404 Not Found"),
            ("/loop-a", "redirect loop"),
            ("/huge.html", "larger than the 2 MB limit"),
            ("/photo.png", "not a web page or feed (image/png)"),
            ("/blank.html", "no article text found in this page"),
            ("/binary.html", "neither an HTML page nor a feed"),
            ("/notes.rss", "not a feed (the document is <notes>, not RSS, RDF or Atom)"),
            ("/data.json", "neither an HTML page nor a feed"),
            ("/laughs.xml", "entity expansion refused (a \"billion laughs\" document)"),
        ]
        for (path, reason) in cases {
            let url = server.url(path)
            for arguments in [[url], ["extract", "--format", "json", url]] {
                let started = Date()
                let result = try parley(arguments, cache: folder)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stdout == "", "\(arguments)")
                #expect(result.stderr == "parley: \(url): \(reason)\n", "\(arguments)")
                #expect(Date().timeIntervalSince(started) < 10, "\(arguments)")
            }
        }
        let silent = try parley(["--timeout", "1", server.url("/silent")], cache: folder)
        #expect(silent.status == 1)
        #expect(silent.stderr == "parley: \(server.url("/silent")): timed out after 1 s\n")
    }

    @Test("A feed naming a local file as an external entity is read without it")
    func externalEntityIsNotRead() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:"
        let firstLine = String(passwd.split(separator: "\n").first ?? "root:")
        for arguments in [[server.url("/secret.rss")], ["extract", "--format", "json", server.url("/secret.rss")]] {
            let result = try parley(arguments, cache: folder)
            #expect(!result.stdout.contains(firstLine))
            #expect(!result.stderr.contains(firstLine))
            #expect(result.stderr.split(separator: "\n").count <= 1)
            #expect(result.status == 0 || result.status == 1)
        }
    }

    @Test("Fetching shows a progress line on standard error when it is a terminal, and wipes it")
    func progressLineOnATerminal() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0, pageDelay: 300) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = server.url("/dam.html")
        let terminal = try PseudoTerminal(arguments: ["extract", "--format", "json", url],
                                          environment: ["LANG": "C.UTF-8", "TERM": "xterm", "XDG_CACHE_HOME": folder.path], width: 200, height: 30)
        #expect(terminal.exitStatus() == 0)
        let output = String(decoding: terminal.output, as: UTF8.self)
        let size = WebServerFixtures.damPage.utf8.count
        #expect(output.hasPrefix("\r\u{1B}[Kparley: fetching \(url): 0 bytes\r\u{1B}[Kparley: fetching \(url): \(size) bytes"))
        #expect(output.contains("\(size) bytes\r\u{1B}[K{"))
        #expect(output.contains("\"title\" : \"Dam vote delayed\""))
    }
}

@Suite("A feed URL in tmux", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct WebURLTmuxTests {
    @Test("A feed URL opens as a library; Enter fetches a summary's page while keys still work; r reloads conditionally")
    func feedURLLibrary() throws {
        let server = try LocalHTTPServer { WebServerFixtures.route($0, pageDelay: 2_000) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try #require(ParleyProcess.binary)
        let session = TmuxSession()
        try session.start("XDG_CACHE_HOME='\(folder.path)' '\(binary)' '\(server.url("/wire.xml"))'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        var screen = try session.wait(for: "Library")
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.first == " Library 3 articles, 3 unread")
        #expect(rows[1].hasPrefix(" ● Harbour talks stall ") && rows[1].hasSuffix("2024-03-05  Coastal Wire"))
        #expect(rows[2].hasPrefix(" ● Dam vote delayed ") && rows[2].hasSuffix("2024-03-04  Coastal Wire"))
        #expect(rows[3].hasPrefix(" ● Gone story ") && rows[3].hasSuffix("2024-03-03  Coastal Wire"))
        #expect(rows[29].hasPrefix(" Parley: 3 articles  Enter open  r reload "))

        // The summary is shown at once, with the fetch in the status line; keys keep working.
        try session.send("j", "Enter")
        screen = try session.wait(for: "Fetching the full story")
        #expect(screen.contains(" Fetching the full story from \(server.url("/dam.html"))"))
        #expect(screen.contains(" Ministers put off the vote on the river dam."))
        try session.send("=")
        screen = try session.wait(for: "Dam vote delayed: lines")
        #expect(screen.contains(" Dam vote delayed: lines 1-"))
        #expect(!screen.contains("Sweden objected"))
        screen = try session.wait(for: "Full story read from its page")
        #expect(screen.contains(" Ministers in Norway put off the vote on the river dam "))
        #expect(screen.contains(" after Sweden objected to the plan"))
        #expect(screen.contains(" 2024-03-04 · River Post"))
        #expect(screen.contains("C 1 Sweden"))

        // A page that is gone: one line, and the summary stays.
        try session.send("Escape", "j", "Enter")
        screen = try session.wait(for: "Full story not fetched")
        #expect(screen.contains(" Full story not fetched (HTTP 404 Not Found): showing the summary"))
        #expect(screen.contains(" This story has no page any more."))

        // r fetches the feed again, conditionally: the server says it has not changed.
        try session.send("Escape", "r")
        screen = try session.wait(for: "Reloaded")
        #expect(screen.contains(" Reloaded: not modified since the last fetch"))
        rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.first == " Library 3 articles, 1 unread")
        let feedRequests = server.requests.filter { $0.path == "/wire.xml" }
        #expect(feedRequests.map { $0.header("If-None-Match") } == [nil, "\"w1\""])
        try session.send("q")
        #expect(try session.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }
}
