import ArgumentParser
import ArticleModel

/// The `parley` command: reads articles in the terminal, or extracts their model as JSON.
@main
struct Parley: ParsableCommand {
    static func main() {
        StartupTimer.begin()
        ArticleReader.preload()
        do {
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
            With no path, opens the bundled sample articles. PATH may be a file, a directory \
            (searched recursively for .txt files) or - for standard input. When standard output \
            is not a terminal, prints a plain-text rendering instead of drawing.
            """,
        version: version,
        subcommands: [ReadCommand.self, ExtractCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
