import Foundation
import Testing
@testable import WebImport

@Suite("Feed corpus", .enabled(if: SharedFiles.hasFeeds, "needs ../shared/corpus/feeds (absent in a user's clone)"))
struct FeedCorpusTests {
    /// Each feed file parses, or is refused with one line naming the file and the reason; none
    /// crashes or hangs. The expected-result files of feed-rs (`*.serde.json`) are not feeds.
    @Test func everyFeedParsesOrIsRefusedInOneLine() throws {
        let files = SharedFiles.files(under: "feeds").filter { !$0.hasSuffix(".serde.json") }
        #expect(files.count > 200)
        var parsed = 0, withItems = 0, refused: [String] = []
        for path in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let start = ContinuousClock.now
            do {
                let feed = try WebImporter.readFeed(bytes: bytes, contentType: nil, url: nil)
                parsed += 1
                if !feed.items.isEmpty { withItems += 1 }
            } catch {
                let line = "\(path): \(error.reason)"
                #expect(!line.contains("\n"), "\(line)")
                refused.append(line)
            }
            #expect(ContinuousClock.now - start < .seconds(5), "\(path) took too long")
        }
        print("feeds: \(parsed) parsed (\(withItems) with items), \(refused.count) refused")
        for line in refused { print("  refused " + line) }
        #expect(parsed > files.count * 9 / 10)
    }
}

@Suite("Article page corpus", .enabled(if: SharedFiles.hasPages, "needs ../shared/corpus/html (absent in a user's clone)"))
struct PageCorpusTests {
    /// Every page of the corpus gives a title and text (how well is measured by .ci/html-benchmark).
    @Test func everyPageGivesATitleAndText() throws {
        let pages = SharedFiles.files(under: "html").filter { $0.hasSuffix("source.html") || $0.hasSuffix("_article.html") || $0.hasSuffix("_article2.html") }
        #expect(pages.count == 25)
        for path in pages {
            let article = try WebImporter.readPage(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
            #expect(!article.title.isEmpty, "\(path)")
            #expect(article.textLength > 150, "\(path)")
        }
    }
}
