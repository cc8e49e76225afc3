@testable import Fetch
import Testing

@Suite("One-line reasons and header parsing")
struct MessageTests {
    @Test("Every reason is one short line")
    func reasons() {
        let expected: [(FetchError, String)] = [
            (.connectionRefused, "connection refused"),
            (.timedOut(after: .seconds(10)), "timed out after 10 s"),
            (.timedOut(after: .milliseconds(1_500)), "timed out after 1.5 s"),
            (.timedOut(after: .milliseconds(250)), "timed out after 0.25 s"),
            (.tooManyRedirects(limit: 5), "too many redirects (more than 5)"),
            (.httpStatus(code: 404, reason: "Not Found"), "HTTP 404 Not Found"),
            (.tooLarge(limit: 2 * 1_048_576), "larger than the 2 MB limit"),
            (.tooLarge(limit: 64 * 1_024), "larger than the 64 KB limit"),
            (.tooLarge(limit: 1_000), "larger than the 1000 bytes limit"),
            (.notReadable(contentType: "image/png"), "not a web page or feed (image/png)"),
            (.certificateNotTrusted, "certificate not trusted"),
            (.hostNotFound, "host not found"),
        ]
        for (error, line) in expected {
            #expect(error.description == line)
        }
    }

    @Test("Pages, text, feeds and JSON are readable; images, PDFs and archives are not")
    func readableTypes() {
        for type in ["text/html", "text/plain", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
                     "application/rdf+xml", "application/xml", "text/xml", "application/feed+json", "application/json"] {
            #expect(MediaType(header: type)?.isReadable == true, "\(type)")
        }
        for type in ["image/png", "application/pdf", "application/zip", "application/octet-stream", "video/mp4", "audio/mpeg"] {
            #expect(MediaType(header: type)?.isReadable == false, "\(type)")
        }
        #expect(MediaType(header: "") == nil)
        #expect(MediaType(header: " ; charset=utf-8") == nil)
        #expect(MediaType(header: "text/html;charset=") == MediaType(header: "text/html"))
        #expect(MediaType(header: "text/html; format=flowed; CHARSET = \"koi8-r\" ")?.charset == "koi8-r")
    }

    @Test("Web addresses on the command line are told apart from file names")
    func webAddresses() {
        #expect(WebAddress.isWebAddress("http://example.com/"))
        #expect(WebAddress.isWebAddress("HTTPS://example.com/"))
        #expect(!WebAddress.isWebAddress("http.txt"))
        #expect(!WebAddress.isWebAddress("news/http://x"))
        #expect(!WebAddress.isWebAddress("ftp://example.com/"))
        #expect(WebAddress.otherScheme("ftp://example.com/") == "ftp")
        #expect(WebAddress.otherScheme("FILE:///etc/passwd") == "file")
        #expect(WebAddress.otherScheme("https://example.com/") == nil)
        #expect(WebAddress.otherScheme("notes/a://b.txt") == nil)
        #expect(WebAddress.otherScheme("story.txt") == nil)
    }
}
