/// Graphviz DOT: `dot -Tsvg` draws it as it is (the layout engine is named in the file: dot
/// left to right for actors and issues, neato for networks of actors). Nodes are filled by
/// kind, edges coloured by polarity and drawn wider for more weight; every attribute of the
/// network is kept on its node or edge, so that pydot and networkx read them back.
public enum DOTWriter {
    public static func write(_ network: Network) -> String {
        let connector = network.isDirected ? "->" : "--"
        var out = "\(network.isDirected ? "digraph" : "graph") \(ExportText.dot(network.kind.rawValue)) {\n"
        if network.kind == .actorIssue {
            out += "  graph [layout=dot, rankdir=LR, ranksep=1.2, fontname=\"Helvetica\"];\n"
        } else {
            out += "  graph [layout=neato, overlap=false, splines=true, sep=\"+8\", fontname=\"Helvetica\"];\n"
        }
        out += "  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#444444\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8];\n"
        for node in network.nodes {
            let kind = Palette.kind(network, node)
            var attributes = [
                ("label", ExportText.dot(Palette.label(network, node))),
                ("shape", kind == "issue" ? "box" : "ellipse"),
                ("fillcolor", ExportText.dot(kind == "issue" ? Palette.issueFill : Palette.fill(kind: kind))),
            ]
            attributes += dataAttributes(network.nodeAttributes.filter { $0.name != "label" }) { network.value($0, of: node) }
            out += "  \(ExportText.dot(node.id)) [\(joined(attributes))];\n"
        }
        for edge in network.edges {
            let weight = Palette.weight(network, edge)
            var attributes = [
                ("color", ExportText.dot(Palette.stroke(polarity: Palette.edgePolarity(network, edge)))),
                ("penwidth", format(min(1 + (weight - 1) * 0.75, 6))),
            ]
            attributes += dataAttributes(network.edgeAttributes) { network.value($0, of: edge) }
            out += "  \(ExportText.dot(edge.source)) \(connector) \(ExportText.dot(edge.target)) [\(joined(attributes))];\n"
        }
        return out + "}\n"
    }

    /// Each attribute as `name=value`: numbers bare (a whole weight as an integer, which the dot
    /// engine requires), text quoted.
    private static func dataAttributes(_ declared: [Network.Attribute], value: (String) -> Network.Value?) -> [(String, String)] {
        declared.compactMap { attribute in
            guard let value = value(attribute.name) else { return nil }
            switch value {
            case .string(let text): return (attribute.name, ExportText.dot(text))
            case .int(let number): return (attribute.name, String(number))
            case .double(let number): return (attribute.name, format(number))
            case .boolean(let flag): return (attribute.name, flag ? "true" : "false")
            }
        }
    }

    private static func joined(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }

    /// A number with at most two decimals, whole numbers without any.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        let hundredths = (number * 100).rounded()
        let whole = Int(hundredths / 100)
        let fraction = abs(Int(hundredths) % 100)
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
