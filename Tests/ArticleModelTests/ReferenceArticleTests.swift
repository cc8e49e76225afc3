import Foundation
import Testing
@testable import ArticleModel

/// The reference article lives in ../shared, which a user's clone does not have.
enum SharedFiles {
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    static var referencePath: String { root + "/seed/000_1619ace33f4cacd7.txt" }
    static var corpus: String { root + "/corpus" }
    static var hasReference: Bool { FileManager.default.fileExists(atPath: referencePath) }
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus + "/bbc") }

    static func reference() throws -> Article {
        let data = try #require(FileManager.default.contents(atPath: referencePath))
        return try ArticleReader().read(bytes: [UInt8](data), source: "reference")
    }
}

@Suite("Reference article", .enabled(if: SharedFiles.hasReference, "needs ../shared/seed (absent in a user's clone)"))
struct ReferenceArticleTests {
    @Test func layoutDropsFurnitureAndKeepsCaptionsApart() throws {
        let article = try SharedFiles.reference()
        #expect(article.title == "Syria diplomacy: All eyes on US-Russia talks")
        #expect(article.captions == [
            "John Kerry on Capitol Hill. 10 Sept 2013 Image copyright Getty Images",
            "Image caption John Kerry is to hold key talks in Geneva on Thursday",
        ])
        #expect(article.paragraphs.count == 15)
        #expect(article.text.hasSuffix("it will come during those talks rather than in New York."))
        #expect(!article.text.contains("More on this story"))
        #expect(!article.actors.contains { $0.name.contains("Getty") })
    }

    @Test func stancesMatchWhatAnAnalystReads() throws {
        let article = try SharedFiles.reference()
        let matrix = StanceMatrix(article: article)
        func cell(_ actor: String, _ issue: String) -> Polarity? { matrix.cell(actor: actor, issue: issue)?.polarity }
        let resolution = try #require(article.issues.first { $0.label.hasPrefix("UN resolution (threat") })
        #expect(cell("france", resolution.id) == .support)
        #expect(cell("united-states", resolution.id) == .support)
        #expect(cell("united-kingdom", resolution.id) == .support)
        #expect(cell("russia", resolution.id) == .oppose)
        let statement = try #require(article.issues.first { $0.label == "presidential statement" })
        #expect(cell("russia", statement.id) == .support)
        #expect(cell("france", statement.id) == .oppose)
        #expect(cell("russia", "resolution-libya") == .oppose)
        #expect(cell("russia", "actor-syria-opposition") == .oppose)
    }

    @Test func theMatrixHasNoCellWithoutEvidence() throws {
        let article = try SharedFiles.reference()
        // 11: "Russia believes America, France and Britain used that resolution ... to press for
        // regime change" is Russia's claim about them, not their stance (the codebook's "not the holder").
        #expect(article.stances.count == 11)
        for stance in article.stances {
            #expect(!stance.evidence.isEmpty)
            for evidence in stance.evidence {
                let sentence = article.substring(evidence.range)
                let cue = try #require(evidence.cue)
                #expect(evidence.range.contains(cue.lowerBound))
                #expect(sentence.contains(article.substring(cue)))
            }
        }
    }

    @Test func actorsAreTheOnesInTheStory() throws {
        let article = try SharedFiles.reference()
        let ids = Set(article.actors.map(\.id))
        for expected in ["russia", "united-states", "france", "united-kingdom", "syria", "united-nations", "un-security-council", "john-kerry", "sergei-lavrov", "syria-opposition"] {
            #expect(ids.contains(expected), "missing \(expected)")
        }
        #expect(article.actors.first?.id == "russia")
        let lavrov = try #require(article.actor(id: "sergei-lavrov"))
        #expect(lavrov.affiliation == "russia")
        #expect(!ids.contains("geneva") && !ids.contains("london"))
    }
}
