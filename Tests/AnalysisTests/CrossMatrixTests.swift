import Analysis
import ArticleModel
import Testing
import TestSupport

@Suite("The matrix across articles")
struct CrossMatrixTests {
    let matrix = CrossMatrix(articles: SmallLibrary.articles)

    func cell(_ actor: String, _ issue: String) throws -> CrossMatrix.Cell {
        try #require(matrix.cell(actorID: actor, issueID: issue))
    }

    @Test func issuesAreMatchedAcrossArticlesByTheirLabelsWords() {
        #expect(matrix.columns.map { matrix.issues[$0].id } == ["levy", "quota", "war-iraq", "actor-tony-blair"])
        #expect(matrix.columns.map { matrix.issues[$0].key } == ["levy", "quota", "iraq war", "actor:tony-blair"])
        // "quotas" and "quota" once each: the first seen names it; the actor keeps its own name.
        #expect(matrix.columns.map { matrix.issues[$0].label } == ["levy", "quotas", "war (Iraq)", "Blair"])
        #expect(matrix.columns.map { matrix.issues[$0].articles } == [2, 2, 2, 1])
        #expect(matrix.columns.map { matrix.issues[$0].actors } == [3, 2, 1, 1])
    }

    @Test func aGenericOneWordIssueStaysInItsArticleNamedByIt() {
        let russia = SmallLibrary.russia
        let articles = [
            ArticleFixtures.article("a.txt", title: "Levy plans unveiled", actors: [russia], issues: [Issue(id: "plans", label: "plans"), Issue(id: "cards", label: "ID cards")],
                                    stances: [("russia", "plans", .support, "Russia backs the plans."), ("russia", "cards", .oppose, "Russia rejects ID cards.")]),
            ArticleFixtures.article("b.txt", title: "Pension plans", actors: [russia], issues: [Issue(id: "plan", label: "plan"), Issue(id: "id-cards", label: "ID cards")],
                                    stances: [("russia", "plan", .oppose, "Russia rejects the plan."), ("russia", "id-cards", .oppose, "Russia opposes ID cards.")]),
        ]
        let matrix = CrossMatrix(articles: articles)
        // The matched issue first (two articles), then each article's own "plans".
        #expect(matrix.columns.map { matrix.issues[$0].key } == ["cards id", "plan @2", "plan @1"])
        #expect(matrix.columns.map { matrix.issues[$0].label } == ["ID cards", "plan (Pension plans)", "plans (Levy plans unveiled)"])
        #expect(matrix.columns.map { matrix.issues[$0].articles } == [2, 1, 1])
        #expect(matrix.cell(actorID: "russia", issueID: matrix.issues[matrix.columns[2]].id)?.counts == ArticleCounts(support: 1, oppose: 0, neutral: 0, articles: 1))
        #expect(matrix.cell(actorID: "russia", issueID: matrix.issues[matrix.columns[1]].id)?.counts == ArticleCounts(support: 0, oppose: 1, neutral: 0, articles: 1))
    }

    @Test func actorsAreMatchedByIdWithTheNameMostArticlesGive() {
        #expect(matrix.rows.map { matrix.actors[$0].id } == ["russia", "france", "tony-blair"])
        let russia = matrix.actors[matrix.actor(id: "russia")!]
        #expect(russia.name == "Russia")
        #expect(russia.articles == [0, 1, 2, 3, 4])
        #expect(russia.articlesWithStances == 4)
        #expect(matrix.actors[matrix.actor(id: "tony-blair")!].affiliation == "labour")
    }

    @Test func aCellCountsArticlesOncePerPolarity() throws {
        // Russia opposes the levy in a, and both backs and rejects it in b.
        let levy = try cell("russia", "levy")
        #expect(levy.counts == ArticleCounts(support: 1, oppose: 2, neutral: 0, articles: 2))
        #expect(levy.counts.balance == .mixed)
        #expect(levy.counts.glyph == "±")
        #expect(levy.counts.summary == "1+ 2-")
        #expect(levy.stances.map { [$0.article, $0.stance] } == [[0, 0], [1, 0], [1, 1]])
        let war = try cell("russia", "war-iraq")
        #expect(war.counts == ArticleCounts(support: 0, oppose: 1, neutral: 1, articles: 2))
        #expect(war.counts.glyph == "-")
        #expect(war.counts.leaning == .oppose)
        #expect(try cell("france", "quota").counts == ArticleCounts(support: 1, articles: 1))
        #expect(try cell("russia", "quota").counts.glyph == "+")
        #expect(matrix.cell(actorID: "tony-blair", issueID: "quota") == nil)
    }

    @Test func aCorrectedStanceMarksItsCell() throws {
        let blame = try cell("france", "actor-tony-blair")
        #expect(blame.isCorrected)
        #expect(blame.counts == ArticleCounts(oppose: 1, articles: 1, corrected: 1))
        #expect(try !cell("russia", "levy").isCorrected)
    }

    @Test func aCellOpensOntoItsArticlesInDateOrderWithTheirSentences() throws {
        let articles = matrix.articles(in: try cell("russia", "levy"))
        #expect(articles == [
            CellArticle(article: 1, date: "2024-01-15", polarity: .mixed, stances: [0, 1]),
            CellArticle(article: 0, date: "2024-03-01", polarity: .oppose, stances: [0]),
        ])
        #expect(matrix.sentences(of: .init(article: 1, stance: 1)) == ["Later Russia rejects the levy."])
        // The undated article comes last.
        #expect(matrix.articles(in: try cell("russia", "war-iraq")).map(\.article) == [3, 2])
    }

    @Test func anActorsTimelineListsEveryArticleMentioningItByDate() throws {
        let russia = try #require(matrix.actor(id: "russia"))
        let timeline = matrix.timeline(actor: russia)
        #expect(timeline.map(\.article) == [1, 3, 0, 4, 2])
        #expect(timeline.map(\.date) == ["2024-01-15", "2024-02-01", "2024-03-01", "2024-05-01", nil])
        func positions(_ entry: TimelineEntry) -> [String] {
            entry.positions.map { matrix.issues[$0.issue].id + " " + $0.polarity.rawValue }
        }
        #expect(timeline.map(positions) == [["levy mixed"], ["war-iraq neutral"], ["levy oppose", "quota support"], [], ["war-iraq oppose"]])
        #expect(timeline[0].positions[0].stances == [0, 1])
        #expect(timeline.allSatisfy { $0.mentions == 1 })
    }

    @Test func anEmptyLibraryHasAnEmptyMatrix() {
        let empty = CrossMatrix(articles: [])
        #expect(empty.rows.isEmpty)
        #expect(empty.columns.isEmpty)
        #expect(empty.actors.isEmpty)
    }

    @Test func aStanceOfAnActorTheArticleDoesNotListStillCounts() throws {
        let article = ArticleFixtures.article("f.txt", actors: [], issues: [Issue(id: "levy", label: "levy")],
                                              stances: [("greenpeace", "levy", .support, "Greenpeace welcomed the levy.")])
        let matrix = CrossMatrix(articles: [article])
        #expect(matrix.rows.map { matrix.actors[$0].id } == ["greenpeace"])
        #expect(matrix.actors[0].kind == .other)
        #expect(matrix.cell(actorID: "greenpeace", issueID: "levy")?.counts == ArticleCounts(support: 1, articles: 1))
    }
}

@Suite("Issues matched across articles")
struct IssueMatcherTests {
    let matcher = IssueMatcher()

    func key(_ label: String) -> String { matcher.key(for: Issue(id: "x", label: label)) }

    @Test func pluralsSynonymsAndWordOrderAreFolded() {
        #expect(key("quotas") == key("quota"))
        #expect(key("accession talks") == "membership talks")
        #expect(key("membership negotiations") == "membership talks")
        #expect(key("war (Iraq)") == "iraq war")
        #expect(key("Tory plans") == key("tory plan"))
        #expect(key("ceasefire") == key("truce"))
    }

    @Test func differentIssuesStayApart() {
        #expect(key("EU budget") != key("budget"))
        #expect(key("resolution (Libya)") != key("UN resolution"))
        #expect(key("sanctions on Iran") == key("Iran sanctions"))
    }

    @Test func oneGenericWordIsNoMatchButAQualifiedOneIs() {
        #expect(matcher.isGeneric(key("the plans")))
        #expect(matcher.isGeneric(key("proposal")))
        #expect(!matcher.isGeneric(key("Tory plans")))
        #expect(!matcher.isGeneric(key("levy")))
    }

    @Test func anActorAsAnIssueMatchesByIdAndAnEmptyLabelByItsOwnId() {
        #expect(matcher.key(for: Issue(id: "actor-tony-blair", label: "Tony Blair", targetActor: "tony-blair")) == "actor:tony-blair")
        #expect(matcher.key(for: Issue(id: "happening", label: "")) == "id:happening")
        #expect(matcher.key(for: Issue(id: "of", label: "of the")) == "id:of")
    }
}
