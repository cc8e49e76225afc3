import ArgumentParser
import ArticleModel
import Foundation

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

    @Argument(help: "Article files, directories, or - for standard input; the samples when none.")
    var paths: [String] = []

    func run() throws {
        let reader = try ReaderSetup.articleReader()
        let loaded: (articles: [Article], skipped: [InputError])
        do {
            loaded = try ArticleSources(reader: reader).load(paths)
        } catch {
            Diagnostics.fail(error.description)
        }
        for problem in loaded.skipped { Diagnostics.warn("skipped \(problem.description)") }
        let json = try ExtractDocument(articles: loaded.articles).encoded()
        Output.write(json)
    }
}
