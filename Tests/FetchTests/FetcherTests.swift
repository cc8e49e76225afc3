import Fetch
import LocalHTTPServer
import Testing

@Suite("Fetching over HTTP from a local server")
struct FetcherTests {
    @Test("A 200 gives the body, the content type, the charset as sent, and the request names Parley")
    func okWithCharset() async throws {
        let page = "<html><body><p>Grüße</p></body></html>"
        try await LocalHTTPServer.with(route: routes(["/page": .respond(.ok(page, contentType: "text/html; charset=ISO-8859-1"))])) { server in
            let resource = try await withFetcher { try await $0.fetch(url: server.url("/page")) }
            #expect(resource.status == 200)
            #expect(resource.body == Array(page.utf8))
            #expect(resource.contentType == "text/html")
            #expect(resource.charset == "ISO-8859-1")
            #expect(resource.finalURL == server.url("/page"))
            #expect(resource.requestedURL == server.url("/page"))
            #expect(resource.notModified == false)
            #expect(resource.validators.isEmpty)
            let request = try #require(server.requests.first)
            #expect(request.header("User-Agent") == "Parley/9.9 (test)")
            #expect(request.header("Accept-Encoding") == "gzip, deflate")
            #expect(request.header("If-None-Match") == nil)
        }
    }

    @Test("The charset is passed on as the header gives it: unknown, quoted, or absent")
    func charsetAsGiven() async throws {
        let table: [String: LocalHTTPServer.Reply] = [
            "/wrong": .respond(.ok("text", contentType: "text/plain; charset=klingon-8")),
            "/quoted": .respond(.ok("text", contentType: "Text/HTML; Charset=\"UTF-8\"")),
            "/none": .respond(.ok("text", contentType: "text/plain")),
            "/untyped": .respond(.ok("text", contentType: nil)),
        ]
        try await LocalHTTPServer.with(route: routes(table)) { server in
            try await withFetcher { fetcher in
                let wrong = try await fetcher.fetch(url: server.url("/wrong"))
                #expect(wrong.contentType == "text/plain")
                #expect(wrong.charset == "klingon-8")
                let quoted = try await fetcher.fetch(url: server.url("/quoted"))
                #expect(quoted.contentType == "text/html")
                #expect(quoted.charset == "UTF-8")
                let none = try await fetcher.fetch(url: server.url("/none"))
                #expect(none.charset == nil)
                let untyped = try await fetcher.fetch(url: server.url("/untyped"))
                #expect(untyped.contentType == nil)
                #expect(untyped.charset == nil)
                #expect(untyped.body == Array("text".utf8))
            }
        }
    }

    @Test("A 404 is one line naming the status")
    func notFound() async throws {
        try await LocalHTTPServer.with(route: routes([:])) { server in
            #expect(await failure(of: server.url("/missing")) == "HTTP 404 Not Found")
        }
    }

    @Test("A server error and an unknown status are named by their code")
    func otherStatuses() async throws {
        let table: [String: LocalHTTPServer.Reply] = [
            "/broken": .respond(LocalHTTPServer.Response(status: 503)),
            "/odd": .respond(LocalHTTPServer.Response(status: 599)),
        ]
        try await LocalHTTPServer.with(route: routes(table)) { server in
            #expect(await failure(of: server.url("/broken")) == "HTTP 503 Service Unavailable")
            #expect(await failure(of: server.url("/odd")) == "HTTP 599")
        }
    }

    @Test("A chain of three redirects is followed to the page, which gives the final URL")
    func redirectChain() async throws {
        let table: [String: LocalHTTPServer.Reply] = [
            "/one": .respond(.redirect(to: "/two", status: 301)),
            "/two": .respond(.redirect(to: "/three", status: 302)),
            "/three": .respond(.redirect(to: "/story", status: 307)),
            "/story": .respond(.ok("The story.")),
        ]
        try await LocalHTTPServer.with(route: routes(table)) { server in
            let resource = try await withFetcher { try await $0.fetch(url: server.url("/one")) }
            #expect(resource.body == Array("The story.".utf8))
            #expect(resource.finalURL == server.url("/story"))
            #expect(resource.requestedURL == server.url("/one"))
            #expect(server.requests.map(\.path) == ["/one", "/two", "/three", "/story"])
        }
    }

    @Test("Five redirects are followed; a sixth is refused")
    func redirectLimit() async throws {
        // /hop/N redirects to /hop/N-1; /hop/0 is the page.
        let route: @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Reply = { request in
            guard let number = Int(request.path.dropFirst("/hop/".count)) else { return .respond(.init(status: 404)) }
            return .respond(number == 0 ? .ok("arrived") : .redirect(to: "/hop/\(number - 1)"))
        }
        try await LocalHTTPServer.with(route: route) { server in
            let five = try await withFetcher { try await $0.fetch(url: server.url("/hop/5")) }
            #expect(five.body == Array("arrived".utf8))
            #expect(await failure(of: server.url("/hop/6")) == "too many redirects (more than 5)")
        }
    }

    @Test("A redirect loop is refused as soon as it comes back")
    func redirectLoop() async throws {
        let table: [String: LocalHTTPServer.Reply] = [
            "/ping": .respond(.redirect(to: "/pong")),
            "/pong": .respond(.redirect(to: "/ping")),
        ]
        try await LocalHTTPServer.with(route: routes(table)) { server in
            #expect(await failure(of: server.url("/ping")) == "redirect loop")
            #expect(server.requests.map(\.path) == ["/ping", "/pong"])
        }
    }

    @Test("A server that accepts and never answers times out after the configured total time")
    func silentServer() async throws {
        try await LocalHTTPServer.with(route: { _ in .neverAnswer }) { server in
            let clock = ContinuousClock()
            let started = clock.now
            let configuration = FetchConfiguration(connectTimeout: .seconds(10), totalTimeout: .seconds(1))
            #expect(await failure(of: server.url("/"), configuration) == "timed out after 1 s")
            // It waited the second; the message says which limit ended it (the connect timeout
            // would say 10 s). How fast is for benchmarks: with the whole suite running, the
            // test's task can wait many seconds for a thread, so no upper bound is checked.
            #expect(clock.now - started >= .milliseconds(950))
        }
    }

    @Test("A connection that is never set up times out after the connect timeout")
    func connectTimeout() async throws {
        let listener = try #require(UnansweredListener())
        let clock = ContinuousClock()
        let started = clock.now
        let configuration = FetchConfiguration(connectTimeout: .milliseconds(500), totalTimeout: .seconds(20))
        // The message names the limit that fired: the total one would say 20 s.
        #expect(await failure(of: "http://127.0.0.1:\(listener.port)/", configuration) == "timed out after 0.5 s")
        #expect(clock.now - started >= .milliseconds(450))
        withExtendedLifetime(listener) {}
    }

    @Test("A closed port is refused without waiting for the connect timeout")
    func connectionRefused() async throws {
        let closed = try #require(ClosedPort())
        let clock = ContinuousClock()
        let started = clock.now
        // Retrying a refused connection would go on until the connect timeout, here 600 s: far
        // beyond the wait for a thread that a busy test run can add (78 s was seen while a
        // release build ran beside the suite).
        var configuration = testConfiguration
        configuration.connectTimeout = .seconds(600)
        configuration.totalTimeout = .seconds(1200)
        #expect(await failure(of: closed.url("/"), configuration) == "connection refused")
        #expect(clock.now - started < .seconds(300))
        withExtendedLifetime(closed) {}
    }

    @Test("A host name that cannot exist is not found (the resolver refuses it without sending a query)")
    func hostNotFound() async throws {
        // A 64-letter label is longer than DNS allows, so no query leaves the machine.
        let host = String(repeating: "n", count: 64) + ".invalid"
        #expect(await failure(of: "http://\(host)/") == "host not found")
    }

    @Test("Only http and https URLs are fetched")
    func otherSchemes() async {
        #expect(await failure(of: "ftp://127.0.0.1/file.txt") == "only http and https URLs can be fetched (not ftp)")
        #expect(await failure(of: "http://") == "not a valid http or https URL")
        #expect(await failure(of: "http://exa mple.com/") == "not a valid http or https URL")
        #expect(await failure(of: "127.0.0.1/page") == "not a valid http or https URL")
    }

    @Test("An HTTPS server whose certificate nothing vouches for is refused")
    func untrustedCertificate() async throws {
        try await LocalHTTPServer.with(secure: true, route: routes(["/": .respond(.ok("secret"))])) { server in
            #expect(server.url("/").hasPrefix("https://"))
            #expect(await failure(of: server.url("/")) == "certificate not trusted")
            #expect(server.requests.isEmpty)
        }
    }

    @Test("An image is refused by its content type")
    func notAPage() async throws {
        let png = LocalHTTPServer.Response(headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47])
        try await LocalHTTPServer.with(route: routes(["/logo.png": .respond(png)])) { server in
            #expect(await failure(of: server.url("/logo.png")) == "not a web page or feed (image/png)")
        }
    }

    @Test("A gzip body is decoded, and travelled compressed")
    func gzipDecoded() async throws {
        let text = String(repeating: "Ministers met in Brussels on Monday to discuss the levy.\n", count: 2_000)
        var response = LocalHTTPServer.Response.ok(text)
        response.gzip = true
        try await LocalHTTPServer.with(route: routes(["/long": .respond(response)])) { server in
            let resource = try await withFetcher { try await $0.fetch(url: server.url("/long")) }
            #expect(resource.body == Array(text.utf8))
            #expect(server.bytesSent < text.utf8.count / 10)
        }
    }
}
