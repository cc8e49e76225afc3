import ArgumentParser
import ArticleModel

/// The `parley` command: reads articles in the terminal, or extracts their model as JSON.
@main
struct Parley: ParsableCommand {
    static func main() {
        StartupTimer.begin()
        do {
            // The common `parley FILE...`, `parley` and `parley --library FILE` need no option
            // parsing: skip the parser's reflection work (about 2 ms of the time to the first
            // screen). Anything else takes the full path.
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let option = ReadCommand.libraryArgument(arguments), ReadCommand.hasLibrary(option) {
                // A library lists stored analyses: the lexicon is loaded only if one is out of date.
                try ReadCommand.readLibrary(option: option, theme: "default")
                return
            }
            ArticleReader.preload()
            if ReadCommand.isPlainPathList(arguments) {
                try ReadCommand.read(paths: arguments, theme: "default")
                return
            }
            var command = try parseAsRoot()
            StartupTimer.lap("arguments")
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A terminal reader that shows who is in a news story and where each side stands.",
        discussion: """
            With no path, opens the library (parley add fills it) when there is one, else the \
            bundled sample articles. PATH may be a file (plain text, a web \
            page or a feed), a directory (searched recursively for .txt, .html and .htm files), - \
            for standard input, or an http:// or https:// URL of a page, a feed or plain text. \
            When standard output is not a terminal, prints a plain-text rendering instead of drawing.
            """,
        version: version,
        subcommands: [ReadCommand.self, ExtractCommand.self, ExportCommand.self, AddCommand.self, SearchCommand.self, ImportOPMLCommand.self, FetchCommand.self, CorrectCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
