/// GraphML, as Gephi, networkx (`read_graphml`), igraph (`Graph.Read_GraphML`) and yEd read it:
/// every attribute declared once with its `attr.type` and a default, then written on every node
/// and edge, so that no reader has to guess a type or fill a gap.
public enum GraphMLWriter {
    public static func write(_ network: Network) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (number, attribute) in network.nodeAttributes.enumerated() {
            out += key(id: "n\(number)", domain: "node", attribute)
        }
        for (number, attribute) in network.edgeAttributes.enumerated() {
            out += key(id: "e\(number)", domain: "edge", attribute)
        }
        out += "  <graph id=\"\(ExportText.xml(network.kind.rawValue))\" edgedefault=\"\(network.isDirected ? "directed" : "undirected")\">\n"
        for node in network.nodes {
            out += "    <node id=\"\(ExportText.xml(node.id))\">"
            for (number, attribute) in network.nodeAttributes.enumerated() {
                out += "<data key=\"n\(number)\">\(ExportText.xml((network.value(attribute.name, of: node) ?? attribute.fallback).text))</data>"
            }
            out += "</node>\n"
        }
        for (index, edge) in network.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(ExportText.xml(edge.source))\" target=\"\(ExportText.xml(edge.target))\">"
            for (number, attribute) in network.edgeAttributes.enumerated() {
                out += "<data key=\"e\(number)\">\(ExportText.xml((network.value(attribute.name, of: edge) ?? attribute.fallback).text))</data>"
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func key(id: String, domain: String, _ attribute: Network.Attribute) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(ExportText.xml(attribute.name))\" attr.type=\"\(attribute.type.rawValue)\">"
            + "<default>\(ExportText.xml(attribute.fallback.text))</default></key>\n"
    }
}
