import ArgumentParser
import ArticleModel
import Curses
import Fetch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Reader
import Store
import TerminalCore
import WebLibrary

/// `parley [PATH...]`: the interactive reader, or a plain-text rendering when not on a terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles in the three-pane reader (the default command)."
    )

    @Option(name: .long, help: "Theme name (default, light, mono, or one in ~/.config/parley/themes) or path to a theme file.")
    var theme: String = "default"

    @OptionGroup var options: LibraryOptions

    @OptionGroup var web: WebOptions

    @Argument(help: "Article files, directories, http(s) URLs, or - for standard input; the library (or the bundled samples) when none.")
    var paths: [String] = []

    func run() throws {
        if paths.isEmpty, ReadCommand.hasLibrary(options.library) {
            try ReadCommand.readLibrary(option: options.library, theme: theme)
            return
        }
        try ReadCommand.read(paths: paths, theme: theme, timeouts: web.timeouts)
    }

    /// The `--library` value when the arguments are only that (`.some(nil)` for none at all):
    /// the library's own fast path.
    static func libraryArgument(_ arguments: [String]) -> String?? {
        if arguments.isEmpty { return .some(nil) }
        if arguments.count == 2, arguments[0] == "--library", !arguments[1].isEmpty { return .some(arguments[1]) }
        if arguments.count == 1, arguments[0].hasPrefix("--library="), arguments[0].count > 10 { return .some(String(arguments[0].dropFirst(10))) }
        return nil
    }

    /// Whether `parley` with no path opens a library: one was named, or the default one exists.
    static func hasLibrary(_ option: String?) -> Bool {
        option != nil || LibraryLocation.defaultPath.map { FileAccess.kind(of: $0) != .missing } == true
    }

    /// `parley` with a library: its list, newest first; as plain text, one line an article.
    static func readLibrary(option: String?, theme: String) throws {
        let environment = Environment.values("TERM", "NO_COLOR", "HOME", "XDG_CONFIG_HOME")
        var chosenTheme: Theme
        do {
            chosenTheme = try ThemeLoader(environment: environment).load(theme)
        } catch {
            Diagnostics.fail(error.description, code: 2)
        }
        let store = LibraryLocation.open(option, create: false)
        StartupTimer.lap("library open")
        let library = StoredLibrary(store: store, reader: ReaderSetup.articleReader())
        let entries: [LibraryEntry]
        do {
            entries = try library.entries()
        } catch {
            Diagnostics.fail(error.description)
        }
        StartupTimer.lap("library")
        if store.isReadOnly { Diagnostics.warn("\(store.path): read-only library: opened for reading, marks are not saved") }
        let term = environment["TERM"] ?? ""
        guard isatty(STDOUT_FILENO) == 1, !term.isEmpty, term != "dumb" else {
            for entry in entries {
                let date = entry.published.map { String($0.prefix(10)) + "  " } ?? ""
                Output.write("\(entry.isRead ? " " : "*") \(date)\(TerminalSafeText.sanitized(entry.title))\n")
            }
            return
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if noColor { chosenTheme = chosenTheme.monochrome }
        let themeForSession = chosenTheme
        let code = MainActor.assumeIsolated {
            InteractiveSession.run(entries: entries, skipped: [], theme: themeForSession, useColor: !noColor, library: library)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// Opens `paths` with the named theme: the whole of `parley [PATH...]`.
    static func read(paths: [String], theme: String, timeouts: WebTimeouts = WebTimeouts()) throws {
        let lap = StartupTimer.lap
        defer { lap("end") }
        let environment = Environment.values("TERM", "NO_COLOR", "HOME", "XDG_CONFIG_HOME")
        var sources = ArticleSources(reader: ReaderSetup.articleReader())
        sources.timeouts = timeouts
        // Files are read before the theme, so that a single article's analysis starts at once,
        // on another thread, while the theme and curses are set up. Problems are still reported
        // theme first. Standard input and URLs are read after the theme: a bad theme must not
        // wait for input or the network.
        var early: Result<(entries: [LibraryEntry], skipped: [InputError]), InputError>?
        if !paths.contains(where: { $0 == "-" || WebAddress.isWebAddress($0) }) {
            early = Result { () throws(InputError) in try sources.load(paths) }
            if case .success(let loaded) = early, loaded.entries.count == 1 { loaded.entries[0].loader.prefetch() }
        }
        var chosenTheme: Theme
        do {
            chosenTheme = try ThemeLoader(environment: environment).load(theme)
        } catch {
            Diagnostics.fail(error.description, code: 2)
        }
        lap("theme")
        let loaded: (entries: [LibraryEntry], skipped: [InputError])
        do {
            loaded = try (early ?? Result { () throws(InputError) in try sources.load(paths) }).get()
        } catch {
            Diagnostics.fail(error.description)
        }
        guard !loaded.entries.isEmpty else { Diagnostics.fail("no articles to show") }
        lap("articles")

        guard isatty(STDOUT_FILENO) == 1 else {
            for problem in loaded.skipped { Diagnostics.warn("skipped \(problem.description)") }
            PlainOutput.write(loaded.entries)
            return
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            Diagnostics.warn("terminal type '\(term.isEmpty ? "unset" : term)' cannot show the reader; printing plain text")
            PlainOutput.write(loaded.entries)
            return
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if noColor { chosenTheme = chosenTheme.monochrome }
        let themeForSession = chosenTheme
        let skipped = loaded.skipped.map(\.description)
        // (Read after the theme, a single article is analysed while curses starts.)
        if early == nil, loaded.entries.count == 1 { loaded.entries[0].loader.prefetch() }
        // Entries fetched from URLs can be reloaded, and summaries' full stories fetched.
        let fetching = loaded.entries.contains { $0.webAddress != nil }
            ? NetworkFetching(configuration: URLArguments.configuration(timeouts), store: URLArguments.store)
            : nil
        let web = fetching.map { WebLoader(fetching: $0, reader: sources.reader) }
        let code = MainActor.assumeIsolated {
            InteractiveSession.run(entries: loaded.entries, skipped: skipped, theme: themeForSession, useColor: !noColor, web: web)
        }
        fetching?.close()
        if code != 0 { throw ExitCode(code) }
    }

    /// True when the arguments are only paths, parsed exactly as `parley read PATH...` would
    /// parse them: at least one, none that looks like an option (except `-` for standard input)
    /// and no subcommand name first.
    static func isPlainPathList(_ arguments: [String]) -> Bool {
        guard let first = arguments.first, !["read", "extract", "export", "help", "add", "search", "import-opml", "fetch", "correct"].contains(first) else { return false }
        return arguments.allSatisfy { $0 == "-" || (!$0.isEmpty && !$0.hasPrefix("-")) }
    }
}
