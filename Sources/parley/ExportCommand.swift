import Analysis
import ArgumentParser
import ArticleModel
import Dispatch
import Export
import Reader
import Synchronization
import WebLibrary

/// `parley export --format csv|json|graphml|dot|svg [--network KIND] [PATH... | QUERY]`:
/// the stances of many articles (files, or the library with its corrections) as a table, or the
/// networks they make, for R, pandas, Gephi, networkx, igraph and Graphviz.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the stances of many articles as a table (csv, json) or a network (graphml, dot, json, svg).",
        discussion: """
            csv and json without --network: one row per stance and evidence sentence. graphml, dot, \
            json with --network, and svg: the network named by --network (actor-issue unless said; \
            svg draws the congruence network unless said, through Graphviz when it is installed). \
            With no argument, or with a query (arguments that name no file, folder or URL, or \
            --query), the library's articles (all, or those the search finds) with the analyst's \
            corrections, which carry source "user".
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, graphml, dot, svg
    }

    @Option(help: "Output format: csv, json, graphml, dot or svg.")
    var format: Format = .csv

    @Option(help: "Network: actor-issue, congruence, conflict or affiliation.")
    var network: NetworkChoice?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var web: WebOptions

    @OptionGroup var options: LibraryOptions

    @Option(help: ArgumentHelp("Only the library's articles this search finds (as parley search).", valueName: "query"))
    var query: String?

    @Argument(help: ArgumentHelp("Article files, directories, http(s) URLs, or - for standard input; or else a library query (as parley search); the library (or the samples) when none.",
                                 valueName: "path|query"))
    var arguments: [String] = []

    /// Pictures show at most this many actors: the most connected.
    static let pictureLimit = 150

    func run() throws {
        // The library's articles carry the analyst's corrections ("source": "user").
        let (paths, query) = LibraryArticles.split(arguments, query: self.query)
        let wantsLibrary = LibraryArticles.isWanted(paths: paths, option: options.library, query: query)
        let articles = wantsLibrary ? LibraryArticles.load(option: options.library, query: query) : loadArticles(paths)
        let matrix = CrossMatrix(articles: articles)
        let text: String
        switch format {
        case .csv: text = StanceTable(matrix: matrix).csv()
        case .json:
            if let network { text = NodeLinkWriter.write(NetworkBuilder(matrix: matrix).network(network.kind)) } else { text = StanceTable(matrix: matrix).json() }
        case .graphml: text = GraphMLWriter.write(NetworkBuilder(matrix: matrix).network(network?.kind ?? .actorIssue))
        case .dot: text = DOTWriter.write(NetworkBuilder(matrix: matrix).network(network?.kind ?? .actorIssue))
        case .svg: text = picture(NetworkBuilder(matrix: matrix).network(network?.kind ?? .congruence))
        }
        if let output {
            guard FileAccess.writeFile(output, contents: text) else { Diagnostics.fail("\(output): cannot be written") }
        } else {
            Output.write(text)
        }
    }

    /// Every article of the paths, analysed on every core.
    private func loadArticles(_ paths: [String]) -> [Article] {
        let entries = web.loadEntries(paths)
        let results = Mutex<[Article?]>(Array(repeating: nil, count: entries.count))
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let article = entries[index].article
            results.withLock { $0[index] = article }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// The network as SVG: through Graphviz when it is installed, else drawn by Parley.
    private func picture(_ full: Network) -> String {
        let network = full.keepingHeaviest(Self.pictureLimit)
        let caption = network.nodes.count < full.nodes.count ? "the \(network.nodes.count) most connected of \(full.nodes.count) actors" : nil
        if let svg = Graphviz.render(DOTWriter.write(network)) { return svg }
        return SVGWriter.write(network, caption: caption)
    }
}

/// The `--network` values.
enum NetworkChoice: String, ExpressibleByArgument, CaseIterable {
    case actorIssue = "actor-issue", congruence, conflict, affiliation

    var kind: Network.Kind {
        switch self {
        case .actorIssue: return .actorIssue
        case .congruence: return .congruence
        case .conflict: return .conflict
        case .affiliation: return .affiliation
        }
    }
}
