import ArticleModel
import Dispatch
import Synchronization
import TerminalCore

/// One article of the library, with whether it has been opened. The article is read and
/// analysed the first time it is needed, so a folder of thousands of files opens at once.
public struct LibraryEntry: Sendable {
    public let title: String
    public internal(set) var loader: ArticleLoader
    public var isRead: Bool
    /// For pages and feed items: when it was published (ISO 8601) and where it is from (the
    /// feed's or site's name), shown in the library list.
    public var published: String?
    public var origin: String?
    /// A feed item that carries only a summary; opening it says so.
    public var isSummaryOnly = false
    /// In a stored library: the article's id there, its flag, and its feed's id and tags.
    public var id: Int64?
    public var isFlagged = false
    public var feedID: Int64?
    public var tags: [String] = []
    /// What names this entry across reloads (a feed item's link, a file's path): a reload
    /// keeps the read marks and the cursor of entries with the same key.
    public var key: String
    /// The URL this entry was fetched from, as typed: `r` in the library fetches it again.
    public var webAddress: String?
    /// For a summary-only item of a fetched feed: the page to fetch for the full story when
    /// the item is opened.
    public var fullStoryURL: String?

    public init(article: Article, isRead: Bool = false) {
        self.title = article.title
        self.loader = ArticleLoader(article: article)
        self.isRead = isRead
        self.key = article.source
    }

    public init(title: String, key: String? = nil, isRead: Bool = false, published: String? = nil, origin: String? = nil, isSummaryOnly: Bool = false,
                load: @escaping @Sendable () -> Article) {
        self.title = title
        self.key = key ?? title
        self.loader = ArticleLoader(load: load)
        self.isRead = isRead
        self.published = published
        self.origin = origin
        self.isSummaryOnly = isSummaryOnly
    }

    /// The same entry with the article read from its page: no longer a summary.
    public func withFullStory(_ article: Article) -> LibraryEntry {
        var entry = LibraryEntry(article: article, isRead: isRead)
        entry.key = key
        entry.webAddress = webAddress
        entry.published = published ?? article.metadata.published
        entry.origin = origin
        return entry
    }

    public var article: Article { loader.article }
}

/// Reads and analyses an article once, on first use, and keeps it.
public final class ArticleLoader: Sendable {
    private let load: (@Sendable () -> Article)?
    private let cached: Mutex<Article?>

    public init(article: Article) {
        cached = Mutex(article)
        load = nil
    }

    public init(load: @escaping @Sendable () -> Article) {
        cached = Mutex(nil)
        self.load = load
    }

    /// Starts reading and analysing on another thread, so that the work overlaps whatever the
    /// caller does next (starting curses); `article` then waits for it instead of starting over.
    public func prefetch() {
        guard load != nil else { return }
        DispatchQueue.global(qos: .userInitiated).async { _ = self.article }
    }

    /// A loader holding `article` (the same one corrected) that reads afresh as this one does.
    func replaced(by article: Article) -> ArticleLoader {
        let loader = load.map(ArticleLoader.init(load:)) ?? ArticleLoader(article: article)
        loader.cached.withLock { $0 = article }
        return loader
    }

    /// Whether the article has been read (or was given whole).
    public var isLoaded: Bool { cached.withLock { $0 != nil } }

    /// Keeps `article`, read elsewhere as `load` would read it, unless one was read already.
    public func fill(_ article: Article) {
        cached.withLock { if $0 == nil { $0 = article } }
    }

    /// Drops the article read, so that the next use reads it again: a decision across the
    /// library changed it. An article given whole is kept.
    public func forget() {
        guard load != nil else { return }
        cached.withLock { $0 = nil }
    }

    public var article: Article {
        cached.withLock { cached in
            if let cached { return cached }
            let loaded = load!()
            cached = loaded
            return loaded
        }
    }
}

/// One piece of work in the background, and how far it has got.
public struct Activity: Sendable, Equatable {
    /// The entry's key for a story being fetched, `Activity.reloadID` for a reload.
    public var id: String
    public var text: String

    public static let reloadID = "reload"

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// The three panes of the article view, in Tab order.
public enum Pane: String, CaseIterable, Sendable {
    case article, actors, matrix
}

/// A search in the article body.
public struct SearchState: Sendable, Equatable {
    public var query: String
    /// Body ranges of every match, in order.
    public var matches: [Range<Int>]
    public var current: Int?
}

/// What the user sees of one open article.
public struct ArticleViewState: Sendable, Equatable {
    public var articleIndex: Int
    public var focus: Pane = .article
    /// The first article line shown.
    public var scroll = 0
    /// Index into the article's actors; the first actor is selected when an article opens.
    public var selectedActor = 0
    public var actorScroll = 0
    public var matrixRow = 0
    public var matrixColumn = 0
    /// Which evidence sentence of the selected cell Enter showed last.
    public var evidenceIndex = 0
    /// A body range to highlight after a jump (a mention, an evidence sentence).
    public var jumpTarget: Range<Int>?
    /// The selected actor's mention the last ] or [ went to.
    public var currentMention: Int?
    public var search: SearchState?
    /// The article alone on the whole screen.
    public var zoomed = false
    /// When zoomed, colour every actor's mentions, not only the selected actor's ("m").
    public var zoomColoursEveryActor = false
    /// Underline the sentences that carry a stance.
    public var markStanceSentences = false
    /// List people under the actor they belong to ("a").
    public var groupActors = false
    /// The selected matrix cell's evidence is listed for choosing (Enter on a cell).
    public var evidenceListOpen = false

    public init(articleIndex: Int) {
        self.articleIndex = articleIndex
    }
}

/// Everything the reader shows, as plain data: the model of the model-update-view loop.
public struct AppState: Sendable {
    public enum Mode: Sendable, Equatable {
        case library, article
    }

    public var entries: [LibraryEntry]
    /// The entries come from a stored library: the list is shown even for one article, and
    /// marks are saved.
    public var isStoredLibrary = false
    /// How the list is arranged, and a library search shown in its place.
    public var libraryGrouping = LibraryGrouping.date
    public var librarySearch: LibrarySearchResults?
    /// Files that could not be read, with the reason: counted in the library's status line.
    public var skipped: [String]
    public var mode: Mode
    public var libraryCursor = 0
    public var libraryScroll = 0
    public var view: ArticleViewState?
    /// The matrix across the listed articles (`M`), shown in the library's place while set.
    public var across: AcrossViewState?
    public var helpVisible = false
    /// The first help line shown, when the help is taller than the screen.
    public var helpScroll = 0
    /// The search being typed after "/", nil when not typing.
    public var prompt: String?
    /// What the prompt's text is for: a search, or a new name the analyst gives.
    public var promptPurpose = PromptPurpose.search
    /// Where Tab has got to in the prompt's names, while it is pressed.
    public var promptCompletion: PromptCompletion?
    /// A one-shot message for the status line.
    public var message: String?
    /// Work going on in the background (fetching a story, reloading), newest last: the status
    /// line shows the newest while there is no message.
    public var activities: [Activity] = []
    /// A reload that finished while an article was open: applied on the way back to the library.
    public var pendingReload: [LibraryEntry]?
    public var size: Size
    /// Whether the terminal takes text for its clipboard (OSC 52), for `o`.
    public var clipboardAvailable = false

    /// The status line's note on opening a feed item that is only a summary.
    public static let summaryOnlyMessage = "Summary only: o shows the address of the full story"

    /// One article opens straight into the article view; several open the library.
    /// A stored library always opens on its list.
    public init(entries: [LibraryEntry], skipped: [String] = [], size: Size, clipboardAvailable: Bool = false, isStoredLibrary: Bool = false) {
        self.entries = entries
        self.skipped = skipped
        self.size = size
        self.clipboardAvailable = clipboardAvailable
        self.isStoredLibrary = isStoredLibrary
        if entries.count == 1 && !isStoredLibrary {
            mode = .article
            view = ArticleViewState(articleIndex: 0)
            self.entries[0].isRead = true
            if entries[0].isSummaryOnly { message = AppState.summaryOnlyMessage }
        } else {
            mode = .library
        }
    }

    public var hasLibrary: Bool { entries.count > 1 || isStoredLibrary }

    /// True when some entries came from URLs, which `r` can fetch again.
    public var canReload: Bool { entries.contains { $0.webAddress != nil } }

    /// True while the library's URLs are being fetched again.
    public var isReloading: Bool { activities.contains { $0.id == Activity.reloadID } }

    /// The status line's text for work in the background, if any.
    public var activityText: String? { activities.last?.text }

    public var currentArticle: Article? {
        view.map { entries[$0.articleIndex].article }
    }
}
