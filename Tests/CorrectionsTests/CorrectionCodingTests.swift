import ArticleModel
import Corrections
import Testing

@Suite("Corrections as stored text")
struct CorrectionCodingTests {
    let levy = IssueAnchor(key: "levy", label: "EU levy")
    let quota = IssueAnchor(key: "quota|fish", label: "fish \\ quotas")

    @Test func everyKindIsWrittenAsReadableFields() {
        #expect(CorrectionCoding.encode(.setCell(actor: "russia", issue: levy, polarity: .oppose)) == ("set-cell", "russia|levy|EU levy|oppose"))
        #expect(CorrectionCoding.encode(.setCell(actor: "russia", issue: levy, polarity: nil)) == ("set-cell", "russia|levy|EU levy|\\0"))
        #expect(CorrectionCoding.encode(.rejectStance(actor: "france", issue: quota, polarity: .support))
            == ("reject-stance", "france|quota\\|fish|fish \\\\ quotas|support"))
        #expect(CorrectionCoding.encode(.addStance(actor: "greenpeace", actorName: "Greenpeace", issue: levy, polarity: .neutral))
            == ("add-stance", "greenpeace|Greenpeace|levy|EU levy|neutral"))
        #expect(CorrectionCoding.encode(.renameActor(actor: "eu", name: "European Union")) == ("rename-actor", "eu|European Union"))
        #expect(CorrectionCoding.encode(.mergeActors(actor: "brussels", into: "eu", intoName: "EU")) == ("merge-actors", "brussels|eu|EU"))
        #expect(CorrectionCoding.encode(.setKind(actor: "eu", kind: .organisation)) == ("set-kind", "eu|organisation"))
        #expect(CorrectionCoding.encode(.setAffiliation(actor: "tusk", affiliation: nil)) == ("set-affiliation", "tusk|\\0"))
        #expect(CorrectionCoding.encode(.renameIssue(issue: levy, label: "carbon levy")) == ("rename-issue", "levy|EU levy|carbon levy"))
        #expect(CorrectionCoding.encode(.mergeIssues(issue: quota, into: levy)) == ("merge-issues", "quota\\|fish|fish \\\\ quotas|levy|EU levy"))
    }

    @Test func everyKindReadsBackAsItWasWritten() {
        let actions: [Correction.Action] = [
            .setCell(actor: "russia", issue: levy, polarity: .mixed), .setCell(actor: "russia", issue: quota, polarity: nil),
            .rejectStance(actor: "a|b", issue: quota, polarity: .oppose),
            .addStance(actor: "x", actorName: "\\0", issue: levy, polarity: .support),
            .renameActor(actor: "eu", name: ""), .mergeActors(actor: "a", into: "b", intoName: "B"),
            .setKind(actor: "eu", kind: .person), .setAffiliation(actor: "tusk", affiliation: "eu"),
            .setAffiliation(actor: "tusk", affiliation: nil), .renameIssue(issue: quota, label: "quotas"),
            .mergeIssues(issue: levy, into: quota),
        ]
        for action in actions {
            let (kind, fields) = CorrectionCoding.encode(action)
            #expect(CorrectionCoding.decode(kind: kind, fields: fields) == action)
        }
    }

    @Test func unknownKindsAndDamagedFieldsAreRefused() {
        #expect(CorrectionCoding.decode(kind: "split-actor", fields: "a|b") == nil)
        #expect(CorrectionCoding.decode(kind: "set-cell", fields: "russia|levy|EU levy") == nil)
        #expect(CorrectionCoding.decode(kind: "set-cell", fields: "russia|levy|EU levy|sideways") == nil)
        #expect(CorrectionCoding.decode(kind: "set-kind", fields: "eu|planet") == nil)
        #expect(CorrectionCoding.decode(kind: "rename-actor", fields: "eu|bad\\escape") == nil)
        #expect(CorrectionCoding.decode(kind: "rename-actor", fields: "eu|\\0x") == nil)
        #expect(CorrectionCoding.decode(kind: "rename-actor", fields: "\\0|EU") == nil)
    }

    @Test func sentencesKeepTheirBarsAndBackslashes() {
        let sentences = ["Russia rejects the levy.", "A | B said \\no\\."]
        let line = CorrectionCoding.joinSentences(sentences)
        #expect(line == "Russia rejects the levy.|A \\| B said \\\\no\\\\.")
        #expect(CorrectionCoding.splitSentences(line) == sentences)
        #expect(CorrectionCoding.splitSentences("") == [])
    }

    @Test("A summary reads as a line: every polarity between the actor and the issue")
    func summariesReadAsLines() {
        let talks = IssueAnchor(key: "talks", label: "talks")
        func added(_ polarity: Polarity) -> String {
            Correction(action: .addStance(actor: "norway", actorName: "Norway", issue: talks, polarity: polarity), article: nil, decidedAt: "").summary
        }
        #expect([Polarity.support, .oppose, .neutral, .mixed].map(added) == [
            "added norway supports talks", "added norway opposes talks", "added norway is neutral on talks", "added norway is mixed on talks",
        ])
        #expect(Correction(action: .rejectStance(actor: "norway", issue: talks, polarity: .neutral), article: nil, decidedAt: "").summary
                == "rejected norway is neutral on talks")
    }
}
