import Analysis
import ArticleModel
@testable import Export
import Testing
import TestSupport

@Suite("The stance table")
struct StanceTableTests {
    /// Two articles whose titles and sentences hold what CSV must quote: commas, quotes, a space
    /// at the end, a control character, and text beyond ASCII.
    static let awkward: [Article] = [
        ArticleFixtures.article("news/levy.txt", title: "Levy, \"coal\" and power", date: "2024-03-01T09:30:00Z",
                                actors: [("poland", "Poland", .country, nil), ("lukasz-wrobel", "Łukasz Wróbel", .person, "poland")],
                                issues: [Issue(id: "levy", label: "coal levy")],
                                stances: [("poland", "levy", .oppose, "Poland calls the levy \"unfair\", and will veto it."),
                                          ("lukasz-wrobel", "levy", .oppose, "Mr Wróbel agrees.")]),
        ArticleFixtures.article("news/bad.txt", title: "Bad\u{1B}[31m title ", actors: [("germany", "Germany", .country, nil)],
                                issues: [Issue(id: "levy", label: "levy on coal")],
                                stances: [("germany", "levy", .support, "Germany backs it.")], decidedByUser: [0]),
    ]

    @Test func csvIsOneQuotedRowPerStanceAndSentence() {
        let table = StanceTable(matrix: CrossMatrix(articles: Self.awkward))
        #expect(table.count == 3)
        #expect(table.csv() == """
            article,source,title,date,actor,actor_name,kind,affiliation,issue,issue_label,polarity,cue,rule,negated,stance_source,decided_at,sentence,start,end\r
            1,news/levy.txt,"Levy, ""coal"" and power",2024-03-01T09:30:00Z,poland,Poland,country,,coal-levy,coal levy,oppose,backs,subject,FALSE,rule,,"Poland calls the levy ""unfair"", and will veto it.",0,49\r
            1,news/levy.txt,"Levy, ""coal"" and power",2024-03-01T09:30:00Z,lukasz-wrobel,Łukasz Wróbel,person,poland,coal-levy,coal levy,oppose,backs,subject,FALSE,rule,,Mr Wróbel agrees.,50,67\r
            2,news/bad.txt,"Bad\u{FFFD}[31m title ",,germany,Germany,country,,coal-levy,levy on coal,support,,user,FALSE,user,2026-12-07T10:00:00Z,Germany backs it.,0,17\r

            """)
    }

    /// Alone, the article's own label names the issue ("levy on coal"); above, the first article's did.
    @Test func jsonHasTheSameFieldsTyped() {
        let json = StanceTable(matrix: CrossMatrix(articles: [Self.awkward[1]])).json()
        #expect(json == """
            [
              {"article": 1, "source": "news/bad.txt", "title": "Bad\u{FFFD}[31m title ", "date": "", "actor": "germany", "actor_name": "Germany", \
            "kind": "country", "affiliation": "", "issue": "levy-coal", "issue_label": "levy on coal", "polarity": "support", "cue": "", "rule": "user", \
            "negated": false, "stance_source": "user", "decided_at": "2026-12-07T10:00:00Z", "sentence": "Germany backs it.", "start": 0, "end": 17}
            ]

            """)
    }

    @Test func articlesWithoutStancesGiveOnlyTheHeader() {
        let table = StanceTable(matrix: CrossMatrix(articles: [ArticleFixtures.article("quiet.txt", actors: [], issues: [], stances: [])]))
        #expect(table.csv() == StanceTable.columns.joined(separator: ",") + "\r\n")
        #expect(table.json() == "[\n]\n")
    }

    @Test func unsafeCharactersAreReplacedOneForOne() {
        #expect(ExportText.clean("a\u{1B}b\u{202E}c\u{9B}d\te") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te")
        #expect(ExportText.clean("line\nbreak") == "line break")
        #expect(ExportText.clean("line\nbreak", keepLineBreaks: true) == "line\nbreak")
        #expect(ExportText.clean("emoji 👩‍💻 ok") == "emoji 👩‍💻 ok")
        #expect(ExportText.xml("<a & \"b\">\u{FFFF}") == "&lt;a &amp; &quot;b&quot;&gt;\u{FFFD}")
        #expect(ExportText.dot("say \"no\" \\ now") == "\"say \\\"no\\\" \\\\ now\"")
        #expect(ExportText.json("tab\there\n\u{1}") == "\"tab\\there\\n\u{FFFD}\"")
    }
}
