import Testing
@testable import ArticleModel

@Suite("Issues: merging, labels, proposals")
struct IssueMergeTests {
    func stances(_ body: String) throws -> (article: Article, lines: [String]) {
        let article = try ArticleReader().read(text: "Title\n\n" + body + "\n", source: "t")
        return (article, article.stances.map { "\($0.polarity.rawValue) \($0.actor) \($0.issue)" })
    }

    @Test func mentionsOfOneResolutionMergeAndAnotherStaysApart() throws {
        let (article, lines) = try stances("France is pushing for a toughly-worded resolution. Russia does not want any resolution. It is hard to see Russia agreeing to a UN resolution. Russia regrets not using its veto to block the Libya resolution of 2011.")
        // Two sentences, two cues: two stances on the same issue, both evidence for Russia's cell.
        #expect(lines == ["support france resolution", "oppose russia resolution", "oppose russia resolution", "oppose russia resolution-libya"])
        #expect(StanceMatrix(article: article).cell(actor: "russia", issue: "resolution")?.evidence.count == 2)
        #expect(article.issues.map(\.label) == ["UN resolution", "resolution (Libya)"])
    }

    @Test func twoCuesOfOneSentenceGivingTheSameSideAreOneStance() throws {
        // "defended his decision to cut" and "his decision to cut": two readings, one stance, with
        // the sentence once as its evidence.
        let (article, lines) = try stances("Tony Blair has defended his decision to cut the levy. Tony Blair later said he opposed the levy.")
        #expect(lines == ["oppose tony-blair levy", "oppose tony-blair levy"])
        #expect(article.stances.map { $0.evidence.map(\.sentence) } == [[0], [1]])
    }

    @Test func membershipTalksAndAdjectivesAreOneIssue() throws {
        let (article, lines) = try stances("Norway backs talks on Norway joining the bloc. Sweden favours an early start to negotiations. Denmark opposes Norwegian membership.")
        #expect(lines == ["support norway membership", "support sweden membership", "oppose denmark membership"])
        #expect(article.issues.map(\.label) == ["membership (Norway)"])
    }

    @Test func proposalsGiveTheirInnerIssue() throws {
        let (_, lines) = try stances("Italy and Germany also favour an early start to talks. Poland welcomed a move to cut taxes. Spain backed a plan for a fishing levy.")
        #expect(lines == ["support italy talks", "support germany talks", "oppose poland taxes", "support spain levy"])
    }

    @Test func synonymsMergeButKeepTheFirstName() throws {
        let (article, lines) = try stances("Egypt backs a truce. Israel rejects the ceasefire.")
        #expect(lines == ["support egypt truce", "oppose israel truce"])
        #expect(article.issues.count == 1)
    }

    @Test func verbsAndParticlesBeforeTheIssueAreNoPartOfItsLabel() throws {
        let (article, lines) = try stances("Labour urged Egypt to draw up contingency plans. France said Dr Gibbons needed to change policy. Spain is to cut 300 jobs.")
        #expect(lines == ["support labour-party plans", "oppose france policy", "support spain cuts"])
        #expect(article.issues.map(\.label) == ["contingency plans", "policy", "cuts (jobs)"])
    }

    @Test func aCoordinatedPhraseIsLabelledWholeAndNeverOpensWithAnd() throws {
        let (article, lines) = try stances("Spain said the tax and welfare system must \"provide better incentives\". Egypt said: \"The time for warning is over and sanctions must follow.\"")
        #expect(lines == ["support spain system", "support egypt sanctions"])
        #expect(article.issues.map(\.label) == ["tax and welfare system", "sanctions"])
    }

    @Test func aPlanToActIsTheActItNames() throws {
        let (article, lines) = try stances("Britain backed a plan to freeze the debts of the affected nations. Germany proposed a freeze last week. Spain backed proposals to raise the fishing levy.")
        #expect(lines == ["support united-kingdom freeze", "support germany freeze", "support spain levy"])
        #expect(article.issues.map(\.id) == ["freeze", "levy"])
    }
}

