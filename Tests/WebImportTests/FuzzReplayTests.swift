import ArticleModel
import Foundation
import Testing
@testable import WebImport

@Suite("Fuzz inputs through the web importers")
struct FuzzReplayTests {
    static let reader = ArticleReader()

    /// Every saved fuzz input (the seeds and the crash regressions) goes through the page and
    /// feed importers and then the article model, as `parley-fuzz` and `parley` do.
    @Test func everySavedInputReadsConsistently() throws {
        let folder = SharedFiles.packageRoot.appendingPathComponent("Tests/FuzzCorpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0) }
            + FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("regressions").path).map { folder.appendingPathComponent("regressions/" + $0) }
        let inputs = names.filter { !$0.hasDirectoryPath && $0.lastPathComponent != "regressions" }
        #expect(inputs.count >= 12)
        var feeds = 0
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: input))
            let page = ArticleExtractor.extract(bytes: bytes, url: "https://example.org/a.html")
            check(title: page.title, paragraphs: page.paragraphs, captions: page.captions)
            if let feed = try? WebImporter.readFeed(bytes: bytes) {
                feeds += 1
                for item in feed.items { check(title: item.title, paragraphs: item.body.paragraphs, captions: item.body.captions) }
            }
        }
        #expect(feeds >= 4)
    }

    private func check(title: String, paragraphs: [String], captions: [String]) {
        for text in paragraphs + captions { #expect(text == WhiteSpace.collapse(text) && !text.isEmpty) }
        guard let prepared = try? PreparedArticle(title: title, paragraphs: paragraphs, captions: captions) else { return }
        let article = FuzzReplayTests.reader.analyse(prepared, source: "fuzz")
        for actor in article.actors {
            for mention in actor.mentions { #expect(article.substring(mention.range) == mention.text) }
        }
    }
}
