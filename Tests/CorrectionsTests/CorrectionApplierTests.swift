import ArticleModel
import Corrections
import Testing
import TestSupport

@Suite("Corrections laid over the model's output")
struct CorrectionApplierTests {
    let applier = CorrectionApplier()
    let matcher = IssueMatcher()
    let time = "2026-12-07T10:00:00Z"

    /// The levy article of the small library: Russia rejects the levy, France backs it, Russia wants quotas.
    var levy: Article { SmallLibrary.articles[0] }
    let levyAnchor = IssueAnchor(key: "levy", label: "levy")

    func stances(_ article: Article) -> [String] {
        article.stances.map { stance in
            let sentences = stance.evidence.map { String($0.sentence) }.joined(separator: ",")
            return "\(stance.actor) \(stance.polarity.rawValue) \(stance.issue) [\(sentences)] \(stance.source.rawValue)\(stance.decidedAt.map { " " + $0 } ?? "")"
        }
    }

    @Test func decisionsOnStancesAndOnGenericIssuesHoldInOneArticle() {
        let plans = IssueAnchor(key: "plan", label: "plans")
        func holds(_ action: Correction.Action) -> Bool { Correction(action: action, article: nil, decidedAt: time).holdsInOneArticle(matcher) }
        #expect(holds(.setCell(actor: "russia", issue: levyAnchor, polarity: .oppose)))
        #expect(holds(.renameIssue(issue: plans, label: "coal plans")))
        #expect(holds(.mergeIssues(issue: plans, into: levyAnchor)))
        #expect(!holds(.renameIssue(issue: levyAnchor, label: "coal levy")))
        #expect(!holds(.mergeIssues(issue: levyAnchor, into: plans)))
        #expect(!holds(.renameActor(actor: "russia", name: "Russian Federation")))
    }

    @Test func settingACellReplacesTheRulesStancesWithTheAnalysts() {
        let correction = Correction(action: .setCell(actor: "russia", issue: levyAnchor, polarity: .support), article: "hash-a",
                                    sentences: ["Russia rejects the levy."], decidedAt: time)
        let corrected = applier.apply([correction], to: levy, contentHash: "hash-a")
        #expect(corrected.orphans.isEmpty)
        #expect(corrected.applied == [correction])
        #expect(stances(corrected.article) == ["france support levy [1] rule", "russia support quotas [2] rule", "russia support levy [0] user \(time)"])
        let mine = corrected.article.stances[2]
        #expect(mine.rule == "user")
        #expect(mine.cue == "")
        #expect(mine.evidence[0].range == levy.sentences[0].range)
    }

    @Test func aCellSetToNoStanceLosesEveryStanceOnIt() {
        let correction = Correction(action: .setCell(actor: "france", issue: levyAnchor, polarity: nil), article: "hash-a",
                                    sentences: ["France backs the levy."], decidedAt: time)
        #expect(stances(applier.apply([correction], to: levy, contentHash: "hash-a").article) == ["russia oppose levy [0] rule", "russia support quotas [2] rule"])
    }

    @Test func rejectingAStanceRemovesOnlyThatSentencesEvidence() {
        let article = SmallLibrary.articles[1]  // Russia backs the levy, then rejects it
        let correction = Correction(action: .rejectStance(actor: "russia", issue: levyAnchor, polarity: .oppose), article: "hash-b",
                                    sentences: ["Later Russia rejects the levy."], decidedAt: time)
        #expect(stances(applier.apply([correction], to: article, contentHash: "hash-b").article)
            == ["russia support levy [0] rule", "france support quota [2] rule", "tony-blair support levy [3] rule"])
    }

    @Test func aStanceAddedFromASentenceMayNameANewIssueAndActor() {
        let correction = Correction(action: .addStance(actor: "greenpeace", actorName: "Greenpeace", issue: IssueAnchor(key: "coal tax", label: "coal tax"), polarity: .support),
                                    article: "hash-a", sentences: ["France backs the levy."], decidedAt: time)
        let corrected = applier.apply([correction], to: levy, contentHash: "hash-a").article
        #expect(corrected.issues.map(\.id) == ["levy", "quotas", "user-coal-tax"])
        #expect(corrected.issues[2].label == "coal tax")
        #expect(corrected.actors.map(\.id) == ["russia", "france", "greenpeace"])
        #expect(stances(corrected).last == "greenpeace support user-coal-tax [1] user \(time)")
    }

    @Test func aCorrectionFindsItsSentenceAgainAfterANewAnalysisOrBecomesAnOrphan() {
        let correction = Correction(action: .setCell(actor: "russia", issue: levyAnchor, polarity: .neutral), article: "hash-a",
                                    sentences: ["Russia rejects the levy."], decidedAt: time)
        // A new analysis that sees the same text differently: a sentence more before it, other issue ids.
        let reanalysed = ArticleFixtures.article("a.txt", actors: [SmallLibrary.russia],
                                                 issues: [Issue(id: "tax", label: "tax"), Issue(id: "coal-levy", label: "Levy")],
                                                 stances: [("russia", "tax", .oppose, "Russia hates the tax."), ("russia", "coal-levy", .oppose, "Russia rejects the levy.")])
        #expect(stances(applier.apply([correction], to: reanalysed, contentHash: "hash-a").article)
            == ["russia oppose tax [0] rule", "russia neutral coal-levy [1] user \(time)"])
        // The sentence is gone: the correction is listed, not applied.
        let edited = ArticleFixtures.article("a.txt", actors: [SmallLibrary.russia], issues: [Issue(id: "levy", label: "levy")],
                                             stances: [("russia", "levy", .oppose, "Russia now rejects the levy outright.")])
        let orphaned = applier.apply([correction], to: edited, contentHash: "hash-a")
        #expect(orphaned.orphans == [correction])
        #expect(orphaned.applied.isEmpty)
        #expect(stances(orphaned.article) == ["russia oppose levy [0] rule"])
    }

    @Test func correctionsOfAnotherArticleAreLeftAlone() {
        let correction = Correction(action: .setCell(actor: "russia", issue: levyAnchor, polarity: nil), article: "hash-other",
                                    sentences: ["Russia rejects the levy."], decidedAt: time)
        let corrected = applier.apply([correction], to: levy, contentHash: "hash-a")
        #expect(corrected.article == levy)
        #expect(corrected.applied.isEmpty && corrected.orphans.isEmpty)
    }

    @Test func actorsAreRenamedRetypedReaffiliatedAndMergedAcrossTheLibrary() {
        let article = SmallLibrary.articles[3]  // Russia comments on the war, France blames Mr Blair
        let corrections = [
            Correction(action: .renameActor(actor: "russia", name: "Russian Federation"), article: nil, decidedAt: time),
            Correction(action: .setKind(actor: "france", kind: .government), article: nil, decidedAt: time),
            Correction(action: .setAffiliation(actor: "france", affiliation: "european-union"), article: nil, decidedAt: time),
            Correction(action: .mergeActors(actor: "tony-blair", into: "blair", intoName: "Blair"), article: nil, decidedAt: time),
        ]
        let corrected = applier.apply(corrections, to: article, contentHash: "hash-d").article
        #expect(corrected.actors.map { "\($0.id) \($0.name) \($0.kind.rawValue) \($0.affiliation ?? "-")" }
            == ["russia Russian Federation country -", "france France government european-union"])
        #expect(corrected.issues.map(\.id) == ["war", "actor-blair"])
        #expect(corrected.issues[1].label == "Blair")
        #expect(stances(corrected) == ["russia neutral war [0] rule", "france oppose actor-blair [1] user 2026-12-07T10:00:00Z"])
    }

    @Test func mergingTwoActorsOfOneArticleJoinsTheirMentionsAndStances() {
        let article = ArticleFixtures.article("m.txt", actors: [("uk", "UK", .country, nil), ("britain", "Britain", .country, nil), ("jo", "Jo", .person, "britain")],
                                              issues: [Issue(id: "levy", label: "levy")],
                                              stances: [("uk", "levy", .support, "The UK backs the levy."), ("britain", "levy", .support, "Britain backs the levy.")])
        let merge = Correction(action: .mergeActors(actor: "britain", into: "uk", intoName: "UK"), article: nil, decidedAt: time)
        let corrected = applier.apply([merge], to: article, contentHash: "m").article
        #expect(corrected.actors.map(\.id) == ["uk", "jo"])
        #expect(corrected.actors[0].mentions.count == 2)
        #expect(corrected.actors[1].affiliation == "uk")
        #expect(stances(corrected) == ["uk support levy [0,1] rule"])
    }

    @Test func issuesAreRenamedAndMergedByTheirKey() {
        let article = ArticleFixtures.article("i.txt", actors: [SmallLibrary.russia, SmallLibrary.france],
                                              issues: [Issue(id: "budget", label: "budget"), Issue(id: "eu-budget", label: "EU budget")],
                                              stances: [("russia", "budget", .oppose, "Russia opposes the budget."), ("france", "eu-budget", .support, "France backs the EU budget.")])
        let merge = Correction(action: .mergeIssues(issue: IssueAnchor(key: "budget", label: "budget"), into: IssueAnchor(key: "budget eu", label: "EU budget")),
                               article: nil, decidedAt: time)
        let merged = applier.apply([merge], to: article, contentHash: "i").article
        #expect(merged.issues.map(\.id) == ["eu-budget"])
        #expect(stances(merged) == ["russia oppose eu-budget [0] rule", "france support eu-budget [1] rule"])
        // Where the other issue is absent, the merged one takes its label, and so its key.
        let alone = ArticleFixtures.article("j.txt", actors: [SmallLibrary.russia], issues: [Issue(id: "budget", label: "budget")],
                                            stances: [("russia", "budget", .oppose, "Russia opposes the budget.")])
        let relabelled = applier.apply([merge], to: alone, contentHash: "j").article
        #expect(relabelled.issues.map(\.label) == ["EU budget"])
        #expect(matcher.key(for: relabelled.issues[0]) == "budget eu")
        let rename = Correction(action: .renameIssue(issue: IssueAnchor(key: "budget", label: "budget"), label: "national budget"), article: nil, decidedAt: time)
        #expect(applier.apply([rename], to: alone, contentHash: "j").article.issues.map(\.label) == ["national budget"])
    }

    @Test func correctionsApplyInTheOrderMade() {
        let first = Correction(action: .setCell(actor: "russia", issue: levyAnchor, polarity: .support), article: "hash-a", sentences: ["Russia rejects the levy."], decidedAt: time)
        let second = Correction(action: .setCell(actor: "russia", issue: levyAnchor, polarity: nil), article: "hash-a", sentences: ["Russia rejects the levy."], decidedAt: time)
        #expect(stances(applier.apply([first, second], to: levy, contentHash: "hash-a").article) == ["france support levy [1] rule", "russia support quotas [2] rule"])
        #expect(stances(applier.apply([second, first], to: levy, contentHash: "hash-a").article).last == "russia support levy [0] user \(time)")
    }
}
