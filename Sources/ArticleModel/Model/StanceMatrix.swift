/// The actors x issues grid: each cell combines one actor's stances on one issue.
public struct StanceMatrix: Sendable, Equatable {
    /// One cell: support only, oppose only, mixed (both), or neutral, with every piece of evidence.
    public struct Cell: Sendable, Equatable {
        public var polarity: Polarity
        public var stances: [Stance]
        public var evidence: [Evidence] { stances.flatMap(\.evidence) }
    }

    /// Actor ids with at least one stance, most stances first.
    public let rows: [String]
    /// Issue ids, most actors taking a position first.
    public let columns: [String]
    private let cells: [String: Cell]

    public init(article: Article) {
        var byPair: [String: [Stance]] = [:]
        for stance in article.stances {
            byPair[stance.actor + "\u{1F}" + stance.issue, default: []].append(stance)
        }
        var cells: [String: Cell] = [:]
        for (key, stances) in byPair {
            let polarities = Set(stances.map(\.polarity))
            let polarity: Polarity
            if polarities.contains(.support) && polarities.contains(.oppose) {
                polarity = .mixed
            } else if polarities.contains(.support) {
                polarity = .support
            } else if polarities.contains(.oppose) {
                polarity = .oppose
            } else {
                polarity = .neutral
            }
            cells[key] = Cell(polarity: polarity, stances: stances)
        }
        self.cells = cells
        let actorOrder = Dictionary(article.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let issueOrder = Dictionary(article.issues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var stanceCount: [String: Int] = [:]
        var actorsPerIssue: [String: Set<String>] = [:]
        for stance in article.stances {
            stanceCount[stance.actor, default: 0] += 1
            actorsPerIssue[stance.issue, default: []].insert(stance.actor)
        }
        rows = stanceCount.keys.sorted {
            (stanceCount[$0]!, -(actorOrder[$0] ?? .max)) > (stanceCount[$1]!, -(actorOrder[$1] ?? .max))
        }
        columns = actorsPerIssue.keys.sorted {
            (actorsPerIssue[$0]!.count, -(issueOrder[$0] ?? .max)) > (actorsPerIssue[$1]!.count, -(issueOrder[$1] ?? .max))
        }
    }

    public func cell(actor: String, issue: String) -> Cell? {
        cells[actor + "\u{1F}" + issue]
    }

    public var isEmpty: Bool { rows.isEmpty }
}
