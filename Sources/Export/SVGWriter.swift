/// A picture of a network as SVG, drawn by Parley itself (for when Graphviz is not installed):
/// actors and issues in two columns for the two-mode network, a spring layout for the others;
/// nodes filled by kind and sized by their articles, edges coloured by polarity and wider for
/// more weight, with a legend. Hovering shows names and issues (`<title>`).
public enum SVGWriter {
    static let width = 960.0
    static let margin = 90.0

    public static func write(_ network: Network, caption: String? = nil) -> String {
        let twoMode = network.kind == .actorIssue
        let index = Dictionary(network.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let edges = network.edges.compactMap { edge -> (Int, Int, Double)? in
            guard let a = index[edge.source], let b = index[edge.target] else { return nil }
            return (a, b, Palette.weight(network, edge))
        }
        let height: Double
        var points: [ForceLayout.Point]
        if twoMode {
            (points, height) = columns(network)
        } else {
            (points, height) = springs(nodeCount: network.nodes.count, edges: edges)
        }
        let legendTop = height + 10
        let kinds = orderedKinds(network)
        let polarities = orderedPolarities(network)
        let totalHeight = legendTop + 24 + 18 * Double(max(kinds.count, polarities.count))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(totalHeight))" viewBox="0 0 \(Int(width)) \(Int(totalHeight))" font-family="Helvetica, Arial, sans-serif">
            <title>\(ExportText.xml("Parley: \(network.kind.rawValue) network"))</title>
            <rect width="100%" height="100%" fill="#FFFFFF"/>

            """
        if network.isDirected {
            out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">"
                + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888888\"/></marker></defs>\n"
        }
        out += "<g stroke-linecap=\"round\" fill=\"none\">\n"
        for edge in network.edges {
            guard let a = index[edge.source], let b = index[edge.target] else { continue }
            let weight = Palette.weight(network, edge)
            let colour = Palette.stroke(polarity: Palette.edgePolarity(network, edge))
            let (start, end) = network.isDirected ? shortened(points[a], points[b], by: radius(network, network.nodes[b]) + 2) : (points[a], points[b])
            var tip = Palette.label(network, network.nodes[a]) + (network.isDirected ? " → " : " – ") + Palette.label(network, network.nodes[b])
            if case .string(let issues)? = edge.values["issues"] { tip += ": " + issues }
            out += "<line x1=\"\(f(start.x))\" y1=\"\(f(start.y))\" x2=\"\(f(end.x))\" y2=\"\(f(end.y))\" stroke=\"\(colour)\" stroke-width=\"\(f(min(1 + (weight - 1) * 0.75, 6)))\" stroke-opacity=\"0.7\""
            out += network.isDirected ? " marker-end=\"url(#arrow)\">" : ">"
            out += "<title>\(ExportText.xml(tip))</title></line>\n"
        }
        out += "</g>\n<g stroke=\"#444444\" stroke-width=\"1\">\n"
        for (number, node) in network.nodes.enumerated() {
            let kind = Palette.kind(network, node)
            let label = Palette.label(network, node)
            let point = points[number]
            let r = radius(network, node)
            let fill = kind == "issue" ? Palette.issueFill : Palette.fill(kind: kind)
            if kind == "issue" {
                out += "<rect x=\"\(f(point.x - r))\" y=\"\(f(point.y - r))\" width=\"\(f(2 * r))\" height=\"\(f(2 * r))\" fill=\"\(fill)\"><title>\(ExportText.xml(label))</title></rect>\n"
            } else {
                out += "<circle cx=\"\(f(point.x))\" cy=\"\(f(point.y))\" r=\"\(f(r))\" fill=\"\(fill)\"><title>\(ExportText.xml(label + " (" + kind + ")"))</title></circle>\n"
            }
        }
        out += "</g>\n<g font-size=\"11\" fill=\"#222222\">\n"
        for (number, node) in network.nodes.enumerated() {
            let point = points[number]
            let r = radius(network, node)
            let label = ExportText.xml(shortened(Palette.label(network, node)))
            if twoMode {
                let isIssue = Palette.kind(network, node) == "issue"
                out += "<text x=\"\(f(point.x + (isIssue ? r + 6 : -r - 6)))\" y=\"\(f(point.y + 4))\" text-anchor=\"\(isIssue ? "start" : "end")\">\(label)</text>\n"
            } else {
                out += "<text x=\"\(f(point.x))\" y=\"\(f(point.y + r + 12))\" text-anchor=\"middle\">\(label)</text>\n"
            }
        }
        out += "</g>\n"
        out += legend(kinds: kinds, polarities: polarities, top: legendTop, caption: caption)
        return out + "</svg>\n"
    }

    /// One-mode: each group of connected nodes by the spring layout in a square of its own,
    /// sized by its number of nodes, the squares packed in rows, largest first; the unconnected
    /// nodes in rows under them.
    private static func springs(nodeCount: Int, edges: [(Int, Int, Double)]) -> ([ForceLayout.Point], Double) {
        var points = [ForceLayout.Point](repeating: ForceLayout.Point(x: 0, y: 0), count: nodeCount)
        let groups = connectedGroups(nodeCount: nodeCount, edges: edges)
        let alone = groups.filter { $0.count == 1 }.flatMap { $0 }
        let usable = width - 2 * margin
        var x = 0.0, y = margin / 2, rowHeight = 0.0
        for group in groups where group.count > 1 {
            let side = min(usable, 125 * Double(group.count).squareRoot())
            if x + side > usable + 1 { (x, y, rowHeight) = (0, y + rowHeight, 0) }
            let position = Dictionary(uniqueKeysWithValues: group.enumerated().map { ($1, $0) })
            let inner = edges.compactMap { a, b, weight in position[a].flatMap { a in position[b].map { (a, $0, weight) } } }
            let laidOut = ForceLayout().positions(nodeCount: group.count, edges: inner)
            // A margin inside each square for the labels.
            for (number, node) in group.enumerated() {
                points[node] = ForceLayout.Point(x: margin + x + 45 + laidOut[number].x * (side - 90), y: y + 15 + laidOut[number].y * (side - 50))
            }
            x += side
            rowHeight = max(rowHeight, side)
        }
        let perRow = 6
        let top = y + rowHeight + (rowHeight > 0 ? 10 : 0)
        for (number, node) in alone.enumerated() {
            let column = Double(number % perRow), row = Double(number / perRow)
            points[node] = ForceLayout.Point(x: margin + column * usable / Double(perRow - 1), y: top + row * 40)
        }
        return (points, top + Double((alone.count + perRow - 1) / perRow) * 40)
    }

    /// The nodes in groups joined by edges, largest group first (then by first node).
    static func connectedGroups(nodeCount: Int, edges: [(Int, Int, Double)]) -> [[Int]] {
        var parent = Array(0..<nodeCount)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for (a, b, _) in edges {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var groups: [Int: [Int]] = [:]
        for node in 0..<nodeCount { groups[root(node), default: []].append(node) }
        return groups.values.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }

    /// Two-mode: actors down the left, issues down the right, in the network's order.
    private static func columns(_ network: Network) -> ([ForceLayout.Point], Double) {
        let actors = network.nodes.filter { Palette.kind(network, $0) != "issue" }.count
        let issues = network.nodes.count - actors
        let rows = Double(max(actors, issues, 1))
        let spacing = 22.0
        let height = max(240, rows * spacing + margin)
        var actorRow = 0.0, issueRow = 0.0
        let points = network.nodes.map { node -> ForceLayout.Point in
            if Palette.kind(network, node) == "issue" {
                defer { issueRow += 1 }
                return ForceLayout.Point(x: width * 0.62, y: margin / 2 + (issueRow + 0.5) * (height - margin) / Double(max(issues, 1)))
            }
            defer { actorRow += 1 }
            return ForceLayout.Point(x: width * 0.38, y: margin / 2 + (actorRow + 0.5) * (height - margin) / Double(max(actors, 1)))
        }
        return (points, height)
    }

    private static func radius(_ network: Network, _ node: Network.Node) -> Double {
        var articles = 1
        if case .int(let count)? = network.value("articles", of: node) { articles = max(count, 1) }
        return min(4 + Double(articles).squareRoot() * 1.5, 18)
    }

    private static func shortened(_ a: ForceLayout.Point, _ b: ForceLayout.Point, by gap: Double) -> (ForceLayout.Point, ForceLayout.Point) {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > gap * 2 else { return (a, b) }
        return (a, ForceLayout.Point(x: b.x - dx / length * gap, y: b.y - dy / length * gap))
    }

    private static func shortened(_ label: String) -> String {
        label.count > 32 ? String(label.prefix(31)) + "…" : label
    }

    private static func orderedKinds(_ network: Network) -> [String] {
        let present = Set(network.nodes.map { Palette.kind(network, $0) })
        return ["country", "government", "person", "organisation", "company", "party", "group", "other", "issue"].filter(present.contains)
    }

    private static func orderedPolarities(_ network: Network) -> [String] {
        let present = Set(network.edges.map { Palette.edgePolarity(network, $0) })
        return ["support", "oppose", "mixed", "neutral", "conflict"].filter(present.contains)
    }

    private static func legend(kinds: [String], polarities: [String], top: Double, caption: String?) -> String {
        var out = "<g font-size=\"11\" fill=\"#222222\">\n"
        for (row, kind) in kinds.enumerated() {
            let y = top + 18 * Double(row)
            let fill = kind == "issue" ? Palette.issueFill : Palette.fill(kind: kind)
            out += "<circle cx=\"30\" cy=\"\(f(y))\" r=\"6\" fill=\"\(fill)\" stroke=\"#444444\"/><text x=\"42\" y=\"\(f(y + 4))\">\(kind)</text>\n"
        }
        for (row, polarity) in polarities.enumerated() {
            let y = top + 18 * Double(row)
            let name = polarity == "conflict" ? "opposite sides" : polarity
            out += "<line x1=\"200\" y1=\"\(f(y))\" x2=\"230\" y2=\"\(f(y))\" stroke=\"\(Palette.stroke(polarity: polarity))\" stroke-width=\"3\"/><text x=\"238\" y=\"\(f(y + 4))\">\(name)</text>\n"
        }
        if let caption {
            out += "<text x=\"\(f(width - 20))\" y=\"\(f(top + 4))\" text-anchor=\"end\" fill=\"#555555\">\(ExportText.xml(caption))</text>\n"
        }
        return out + "</g>\n"
    }

    private static func f(_ value: Double) -> String { DOTWriter.format(value) }
}
