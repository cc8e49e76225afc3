import Foundation
import Testing
import TerminalCore

/// The README's picture of a bundled sample at 100x30 is what the reader draws: the sample
/// articles in the order the app lists them, the third opened.
@Suite("README picture")
struct ReadmePictureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theSamplePictureIsTheScreen() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let intro = try #require(readme.range(of: "One of the bundled sample articles"))
        let open = try #require(readme.range(of: "```\n", range: intro.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        let picture = readme[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        let samples = try ["harbour-treaty", "grain-corridor", "coal-levy", "river-dam"].map {
            try String(contentsOf: Self.root.appendingPathComponent("Sources/parley/Samples/\($0).txt"), encoding: .utf8)
        }
        let harness = try ReaderHarness(articles: samples, size: Size(width: 100, height: 30))
        harness.press("j", "j", "Enter")
        #expect(harness.rows(x: 0, width: 100) == picture)
    }
}
