import ArticleModel
import Corrections
import Foundation
import Store
import Testing

/// Many articles read together (the matrix across a library, its exports) are exactly what
/// reading them one by one gives, corrections and orphans included.
@Suite("Reading many articles together")
struct BulkReadTests {
    let time = "2026-12-06T06:00:00Z"

    func neverAnalysed(_ prepared: PreparedArticle, _ source: String) -> Article {
        Testing.Issue.record("\(source) was analysed again")
        return StoreFixtures.analyse(prepared, source)
    }

    @Test("Articles read together equal those read one by one, in the order asked, with decisions across the library and in one article")
    func sameAsOneByOne() throws {
        let (store, folder) = try StoreFixtures.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listed = try store.articles()
        let levy = try #require(listed.first { $0.title.hasPrefix("Coal") }?.id)
        let model = try store.article(id: levy, analyse: StoreFixtures.analyse)
        let stance = try #require(model.stances.first)
        let issue = try #require(model.issue(id: stance.issue))
        let sentence = try #require(model.substrings(stance.evidence.map(\.range)).first)
        try store.record(Correction(action: .setCell(actor: stance.actor, issue: IssueAnchor(issue, matcher: IssueMatcher()), polarity: .neutral),
                                    article: nil, sentences: [sentence], decidedAt: time), article: levy)
        try store.record(Correction(action: .renameActor(actor: "norway", name: "Kingdom of Norway"), article: nil, decidedAt: time), article: nil)
        try store.record(Correction(action: .rejectStance(actor: "x", issue: IssueAnchor(issue, matcher: IssueMatcher()), polarity: .support),
                                    article: nil, sentences: ["A sentence no article has."], decidedAt: time), article: levy)

        let ids = listed.map(\.id).reversed() + [999]
        let together = try store.correctedArticles(ids: Array(ids), analyse: neverAnalysed)
        #expect(together.map(\.id) == Array(ids.dropLast()))
        for (id, corrected) in together {
            let alone = try store.correctedArticle(id: id, analyse: neverAnalysed)
            #expect(corrected.article == alone.article)
            #expect(corrected.applied == alone.applied)
            #expect(corrected.orphans == alone.orphans)
        }
        let levyTogether = try #require(together.first { $0.id == levy }?.article)
        #expect(levyTogether.article.stances.contains { $0.source == .user && $0.polarity == .neutral })
        #expect(levyTogether.orphans.map(\.summary) == ["rejected x supports \(issue.label)"])
        #expect(together.flatMap { $0.article.article.actors.map(\.name) }.contains("Kingdom of Norway"))
        #expect(try store.correctedArticles(ids: [], analyse: neverAnalysed).isEmpty)
    }

    @Test("An article without an analysis of this model is analysed once, as when it is opened, and the others are read from the cache")
    func analysesWhatIsMissing() throws {
        let (store, folder) = try StoreFixtures.library(version: "model-1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = try store.articles().map(\.id)
        let first = try #require(ids.first)
        let newer = try LibraryStore(path: store.path, modelVersion: "model-2")
        _ = try newer.article(id: first, analyse: StoreFixtures.analyse)
        var analysed: [String] = []
        let together = try newer.correctedArticles(ids: ids) { prepared, source in
            analysed.append(source)
            return StoreFixtures.analyse(prepared, source)
        }
        #expect(together.count == 3)
        #expect(analysed.count == 2)
        #expect(try newer.correctedArticles(ids: ids, analyse: neverAnalysed).map(\.article.article) == together.map(\.article.article))
    }
}
