import Analysis
import ArticleModel
import Export
import Foundation
import Testing
import TestSupport

/// The small library and the awkward one together: hostile titles and labels reach every format.
private let matrix = CrossMatrix(articles: SmallLibrary.articles + StanceTableTests.awkward)
private let builder = NetworkBuilder(matrix: matrix)

/// What each reader calls the Python type of a GraphML type: igraph keeps every number as a float.
private func pythonType(_ type: Network.ValueType, igraph: Bool = false) -> String {
    switch type {
    case .string: return "str"
    case .int: return igraph ? "float" : "int"
    case .double: return "float"
    case .boolean: return "bool"
    }
}

@Suite("Exports read back by networkx and python-igraph",
       .enabled(if: ExternalReaders.graphPackagesOrCI, "needs python3 with networkx and python-igraph (pip install networkx python-igraph)"))
struct GraphReaderTests {
    @Test(arguments: Network.Kind.allCases)
    func graphMLReadsBackWithEveryAttributeTyped(kind: Network.Kind) throws {
        try #require(ExternalReaders.hasGraphPackages, "CI must have networkx and python-igraph: .ci/run installs them")
        let network = builder.network(kind)
        let read = try ExternalReaders.read("read_graph.py", contents: GraphMLWriter.write(network), suffix: "graphml", arguments: ["graphml"])
        let ids = network.nodes.map(\.id).sorted()
        for reader in ["networkx", "igraph"] {
            let seen = try #require(read[reader] as? [String: Any])
            #expect(seen["nodes"] as? Int == network.nodes.count, "\(reader)")
            #expect(seen["edges"] as? Int == network.edges.count, "\(reader)")
            #expect(seen["directed"] as? Bool == network.isDirected, "\(reader)")
            #expect(seen["node_ids"] as? [String] == ids, "\(reader)")
            var nodeTypes = Dictionary(uniqueKeysWithValues: network.nodeAttributes.map { ($0.name, pythonType($0.type, igraph: reader == "igraph")) })
            var edgeTypes = Dictionary(uniqueKeysWithValues: network.edgeAttributes.map { ($0.name, pythonType($0.type, igraph: reader == "igraph")) })
            // Both keep the edge's GraphML id as an attribute; igraph the node's too.
            edgeTypes["id"] = "str"
            if reader == "igraph" { nodeTypes["id"] = "str" }
            #expect(seen["node_types"] as? [String: String] == nodeTypes, "\(reader)")
            #expect(seen["edge_types"] as? [String: String] == edgeTypes, "\(reader)")
        }
        let networkx = try #require(read["networkx"] as? [String: Any])
        let labels = try #require(networkx["labels"] as? [String: String])
        for node in network.nodes {
            guard case .string(let label)? = network.value("label", of: node) else { continue }
            #expect(labels[node.id] == label.replacingOccurrences(of: "\u{1B}", with: "\u{FFFD}"))
        }
    }

    @Test func theWeightsNetworkxReadsAreTheIssueCounts() throws {
        try #require(ExternalReaders.hasGraphPackages, "CI must have networkx and python-igraph: .ci/run installs them")
        let read = try ExternalReaders.read("read_graph.py", contents: GraphMLWriter.write(builder.network(.congruence)), suffix: "graphml", arguments: ["graphml"])
        let networkx = try #require(read["networkx"] as? [String: Any])
        let weights = try #require(networkx["weights"] as? [[Any]])
        #expect(weights.map { "\($0[0]) \($0[1]) \($0[2])" } == ["france russia 1.0", "france tony-blair 1.0", "lukasz-wrobel poland 1.0"])
    }

    @Test func nodeLinkJSONReadsBackInNetworkx() throws {
        try #require(ExternalReaders.hasGraphPackages, "CI must have networkx and python-igraph: .ci/run installs them")
        let network = builder.network(.actorIssue)
        let read = try ExternalReaders.read("read_graph.py", contents: NodeLinkWriter.write(network), suffix: "json", arguments: ["nodelink"])
        let seen = try #require(read["networkx"] as? [String: Any])
        #expect(seen["nodes"] as? Int == network.nodes.count)
        #expect(seen["edges"] as? Int == network.edges.count)
        #expect(seen["node_types"] as? [String: String] == Dictionary(uniqueKeysWithValues: network.nodeAttributes.map { ($0.name, pythonType($0.type)) }))
        #expect(seen["edge_types"] as? [String: String] == Dictionary(uniqueKeysWithValues: network.edgeAttributes.map { ($0.name, pythonType($0.type)) }))
    }
}

@Suite("The stance table read back by Python's csv module", .enabled(if: ExternalReaders.pythonOrCI, "needs python3"))
struct CSVReaderTests {
    @Test func everyFieldReadsBackExactly() throws {
        let table = StanceTable(matrix: CrossMatrix(articles: StanceTableTests.awkward))
        let read = try ExternalReaders.read("read_csv.py", contents: table.csv(), suffix: "csv")
        #expect(read["header"] as? [String] == StanceTable.columns)
        #expect(read["count"] as? Int == 3)
        let rows = try #require(read["rows"] as? [[String]])
        #expect(rows.map { $0[2] } == ["Levy, \"coal\" and power", "Levy, \"coal\" and power", "Bad\u{FFFD}[31m title "])
        #expect(rows.map { $0[16] } == ["Poland calls the levy \"unfair\", and will veto it.", "Mr Wróbel agrees.", "Germany backs it."])
        #expect(rows.map { $0[14] } == ["rule", "rule", "user"])
        // The offsets point at the sentence in the article's text.
        for (row, article) in zip(rows, [StanceTableTests.awkward[0], StanceTableTests.awkward[0], StanceTableTests.awkward[1]]) {
            let start = try #require(Int(row[17])), end = try #require(Int(row[18]))
            #expect(article.substring(start..<end) == row[16])
        }
    }
}

@Suite("Pictures", .enabled(if: ExternalReaders.pythonOrCI, "needs python3"))
struct PictureTests {
    @Test(arguments: Network.Kind.allCases)
    func graphvizRendersTheDOT(kind: Network.Kind) throws {
        let dot = try #require(ExternalReaders.dot, "CI must have Graphviz: .ci/run installs it")
        let network = builder.network(kind)
        let result = try ExternalReaders.run(dot, ["-Tsvg"], stdin: DOTWriter.write(network))
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let read = try ExternalReaders.read("read_svg.py", contents: result.stdout, suffix: "svg")
        #expect(read["graphviz_nodes"] as? Int == network.nodes.count)
        #expect(read["graphviz_edges"] as? Int == network.edges.count)
    }

    @Test func theBuiltInPictureIsWellFormedSVG() throws {
        let network = builder.network(.congruence)
        let read = try ExternalReaders.read("read_svg.py", contents: SVGWriter.write(network), suffix: "svg")
        #expect(read["root"] as? String == "{http://www.w3.org/2000/svg}svg")
        // Actors, and a circle for each of the two kinds in the legend (country, person).
        #expect(read["circles"] as? Int == network.nodes.count + 2)
        // Edges, and the legend's lines for the two polarities they show (Poland and Mr Wróbel
        // both oppose the coal levy; the others back issues together).
        #expect(read["lines"] as? Int == network.edges.count + 2)
        let texts = try #require(read["texts"] as? [String])
        // Labels in the matrix's order: most articles with stances, then by name.
        #expect(texts.prefix(network.nodes.count) == ["Russia", "France", "Germany", "Poland", "Tony Blair", "Łukasz Wróbel"])
    }
}
