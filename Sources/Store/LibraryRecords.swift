import ArticleModel

/// One row of the library list: what the list shows, without reading the article.
public struct ListedArticle: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var source: String
    /// ISO 8601, when the article says when it was published.
    public var published: String?
    /// The date the list is sorted by: published when known, else when added.
    public var sortDate: String
    public var feedID: Int64?
    /// The feed's title, or the page's site.
    public var origin: String?
    public var isRead: Bool
    public var isFlagged: Bool
    public var isSummaryOnly: Bool

    public init(id: Int64, title: String, source: String, published: String?, sortDate: String, feedID: Int64?, origin: String?,
                isRead: Bool, isFlagged: Bool, isSummaryOnly: Bool) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.sortDate = sortDate
        self.feedID = feedID
        self.origin = origin
        self.isRead = isRead
        self.isFlagged = isFlagged
        self.isSummaryOnly = isSummaryOnly
    }
}

/// A subscribed feed, as the library keeps it.
public struct FeedInfo: Sendable, Equatable {
    public var id: Int64
    public var url: String
    public var title: String?
    public var tags: [String]
    public var etag: String?
    public var lastModified: String?
    public var lastFetchedAt: String?
    public var lastError: String?
}

/// An article to add: where it came from and its prepared content (not yet analysed).
public struct Addition: Sendable {
    /// A path (made absolute by the caller) or an address: the article's identity in the library.
    public var source: String
    public var prepared: PreparedArticle
    public var feedID: Int64?
    /// The date to list it under when it has no publication date (a file's modification
    /// time, ISO 8601); when added otherwise.
    public var date: String?

    public init(source: String, prepared: PreparedArticle, feedID: Int64? = nil, date: String? = nil) {
        self.source = source
        self.prepared = prepared
        self.feedID = feedID
        self.date = date
    }
}

/// What adding did to one article.
public enum AddOutcome: Sendable, Equatable {
    /// New to the library.
    case added
    /// The source was there with other content, now replaced.
    case updated
    /// The source was there with this very content.
    case unchanged
}
