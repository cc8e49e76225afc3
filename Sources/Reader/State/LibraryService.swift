import ArticleModel
import Corrections

/// What a stored library does for the reader, injected by the command line: read and flag
/// marks that last across runs, and search over every article (refreshing feeds is an
/// `Effect`, run in the background by the loop around the reader). The reader
/// calls it when a key asks; without one (a folder or feed opened as it is) marks last only
/// for the session and `/` searches titles.
public protocol LibraryService: AnyObject {
    /// Saves a read mark; returns why it could not be saved, if it could not.
    func setRead(_ id: Int64, _ isRead: Bool) -> String?
    /// Saves a flag; returns why it could not be saved, if it could not.
    func setFlagged(_ id: Int64, _ isFlagged: Bool) -> String?
    /// The best `limit` articles a library query finds, best first, and how many it finds in
    /// all; or why the search failed.
    func search(_ query: String, limit: Int) -> Result<(hits: [LibraryHit], total: Int), LibraryServiceError>
    /// Records an analyst's decision made in the article with this id (tied to `sentences`)
    /// and returns the article as corrected now, or why it could not be recorded.
    func correct(_ action: Correction.Action, sentences: [String], article: Int64) -> Result<Article, LibraryServiceError>
    /// Takes back the latest decision: what it was, and the article with this id as corrected now.
    func undoLastCorrection(article: Int64) -> Result<(summary: String, article: Article), LibraryServiceError>
    /// The articles with these ids as each is read when opened, read together (the matrix
    /// across thousands of articles); nil when this library reads them one at a time only.
    func articles(_ ids: [Int64]) -> [Int64: Article]?
}

extension LibraryService {
    public func articles(_ ids: [Int64]) -> [Int64: Article]? { nil }
}

/// A library failure as the status line says it.
public struct LibraryServiceError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// One article found by a library search: its id, and a snippet with the matched words.
public struct LibraryHit: Sendable, Equatable {
    public var id: Int64
    public var snippet: String
    /// Scalar ranges of the matched words in `snippet`.
    public var matches: [Range<Int>]

    public init(id: Int64, snippet: String, matches: [Range<Int>]) {
        self.id = id
        self.snippet = snippet
        self.matches = matches
    }
}
