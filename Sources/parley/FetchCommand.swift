import ArgumentParser
import Store

/// `parley fetch`: refreshes every feed of the `urls` file into the library, with a progress
/// line on standard error and a summary: new articles, and each failure with its reason.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every feed in the urls file ($XDG_CONFIG_HOME/parley/urls) into the library.",
        discussion: "Exits with status 1 when a feed failed; what the others brought is kept."
    )

    @OptionGroup var options: LibraryOptions

    @OptionGroup var web: WebOptions

    func run() throws {
        guard let urlsPath = LibraryLocation.urlsPath else { Diagnostics.fail("no configuration folder: set HOME or XDG_CONFIG_HOME") }
        guard case .file = FileAccess.kind(of: urlsPath), let bytes = FileAccess.read(urlsPath, limit: 16 << 20) else {
            Diagnostics.fail("\(urlsPath): no feeds to fetch: list their addresses there (newsboat's urls format) or run parley import-opml FILE")
        }
        let list = FeedList(parsing: String(decoding: bytes, as: UTF8.self))
        for problem in list.problems { Diagnostics.warn("\(urlsPath): \(problem)") }
        guard !list.feeds.isEmpty else { Diagnostics.fail("\(urlsPath): no http or https feed addresses") }
        let store = LibraryLocation.open(options.library, create: true)
        if store.isReadOnly { Diagnostics.fail(LibraryErrorText.readOnly(store.path)) }
        let feeds: [FeedInfo]
        do {
            feeds = try store.subscribe(list.feeds)
        } catch {
            Diagnostics.fail(error.description)
        }
        let outcomes = FeedRefresh.run(feeds, store: store, reader: ReaderSetup.articleReader(), timeouts: web.timeouts,
                                       progress: FeedRefresh.progressLine(for: feeds))
        for line in FeedRefresh.summary(outcomes) { Diagnostics.note(line) }
        if outcomes.contains(where: { $0.failure != nil }) { throw ExitCode(1) }
    }
}
