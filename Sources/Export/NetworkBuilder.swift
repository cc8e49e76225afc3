import Analysis
import ArticleModel

/// Makes the exported networks from a cross-article matrix.
///
/// - actor-issue: actors (`mode` "actor", `bipartite` 0) and issues (`mode` "issue",
///   `bipartite` 1), one edge per actor and issue with a stance: its `polarity` (support,
///   oppose, mixed, neutral) and the articles behind each side (`support`, `oppose`,
///   `neutral`), `weight` the articles in all.
/// - congruence: actors linked when they lean the same way on an issue (more of their articles
///   support it than oppose it, or the reverse); `weight` is the number of such issues,
///   `support` and `oppose` how many of them they back or resist together, `polarity` which of
///   the two (or mixed), `issues` their labels.
/// - conflict: actors linked when they lean opposite ways on an issue, weighted the same way.
/// - affiliation: each actor linked to the actor it belongs to, `weight` the articles saying so.
public struct NetworkBuilder: Sendable {
    public let matrix: CrossMatrix

    public init(matrix: CrossMatrix) {
        self.matrix = matrix
    }

    public func network(_ kind: Network.Kind) -> Network {
        switch kind {
        case .actorIssue: return actorIssue()
        case .congruence: return agreement(kind: .congruence)
        case .conflict: return agreement(kind: .conflict)
        case .affiliation: return affiliation()
        }
    }

    static let actorAttributes: [Network.Attribute] = [
        .init(name: "label", type: .string, fallback: .string("")),
        .init(name: "kind", type: .string, fallback: .string("")),
        .init(name: "affiliation", type: .string, fallback: .string("")),
        .init(name: "articles", type: .int, fallback: .int(0)),
    ]

    private func actorNode(_ index: Int, id: String? = nil) -> Network.Node {
        let actor = matrix.actors[index]
        return Network.Node(id: id ?? actor.id, values: [
            "label": .string(actor.name), "kind": .string(actor.kind.rawValue),
            "affiliation": .string(actor.affiliation ?? ""), "articles": .int(actor.articles.count),
        ])
    }

    // MARK: - Two-mode

    func actorIssue() -> Network {
        let nodeAttributes = Self.actorAttributes + [
            .init(name: "mode", type: .string, fallback: .string("actor")),
            .init(name: "bipartite", type: .int, fallback: .int(0)),
        ]
        let edgeAttributes: [Network.Attribute] = [
            .init(name: "polarity", type: .string, fallback: .string("neutral")),
            .init(name: "support", type: .int, fallback: .int(0)),
            .init(name: "oppose", type: .int, fallback: .int(0)),
            .init(name: "neutral", type: .int, fallback: .int(0)),
            .init(name: "weight", type: .double, fallback: .double(0)),
            .init(name: "corrected", type: .boolean, fallback: .boolean(false)),
        ]
        var nodes: [Network.Node] = []
        for row in matrix.rows {
            var node = actorNode(row, id: "actor:" + matrix.actors[row].id)
            node.values["mode"] = .string("actor")
            node.values["bipartite"] = .int(0)
            nodes.append(node)
        }
        for column in matrix.columns {
            let issue = matrix.issues[column]
            nodes.append(Network.Node(id: "issue:" + issue.id, values: [
                "label": .string(issue.label), "articles": .int(issue.articles), "mode": .string("issue"), "bipartite": .int(1),
            ]))
        }
        var edges: [Network.Edge] = []
        for row in matrix.rows {
            for column in matrix.columns {
                guard let cell = matrix.cell(actor: row, issue: column) else { continue }
                let counts = cell.counts
                edges.append(Network.Edge(source: "actor:" + matrix.actors[row].id, target: "issue:" + matrix.issues[column].id, values: [
                    "polarity": .string(counts.balance.rawValue), "support": .int(counts.support), "oppose": .int(counts.oppose),
                    "neutral": .int(counts.neutral), "weight": .double(Double(counts.articles)), "corrected": .boolean(cell.isCorrected),
                ]))
            }
        }
        return Network(kind: .actorIssue, isDirected: false, nodeAttributes: nodeAttributes, edgeAttributes: edgeAttributes, nodes: nodes, edges: edges)
    }

    // MARK: - One-mode: agreeing and disagreeing

    private struct Tie {
        var support = 0
        var oppose = 0
        var issues: [Int] = []
    }

    func agreement(kind: Network.Kind) -> Network {
        // Each issue's actors by the side they lean to.
        var sides: [Int: (support: [Int], oppose: [Int])] = [:]
        for row in matrix.rows {
            for column in matrix.columns {
                guard let leaning = matrix.cell(actor: row, issue: column)?.counts.leaning else { continue }
                if leaning == .support { sides[column, default: ([], [])].support.append(row) } else { sides[column, default: ([], [])].oppose.append(row) }
            }
        }
        var ties: [Int: Tie] = [:]
        let rank = Dictionary(uniqueKeysWithValues: matrix.rows.enumerated().map { ($1, $0) })
        func tie(_ a: Int, _ b: Int, issue: Int, polarity: Polarity) {
            let (first, second) = rank[a]! < rank[b]! ? (a, b) : (b, a)
            let key = first << 32 | second
            if polarity == .support { ties[key, default: Tie()].support += 1 } else { ties[key, default: Tie()].oppose += 1 }
            ties[key, default: Tie()].issues.append(issue)
        }
        for column in matrix.columns {
            guard let side = sides[column] else { continue }
            if kind == .congruence {
                for (group, polarity) in [(side.support, Polarity.support), (side.oppose, Polarity.oppose)] {
                    for i in group.indices { for j in group.indices where j > i { tie(group[i], group[j], issue: column, polarity: polarity) } }
                }
            } else {
                for a in side.support { for b in side.oppose { tie(a, b, issue: column, polarity: .support) } }
            }
        }
        var edgeAttributes: [Network.Attribute] = [
            .init(name: "weight", type: .double, fallback: .double(0)),
            .init(name: "issues", type: .string, fallback: .string("")),
        ]
        if kind == .congruence {
            edgeAttributes += [
                .init(name: "support", type: .int, fallback: .int(0)),
                .init(name: "oppose", type: .int, fallback: .int(0)),
                .init(name: "polarity", type: .string, fallback: .string("support")),
            ]
        }
        let nodes = matrix.rows.map { actorNode($0) }
        let edges = ties.sorted { (rank[$0.key >> 32]!, rank[$0.key & 0xFFFF_FFFF]!) < (rank[$1.key >> 32]!, rank[$1.key & 0xFFFF_FFFF]!) }.map { key, tie in
            var values: [String: Network.Value] = [
                "weight": .double(Double(tie.issues.count)),
                "issues": .string(tie.issues.map { matrix.issues[$0].label }.joined(separator: "; ")),
            ]
            if kind == .congruence {
                values["support"] = .int(tie.support)
                values["oppose"] = .int(tie.oppose)
                values["polarity"] = .string(tie.support > 0 && tie.oppose > 0 ? "mixed" : tie.support > 0 ? "support" : "oppose")
            }
            return Network.Edge(source: matrix.actors[key >> 32].id, target: matrix.actors[key & 0xFFFF_FFFF].id, values: values)
        }
        return Network(kind: kind, isDirected: false, nodeAttributes: Self.actorAttributes, edgeAttributes: edgeAttributes, nodes: nodes, edges: edges)
    }

    // MARK: - Affiliation

    func affiliation() -> Network {
        var counts: [String: Int] = [:]
        var order: [(String, String)] = []
        for article in matrix.articles {
            for actor in article.actors {
                guard let affiliation = actor.affiliation, affiliation != actor.id else { continue }
                let key = actor.id + "\u{1F}" + affiliation
                if counts[key] == nil { order.append((actor.id, affiliation)) }
                counts[key, default: 0] += 1
            }
        }
        var involved = Set<String>()
        for (source, target) in order {
            involved.insert(source)
            involved.insert(target)
        }
        var nodes: [Network.Node] = []
        for (index, actor) in matrix.actors.enumerated() where involved.contains(actor.id) {
            nodes.append(actorNode(index))
        }
        // An affiliation to an actor no article lists (an organisation known only by its id).
        let listed = Set(nodes.map(\.id))
        for id in involved.subtracting(listed).sorted() {
            nodes.append(Network.Node(id: id, values: ["label": .string(id), "kind": .string(ActorKind.other.rawValue)]))
        }
        let edges = order.map { source, target in
            Network.Edge(source: source, target: target, values: ["weight": .double(Double(counts[source + "\u{1F}" + target]!))])
        }
        return Network(kind: .affiliation, isDirected: true, nodeAttributes: Self.actorAttributes,
                       edgeAttributes: [.init(name: "weight", type: .double, fallback: .double(0))], nodes: nodes, edges: edges)
    }
}
