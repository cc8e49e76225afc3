/// Node-link JSON, the shape d3 and networkx (`json_graph.node_link_graph`) read: the graph's
/// flags, then `nodes` with their `id` and attributes, then `edges` with `source` and `target`.
public enum NodeLinkWriter {
    public static func write(_ network: Network) -> String {
        var out = "{\n  \"directed\": \(network.isDirected),\n  \"multigraph\": false,\n"
        out += "  \"graph\": {\"name\": \(ExportText.json(network.kind.rawValue))},\n  \"nodes\": [\n"
        for (number, node) in network.nodes.enumerated() {
            var fields = ["\"id\": " + ExportText.json(node.id)]
            fields += network.nodeAttributes.map { ExportText.json($0.name) + ": " + json(network.value($0.name, of: node) ?? $0.fallback) }
            out += "    {" + fields.joined(separator: ", ") + (number + 1 < network.nodes.count ? "},\n" : "}\n")
        }
        out += "  ],\n  \"edges\": [\n"
        for (number, edge) in network.edges.enumerated() {
            var fields = ["\"source\": " + ExportText.json(edge.source), "\"target\": " + ExportText.json(edge.target)]
            fields += network.edgeAttributes.map { ExportText.json($0.name) + ": " + json(network.value($0.name, of: edge) ?? $0.fallback) }
            out += "    {" + fields.joined(separator: ", ") + (number + 1 < network.edges.count ? "},\n" : "}\n")
        }
        return out + "  ]\n}\n"
    }

    private static func json(_ value: Network.Value) -> String {
        switch value {
        case .string(let text): return ExportText.json(text)
        default: return value.text
        }
    }
}
