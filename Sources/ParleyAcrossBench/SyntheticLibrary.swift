import ArticleModel
import Foundation

/// Articles made up from a seed with the shape of analysed news (a dozen actors, a few issues
/// and stances each), drawn so that some actors and issues recur across thousands of articles
/// and most are rare. Only the analysis is made, no text, as a library's cache holds it.
struct SyntheticLibrary {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// An index below `count`, small ones far more often (a long tail).
    private mutating func skewed(_ count: Int) -> Int { min(Int(pow(unit(), 2.5) * Double(count)), count - 1) }

    private static let syllables = ["ba", "ro", "ten", "mil", "sa", "dor", "ka", "ve", "lin", "tu", "pre", "gon", "ast", "el", "mu", "ri"]
    private static let kinds: [ActorKind] = [.country, .person, .person, .person, .organisation, .company, .party, .government, .group]

    private mutating func word() -> String {
        (0..<(2 + Int(next() % 2))).map { _ in Self.syllables[Int(next() % UInt64(Self.syllables.count))] }.joined()
    }

    mutating func articles(_ count: Int) -> [Article] {
        let actorPool = (0..<3_000).map { number -> Actor in
            let name = word().capitalized + " " + word().capitalized
            return Actor(id: "actor-\(number)", name: name, kind: Self.kinds[number % Self.kinds.count], affiliation: number % 4 == 0 ? "actor-\(number % 40)" : nil)
        }
        let vocabulary = (0..<1_500).map { _ in word() }
        let labels = (0..<4_000).map { _ in (0..<(1 + Int(next() % 3))).map { _ in vocabulary[skewed(vocabulary.count)] }.joined(separator: " ") }
        return (0..<count).map { number in
            var actors: [Actor] = []
            var seen = Set<String>()
            while actors.count < 12 {
                var actor = actorPool[skewed(actorPool.count)]
                guard seen.insert(actor.id).inserted else { continue }
                actor.mentions = (0..<(1 + Int(next() % 4))).map { mention in Mention(range: mention * 10..<(mention * 10 + 6), text: "name", via: .name) }
                actors.append(actor)
            }
            var issues: [Issue] = []
            var seenLabels = Set<String>()
            while issues.count < 3 {
                let label = labels[skewed(labels.count)]
                guard seenLabels.insert(label).inserted else { continue }
                issues.append(Issue(id: "issue-\(issues.count)", label: label))
            }
            let stances = (0..<5).map { stance -> Stance in
                let roll = unit()
                let polarity: Polarity = roll < 0.45 ? .support : roll < 0.85 ? .oppose : .neutral
                return Stance(actor: actors[Int(next() % 6)].id, issue: issues[Int(next() % 3)].id, polarity: polarity, cue: "backs", cueClass: "support",
                              rule: "subject", negated: false, evidence: [Evidence(sentence: stance, range: stance * 100..<(stance * 100 + 90))])
            }
            let day = 1 + Int(next() % 28), month = 1 + Int(next() % 12), year = 2024 + Int(next() % 2)
            let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T12:00:00Z"
            return Article(source: "synthetic/\(number).txt", title: "Article \(number)", captions: [], text: "", paragraphs: [], sentences: [],
                           actors: actors, issues: issues, stances: stances, metadata: ArticleMetadata(published: date))
        }
    }
}
