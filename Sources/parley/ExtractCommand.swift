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

    @Argument(help: "Article files, directories, http(s) URLs, or - for standard input; the library (or the samples) when none.")
    var paths: [String] = []

    func run() throws {
        if LibraryArticles.isWanted(paths: paths, option: options.library, query: query) {
            // The library's articles with the analyst's corrections ("source": "user").
            let articles = LibraryArticles.load(option: options.library, query: query)
            Output.write("{\n  \"articles\" : [\n")
            for (number, article) in articles.enumerated() {
                Output.write(try ExtractDocument.encode(article, indent: 4) + (number + 1 < articles.count ? ",\n" : "\n"))
            }
            Output.write("  ]\n}\n")
            return
        }
        var sources = ArticleSources(reader: ReaderSetup.articleReader())
        sources.timeouts = web.timeouts
        let loaded: (entries: [LibraryEntry], skipped: [InputError])
        do {
            loaded = try sources.load(paths)
        } catch {
            Diagnostics.fail(error.description)
        }
        for problem in loaded.skipped { Diagnostics.warn("skipped \(problem.description)") }
        // One article at a time, so that a folder of thousands never sits in memory at once.
        Output.write("{\n  \"articles\" : [\n")
        for (number, entry) in loaded.entries.enumerated() {
            let json = try ExtractDocument.encode(entry.article, indent: 4)
            Output.write(json + (number + 1 < loaded.entries.count ? ",\n" : "\n"))
        }
        Output.write("  ]\n}\n")
    }
}
