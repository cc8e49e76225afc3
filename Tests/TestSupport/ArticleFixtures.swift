import ArticleModel

/// Articles written out in a test: one sentence per stance, so that each stance's evidence is
/// its own sentence of the text.
public enum ArticleFixtures {
    /// An actor of a fixture article: id, name, kind, affiliation.
    public typealias ActorSpec = (id: String, name: String, kind: ActorKind, affiliation: String?)
    /// A stance of a fixture article: actor id, issue id, polarity, and the sentence showing it.
    public typealias StanceSpec = (actor: String, issue: String, polarity: Polarity, sentence: String)

    public static func article(_ source: String, title: String? = nil, date: String? = nil, actors: [ActorSpec], issues: [Issue],
                               stances: [StanceSpec], decidedByUser: Set<Int> = []) -> Article {
        var text = ""
        var sentences: [Sentence] = []
        var built: [Stance] = []
        for (number, spec) in stances.enumerated() {
            if !text.isEmpty { text += " " }
            let start = text.unicodeScalars.count
            text += spec.sentence
            let range = start..<text.unicodeScalars.count
            sentences.append(Sentence(range: range, paragraph: 0))
            let user = decidedByUser.contains(number)
            built.append(Stance(actor: spec.actor, issue: spec.issue, polarity: spec.polarity, cue: user ? "" : "backs", cueClass: "support",
                                rule: user ? "user" : "subject", negated: false, evidence: [Evidence(sentence: number, range: range)],
                                source: user ? .user : .rule, decidedAt: user ? "2026-12-07T10:00:00Z" : nil))
        }
        let people = actors.map { spec in
            Actor(id: spec.id, name: spec.name, kind: spec.kind, affiliation: spec.affiliation,
                  mentions: [Mention(range: 0..<min(1, text.unicodeScalars.count), text: spec.name, via: .name)])
        }
        return Article(source: source, title: title ?? source, captions: [], text: text, paragraphs: text.isEmpty ? [] : [0..<text.unicodeScalars.count],
                       sentences: sentences, actors: people, issues: issues, stances: built, metadata: ArticleMetadata(published: date))
    }
}
