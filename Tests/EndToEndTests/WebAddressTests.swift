import Foundation
import LocalHTTPServer
import Testing

/// `parley URL` against a server the test starts on 127.0.0.1: plain text is read like a file,
/// and every bad URL is one line `parley: URL: reason` with exit status 1.
@Suite("parley with http(s) URLs", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct WebAddressTests {
    let article = "Ministers split over fishing deal\n\nNorway backs the fishing deal. Sweden rejects the deal.\n"

    /// The routes every test here uses.
    func route(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Reply {
        switch request.path {
        case "/story.txt":
            return .respond(.ok(article))
        case "/versioned.txt":
            if request.header("If-None-Match") == "\"v1\"" { return .respond(LocalHTTPServer.Response(status: 304)) }
            return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/plain"), ("ETag", "\"v1\"")], body: Array(article.utf8)))
        case "/moved": return .respond(.redirect(to: "/story.txt", status: 301))
        case "/loop-a": return .respond(.redirect(to: "/loop-b"))
        case "/loop-b": return .respond(.redirect(to: "/loop-a"))
        case "/silent": return .neverAnswer
        case "/huge.txt": return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "text/plain")], body: [UInt8](repeating: 0x61, count: 2 * 1_048_576 + 1)))
        case "/page.html": return .respond(.ok("<html><body><p>Hello</p></body></html>", contentType: "text/html; charset=utf-8"))
        case "/photo.jpg": return .respond(LocalHTTPServer.Response(headers: [("Content-Type", "image/jpeg")], body: [0xFF, 0xD8, 0xFF]))
        case "/empty.txt": return .respond(.ok(""))
        default: return .respond(LocalHTTPServer.Response(status: 404))
        }
    }

    /// Runs parley with a private cache folder (so no test writes to the real ~/.cache).
    func parley(_ arguments: [String], cache: URL) throws -> ParleyProcess.Result {
        try ParleyProcess.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    @Test("A plain-text URL reads exactly like the same text in a file")
    func plainTextURL() throws {
        let server = try LocalHTTPServer { self.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.txt")
        try Data(article.utf8).write(to: file)
        let fromFile = try parley([file.path], cache: folder)
        for url in [server.url("/story.txt"), server.url("/moved")] {
            let fromURL = try parley([url], cache: folder)
            #expect(fromURL.status == 0)
            #expect(fromURL.stderr == "")
            #expect(fromURL.stdout == fromFile.stdout)
        }
        #expect(server.requests.first?.header("User-Agent") == "Parley/0.1.0 (terminal news reader)")
    }

    @Test("extract names the URL as the article's source")
    func extractFromURL() throws {
        let server = try LocalHTTPServer { self.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try parley(["extract", "--format", "json", server.url("/story.txt")], cache: folder)
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        #expect(articles.first?["source"] as? String == server.url("/story.txt"))
        #expect(articles.first?["title"] as? String == "Ministers split over fishing deal")
    }

    @Test("Opened again, a URL is fetched conditionally and the stored copy is shown on 304")
    func conditionalGetAcrossRuns() throws {
        let server = try LocalHTTPServer { self.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try parley([server.url("/versioned.txt")], cache: folder)
        let second = try parley([server.url("/versioned.txt")], cache: folder)
        #expect(first.status == 0)
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(second.stdout.hasPrefix("Ministers split over fishing deal\n"))
        #expect(server.requests.map { $0.header("If-None-Match") } == [nil, "\"v1\""])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("parley/http").path))
    }

    @Test("Each bad URL is one line naming it, and exit status 1")
    func badURLs() throws {
        let server = try LocalHTTPServer { self.route($0) }
        defer { server.stop() }
        let closed = try #require(ClosedPort())
        defer { withExtendedLifetime(closed) {} }
        let closedURL = closed.url("/story.txt")
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let badHost = "http://" + String(repeating: "n", count: 64) + ".invalid/story.txt"  // too long for DNS: no query is sent
        let cases: [(url: String, reason: String)] = [
            (server.url("/missing.txt"), "HTTP 404 Not Found"),
            (server.url("/loop-a"), "redirect loop"),
            (server.url("/huge.txt"), "larger than the 2 MB limit"),
            (closedURL, "connection refused"),
            (badHost, "host not found"),
            (server.url("/photo.jpg"), "not a web page or feed (image/jpeg)"),
            (server.url("/empty.txt"), "the page is empty"),
            ("ftp://127.0.0.1/story.txt", "only http and https URLs can be fetched (not ftp)"),
        ]
        for (url, reason) in cases {
            for arguments in [[url], ["read", url], ["extract", "--format", "json", url]] {
                let result = try parley(arguments, cache: folder)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stdout == "", "\(arguments)")
                #expect(result.stderr == "parley: \(url): \(reason)\n", "\(arguments)")
            }
        }
    }

    @Test("A server that never answers gives its line within the --timeout given")
    func silentServerTimesOut() throws {
        let server = try LocalHTTPServer { self.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = Date()
        let result = try parley(["--timeout", "1.5", server.url("/silent")], cache: folder)
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(server.url("/silent")): timed out after 1.5 s\n")
        #expect(elapsed >= 1.45)
        #expect(elapsed < 9)  // well before the 10 s connect timeout or the 30 s default
    }

    @Test("A server that never accepts the connection gives its line within --connect-timeout")
    func connectTimeout() throws {
        let listener = try #require(UnansweredListener())
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = "http://127.0.0.1:\(listener.port)/story.txt"
        let started = Date()
        let result = try parley(["--connect-timeout", "1", url], cache: folder)
        #expect(Date().timeIntervalSince(started) < 9)  // well before the 30 s total timeout
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(url): timed out after 1 s\n")
        withExtendedLifetime(listener) {}
    }

    @Test("A bad URL among good files stops Parley with its line; the order of arguments is kept")
    func badURLAmongFiles() throws {
        let server = try LocalHTTPServer { self.route($0) }
        defer { server.stop() }
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.txt")
        try Data(article.utf8).write(to: file)
        let bad = try parley([file.path, server.url("/missing.txt"), server.url("/story.txt")], cache: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == "parley: \(server.url("/missing.txt")): HTTP 404 Not Found\n")
        let good = try parley(["extract", "--format", "json", server.url("/story.txt"), file.path], cache: folder)
        #expect(good.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any])
        let sources = (document["articles"] as? [[String: Any]])?.map { $0["source"] as? String }
        #expect(sources == [server.url("/story.txt"), file.path])
    }

    @Test("Time limits out of range are refused by the option parser")
    func badTimeouts() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try parley(["--connect-timeout", "0", "http://127.0.0.1/"], cache: folder)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --connect-timeout takes seconds between 0 and 3600\n"))
    }
}
