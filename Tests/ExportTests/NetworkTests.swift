import Analysis
import ArticleModel
import Export
import Testing
import TestSupport

@Suite("Networks from the matrix across articles")
struct NetworkTests {
    let builder = NetworkBuilder(matrix: CrossMatrix(articles: SmallLibrary.articles))

    func edges(_ network: Network) -> [String] {
        network.edges.map { edge in
            "\(edge.source) \(network.isDirected ? "->" : "--") \(edge.target) " + network.edgeAttributes.map { "\($0.name)=\(network.value($0.name, of: edge)!.text)" }.joined(separator: " ")
        }
    }

    @Test func theTwoModeNetworkLinksActorsToIssuesWithPolarityAndCounts() {
        let network = builder.network(.actorIssue)
        #expect(network.nodes.map(\.id) == ["actor:russia", "actor:france", "actor:tony-blair", "issue:levy", "issue:quota", "issue:war-iraq", "issue:actor-tony-blair"])
        #expect(edges(network) == [
            "actor:russia -- issue:levy polarity=mixed support=1 oppose=2 neutral=0 weight=2.0 corrected=false",
            "actor:russia -- issue:quota polarity=support support=1 oppose=0 neutral=0 weight=1.0 corrected=false",
            "actor:russia -- issue:war-iraq polarity=oppose support=0 oppose=1 neutral=1 weight=2.0 corrected=false",
            "actor:france -- issue:levy polarity=support support=1 oppose=0 neutral=0 weight=1.0 corrected=false",
            "actor:france -- issue:quota polarity=support support=1 oppose=0 neutral=0 weight=1.0 corrected=false",
            "actor:france -- issue:actor-tony-blair polarity=oppose support=0 oppose=1 neutral=0 weight=1.0 corrected=true",
            "actor:tony-blair -- issue:levy polarity=support support=1 oppose=0 neutral=0 weight=1.0 corrected=false",
        ])
        #expect(network.nodeAttributes.map { "\($0.name):\($0.type.rawValue)" } == ["label:string", "kind:string", "affiliation:string", "articles:int", "mode:string", "bipartite:int"])
    }

    @Test func congruenceAndConflictLinkActorsByTheSideTheyLeanTo() {
        // Russia leans against the levy (two articles against, one for), France and Mr Blair back it;
        // Russia and France both back quotas.
        #expect(edges(builder.network(.congruence)) == [
            "russia -- france weight=1.0 issues=quotas support=1 oppose=0 polarity=support",
            "france -- tony-blair weight=1.0 issues=levy support=1 oppose=0 polarity=support",
        ])
        #expect(edges(builder.network(.conflict)) == [
            "russia -- france weight=1.0 issues=levy",
            "russia -- tony-blair weight=1.0 issues=levy",
        ])
    }

    @Test func congruenceWeightsCountIssuesAndAddUpBothSides() {
        let articles = [
            ArticleFixtures.article("x.txt", actors: [("a", "A", .party, nil), ("b", "B", .party, nil)],
                                    issues: [Issue(id: "tax", label: "tax"), Issue(id: "war", label: "war"), Issue(id: "ban", label: "ban")],
                                    stances: [("a", "tax", .support, "A backs the tax."), ("b", "tax", .support, "B backs the tax."),
                                              ("a", "war", .oppose, "A opposes the war."), ("b", "war", .oppose, "B opposes the war."),
                                              ("a", "ban", .support, "A backs the ban."), ("b", "ban", .oppose, "B opposes the ban.")]),
        ]
        let builder = NetworkBuilder(matrix: CrossMatrix(articles: articles))
        #expect(edges(builder.network(.congruence)) == ["a -- b weight=2.0 issues=tax; war support=1 oppose=1 polarity=mixed"])
        #expect(edges(builder.network(.conflict)) == ["a -- b weight=1.0 issues=ban"])
    }

    @Test func theAffiliationNetworkIsDirectedAndKeepsUnlistedActors() {
        let network = builder.network(.affiliation)
        #expect(network.isDirected)
        #expect(network.nodes.map(\.id) == ["tony-blair", "labour"])
        #expect(network.value("kind", of: network.nodes[1]) == .string("other"))
        #expect(edges(network) == ["tony-blair -> labour weight=1.0"])
    }

    @Test func graphMLDeclaresEveryAttributeWithItsType() {
        #expect(GraphMLWriter.write(builder.network(.congruence)) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="n0" for="node" attr.name="label" attr.type="string"><default></default></key>
              <key id="n1" for="node" attr.name="kind" attr.type="string"><default></default></key>
              <key id="n2" for="node" attr.name="affiliation" attr.type="string"><default></default></key>
              <key id="n3" for="node" attr.name="articles" attr.type="int"><default>0</default></key>
              <key id="e0" for="edge" attr.name="weight" attr.type="double"><default>0.0</default></key>
              <key id="e1" for="edge" attr.name="issues" attr.type="string"><default></default></key>
              <key id="e2" for="edge" attr.name="support" attr.type="int"><default>0</default></key>
              <key id="e3" for="edge" attr.name="oppose" attr.type="int"><default>0</default></key>
              <key id="e4" for="edge" attr.name="polarity" attr.type="string"><default>support</default></key>
              <graph id="congruence" edgedefault="undirected">
                <node id="russia"><data key="n0">Russia</data><data key="n1">country</data><data key="n2"></data><data key="n3">5</data></node>
                <node id="france"><data key="n0">France</data><data key="n1">country</data><data key="n2"></data><data key="n3">3</data></node>
                <node id="tony-blair"><data key="n0">Tony Blair</data><data key="n1">person</data><data key="n2">labour</data><data key="n3">1</data></node>
                <edge id="e0" source="russia" target="france"><data key="e0">1.0</data><data key="e1">quotas</data><data key="e2">1</data><data key="e3">0</data><data key="e4">support</data></edge>
                <edge id="e1" source="france" target="tony-blair"><data key="e0">1.0</data><data key="e1">levy</data><data key="e2">1</data><data key="e3">0</data><data key="e4">support</data></edge>
              </graph>
            </graphml>

            """)
    }

    @Test func dotNamesItsLayoutAndColoursByKindAndPolarity() {
        #expect(DOTWriter.write(builder.network(.conflict)) == """
            graph "conflict" {
              graph [layout=neato, overlap=false, splines=true, sep="+8", fontname="Helvetica"];
              node [style=filled, fontname="Helvetica", fontsize=10, color="#444444"];
              edge [fontname="Helvetica", fontsize=8];
              "russia" [label="Russia", shape=ellipse, fillcolor="#56B4E9", kind="country", affiliation="", articles=5];
              "france" [label="France", shape=ellipse, fillcolor="#56B4E9", kind="country", affiliation="", articles=3];
              "tony-blair" [label="Tony Blair", shape=ellipse, fillcolor="#E69F00", kind="person", affiliation="labour", articles=1];
              "russia" -- "france" [color="#C51B1B", penwidth=1, weight=1, issues="levy"];
              "russia" -- "tony-blair" [color="#C51B1B", penwidth=1, weight=1, issues="levy"];
            }

            """)
        let twoMode = DOTWriter.write(builder.network(.actorIssue))
        #expect(twoMode.contains("  graph [layout=dot, rankdir=LR, ranksep=1.2, fontname=\"Helvetica\"];\n"))
        #expect(twoMode.contains("  \"issue:levy\" [label=\"levy\", shape=box, fillcolor=\"#EEEEEE\", kind=\"\", affiliation=\"\", articles=2, mode=\"issue\", bipartite=1];\n"))
        #expect(twoMode.contains("  \"actor:russia\" -- \"issue:levy\" [color=\"#B8860B\", penwidth=1.75, polarity=\"mixed\", support=1, oppose=2, neutral=0, weight=2, corrected=false];\n"))
        #expect(DOTWriter.write(builder.network(.affiliation)).hasPrefix("digraph \"affiliation\" {\n"))
        #expect(DOTWriter.write(builder.network(.affiliation)).contains("  \"tony-blair\" -> \"labour\" [color=\"#888888\", penwidth=1, weight=1];\n"))
    }

    @Test func aPictureKeepsTheMostConnectedNodes() {
        let network = builder.network(.conflict)
        let kept = network.keepingHeaviest(2)
        #expect(kept.nodes.map(\.id) == ["russia", "france"])
        #expect(kept.edges.map { $0.source + " " + $0.target } == ["russia france"])
        #expect(network.keepingHeaviest(10) == network)
    }

    @Test func theBuiltInPictureDrawsEveryNodeEdgeAndLegend() {
        let svg = SVGWriter.write(builder.network(.congruence), caption: "three actors")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // Two edges, and one line in the legend: every edge backs an issue together.
        #expect(occurrences(of: "<line ", in: svg) == 3)
        #expect(occurrences(of: "<circle ", in: svg) == 3 + 2)  // three actors, two kinds in the legend
        #expect(svg.contains("<title>Russia (country)</title>"))
        #expect(svg.contains(">three actors</text>"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    func occurrences(of needle: String, in text: String) -> Int {
        var count = 0
        var rest = text[...]
        while let range = rest.firstRange(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
