import ArticleModel
import Foundation
import TestSupport
import Testing
@testable import Store

@Suite("Stored analyses and feed lists")
struct CodingTests {
    @Test("An analysis survives encoding; a damaged blob is refused, never trusted")
    func analysisRoundTripAndDamage() throws {
        let article = StoreFixtures.analyse(try StoreFixtures.prepared(StoreFixtures.levy), "levy.txt")
        let bytes = AnalysisCoding.encode(article)
        var copy = article
        copy.sentences = []
        copy.actors = []
        copy.stances = []
        copy.issues = []
        #expect(AnalysisCoding.decode(bytes, into: &copy))
        #expect(copy == article)
        var random = SplitMix(seed: 13)
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0..<(1 + random.below(4)) { damaged[random.below(damaged.count)] = UInt8(random.below(256)) }
            if random.below(4) == 0 { damaged = Array(damaged.prefix(random.below(damaged.count))) }
            var target = copy
            if AnalysisCoding.decode(damaged, into: &target) {
                // Whatever decodes must point inside the text.
                let length = target.text.unicodeScalars.count
                #expect(target.actors.allSatisfy { $0.mentions.allSatisfy { $0.range.upperBound <= length } })
            }
        }
    }

    @Test("Content hashes: SHA-256 of title, captions and body")
    func contentHash() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 1_000).utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(ContentHash.of(title: "A", captions: [], body: "b") != ContentHash.of(title: "A", captions: ["b"], body: ""))
    }

    @Test("The urls file in newsboat's format")
    func urlsFile() {
        let list = FeedList(parsing: """
            # my feeds
            https://news.example.org/rss  politics "world news" "~Example News"
            http://blog.example.net/atom.xml tech # a comment
            https://hidden.example.org/feed !hidden
            query:unread:"unread = \\"yes\\""
            exec:~/bin/feed

            https://news.example.org/rss duplicate
            """)
        #expect(list.feeds == [
            FeedSubscription(url: "https://news.example.org/rss", tags: ["politics", "world news"], title: "Example News"),
            FeedSubscription(url: "http://blog.example.net/atom.xml", tags: ["tech"]),
            FeedSubscription(url: "https://hidden.example.org/feed"),
        ])
        #expect(list.problems == [
            "line 5: newsboat's query: feeds are not supported, skipped",
            "line 6: newsboat's exec: feeds are not supported, skipped",
        ])
        #expect(FeedList(parsing: FeedList.text(of: list.feeds)).feeds == list.feeds)
    }
}
