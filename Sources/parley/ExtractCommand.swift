import ArgumentParser
import ArticleModel
import Reader
import WebLibrary

/// `parley extract --format json PATH...`: the article model as one JSON document.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article model (actors, issues, stances) as JSON."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Option(help: "Output format (only json).")
    var format: Format = .json

    @OptionGroup var web: WebOptions

    @OptionGroup var options: LibraryOptions

    @Option(help: ArgumentHelp("Only the library's articles this search finds (as parley search).", valueName: "query"))
    var query: String?

    @Argument(help: ArgumentHelp("Article files, directories, http(s) URLs, or - for standard input; or else a library query (as parley search); the library (or the samples) when none.",
                                 valueName: "path|query"))
    var arguments: [String] = []

    func run() throws {
        let (paths, query) = LibraryArticles.split(arguments, query: self.query)
        if LibraryArticles.isWanted(paths: paths, option: options.library, query: query) {
            // The library's articles with the analyst's corrections ("source": "user").
            let articles = LibraryArticles.load(option: options.library, query: query)
            try Self.writeDocument(count: articles.count) { articles[$0] }
            return
        }
        let entries = web.loadEntries(paths)
        try Self.writeDocument(count: entries.count) { entries[$0].article }
    }

    /// The JSON document, one article at a time, so that a folder of thousands never sits in
    /// memory at once.
    static func writeDocument(count: Int, article: (Int) throws -> Article) throws {
        Output.write("{\n  \"articles\" : [\n")
        for number in 0..<count {
            Output.write(try ExtractDocument.encode(article(number), indent: 4) + (number + 1 < count ? ",\n" : "\n"))
        }
        Output.write("  ]\n}\n")
    }
}
