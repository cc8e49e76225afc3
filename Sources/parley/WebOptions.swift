import ArgumentParser
import Reader
import WebLibrary

/// `--timeout` and `--connect-timeout`: how long a URL argument may take.
struct WebOptions: ParsableArguments {
    @Option(name: .customLong("timeout"), help: ArgumentHelp("Seconds a URL may take in all: connecting, redirects and the download.", valueName: "seconds"))
    var total: Double = 30

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Seconds to wait for a URL's server to accept the connection.", valueName: "seconds"))
    var connect: Double = 10

    func validate() throws {
        for (name, value) in [("--timeout", total), ("--connect-timeout", connect)] where !(value > 0 && value <= 3_600) {
            throw ValidationError("\(name) takes seconds between 0 and 3600")
        }
    }

    var timeouts: WebTimeouts {
        WebTimeouts(connect: .milliseconds(Int(connect * 1_000)), total: .milliseconds(Int(total * 1_000)))
    }
}

extension WebOptions {
    /// The articles of the paths (files, folders, URLs, `-`) for the commands that print them:
    /// one line and exit 1 when nothing could be read, a warning for each input skipped.
    func loadEntries(_ paths: [String]) -> [LibraryEntry] {
        var sources = ArticleSources(reader: ReaderSetup.articleReader())
        sources.timeouts = timeouts
        let loaded: (entries: [LibraryEntry], skipped: [InputError])
        do {
            loaded = try sources.load(paths)
        } catch {
            Diagnostics.fail(error.description)
        }
        for problem in loaded.skipped { Diagnostics.warn("skipped \(problem.description)") }
        return loaded.entries
    }
}
