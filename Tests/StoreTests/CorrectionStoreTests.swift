import ArticleModel
import Corrections
import Foundation
import GRDB
import Store
import Testing

@Suite("Corrections kept in the library")
struct CorrectionStoreTests {
    let time = "2026-12-06T06:00:00Z"

    /// Each stance as one line: actor, polarity, issue, evidence sentences' text, source.
    func lines(_ article: Article) -> [String] {
        article.stances.map { stance in
            let text = article.substrings(stance.evidence.map(\.range)).joined(separator: " / ")
            return "\(stance.actor) \(stance.polarity.rawValue) \(stance.issue): \(text) [\(stance.source.rawValue)]"
        }
    }

    func levyID(_ store: LibraryStore) throws -> Int64 {
        try #require(try store.articles().first { $0.title == "Coal levy divides Warsaw and Brussels" }?.id)
    }

    /// The model's first stance in the levy article, and a decision turning it around.
    func reversal(of article: Article) throws -> (Stance, String, Correction) {
        let stance = try #require(article.stances.first)
        let sentence = try #require(article.substrings(stance.evidence.map(\.range)).first)
        let issue = try #require(article.issues.first { $0.id == stance.issue })
        let opposite: Polarity = stance.polarity == .support ? .oppose : .support
        let correction = Correction(action: .setCell(actor: stance.actor, issue: IssueAnchor(issue, matcher: IssueMatcher()), polarity: opposite),
                                    article: nil, sentences: [sentence], decidedAt: time)
        return (stance, sentence, correction)
    }

    @Test("A correction survives a new model version: the article is analysed again and the decision is found in place")
    func survivesReanalysis() throws {
        let (store, folder) = try StoreFixtures.library(version: "model-1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try levyID(store)
        let model = try store.article(id: id, analyse: StoreFixtures.analyse)
        let (stance, sentence, correction) = try reversal(of: model)
        try store.record(correction, article: id)

        var analysed = 0
        let newer = try LibraryStore(path: store.path, modelVersion: "model-2")
        let corrected = try newer.correctedArticle(id: id) { prepared, source in
            analysed += 1
            return StoreFixtures.analyse(prepared, source)
        }
        #expect(analysed == 1)
        #expect(corrected.orphans.isEmpty)
        #expect(corrected.applied.map(\.action) == [correction.action])
        let opposite = stance.polarity == .support ? "oppose" : "support"
        var expected = lines(model).filter { !$0.hasPrefix("\(stance.actor) ") || !$0.contains(" \(stance.issue): ") }
        expected.append("\(stance.actor) \(opposite) \(stance.issue): \(sentence) [user]")
        #expect(lines(corrected.article) == expected)
        #expect(corrected.article.stances.last?.decidedAt == time)
        #expect(corrected.article.stances.last?.rule == "user")
        // The model's own cached output is untouched: the analysis alone still says what the model said.
        #expect(lines(try newer.article(id: id, analyse: StoreFixtures.analyse)) == lines(model))
    }

    @Test("When the article's text changes, a decision whose sentence is gone is listed as an orphan, and decisions across the library still apply")
    func orphansWhenTheSentenceIsGone() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try levyID(store)
        let model = try store.article(id: id, analyse: StoreFixtures.analyse)
        let (_, sentence, correction) = try reversal(of: model)
        let stored = try store.record(correction, article: id)
        let rename = Correction(action: .renameActor(actor: "germany", name: "Federal Republic of Germany"), article: nil, decidedAt: time)
        try store.record(rename, article: nil)

        let source = try #require(stored.source)
        let edited = StoreFixtures.levy.replacingOccurrences(of: sentence, with: "Poland said nothing about the plan.")
        #expect(edited != StoreFixtures.levy)
        #expect(try store.add([Addition(source: source, prepared: try StoreFixtures.prepared(edited))], analyse: StoreFixtures.analyse) == [.updated])
        let corrected = try store.correctedArticle(id: id, analyse: StoreFixtures.analyse)
        #expect(corrected.orphans.map(\.action) == [correction.action])
        #expect(corrected.orphans.map(\.sentences) == [[sentence]])
        #expect(corrected.applied.map(\.action) == [rename.action])
        #expect(corrected.article.actors.first { $0.id == "germany" }?.name == "Federal Republic of Germany")
        #expect(!corrected.article.stances.contains { $0.source == .user })
    }

    @Test("Decisions are kept in the order made, tied to the article's content hash and source; undo takes back only the latest")
    func orderAndUndo() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try levyID(store)
        let (_, _, correction) = try reversal(of: try store.article(id: id, analyse: StoreFixtures.analyse))
        let first = try store.record(correction, article: id)
        let second = try store.record(Correction(action: .setKind(actor: "poland", kind: .government), article: nil, decidedAt: time), article: nil)
        #expect(first.correction.article?.count == 64)
        #expect(first.source?.hasSuffix("/a.txt") == true)
        #expect(second.source == nil)
        #expect(second.correction.article == nil)
        #expect(try store.corrections() == [first, second])
        #expect(try store.corrections(forArticle: id).corrections.map(\.action) == [correction.action, second.correction.action])

        #expect(try store.undoLastCorrection() == second)
        #expect(try store.corrections() == [first])
        #expect(try store.undoLastCorrection() == first)
        #expect(try store.undoLastCorrection() == nil)
        #expect(try store.corrections().isEmpty)
    }

    @Test("A decision about an actor across the library applies in every article, not only the one it was made in")
    func libraryWideDecisions() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.record(Correction(action: .setAffiliation(actor: "norway", affiliation: "nato"), article: nil, decidedAt: time), article: nil)
        let harbour = try #require(try store.articles().first { $0.title == "Harbour treaty signed after long talks" }?.id)
        let corrected = try store.correctedArticle(id: harbour, analyse: StoreFixtures.analyse)
        #expect(corrected.article.actors.first { $0.id == "norway" }?.affiliation == "nato")
        #expect(corrected.applied.count == 1)
    }

    @Test("A row of a kind this Parley does not know is left out, not a failure")
    func unknownKindsAreSkipped() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.record(Correction(action: .renameActor(actor: "eu", name: "EU"), article: nil, decidedAt: time), article: nil)
        try DatabaseQueue(path: store.path).write { try $0.execute(sql: "INSERT INTO correction (kind, fields, decidedAt) VALUES ('split-actor', 'eu|x', '2030-01-01T00:00:00Z')") }
        #expect(try store.corrections().map(\.correction.action) == [.renameActor(actor: "eu", name: "EU")])
    }
}
