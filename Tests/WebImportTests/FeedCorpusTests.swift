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
