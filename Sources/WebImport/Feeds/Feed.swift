/// A feed of any dialect (RSS 0.9x/2.0, RSS 1.0, Atom, JSON Feed) in one model; the dialects'
/// quirks stay in the parsers.
public struct Feed: Sendable, Equatable {
    /// Which format the feed was written in.
    public enum Dialect: String, Sendable {
        case rss = "RSS", rdf = "RSS 1.0", atom = "Atom", jsonFeed = "JSON Feed"
    }

    public var dialect: Dialect
    public var title: String
    /// The site the feed belongs to.
    public var link: String?
    /// The feed's own address, when it gives one (Atom's `rel="self"`, JSON Feed's `feed_url`).
    public var feedURL: String?
    public var items: [FeedItem]
    /// Set when the document was not well formed and what could be read was kept
    /// (feedparser's "bozo"): the first problem met.
    public var problem: String?

    public init(dialect: Dialect, title: String, link: String? = nil, items: [FeedItem] = [], problem: String? = nil) {
        self.dialect = dialect
        self.title = title
        self.link = link
        self.items = items
        self.problem = problem
    }
}

/// One entry of a feed, its body read through the HTML extractor.
public struct FeedItem: Sendable, Equatable {
    public var title: String
    public var link: String?
    /// ISO 8601, in UTC.
    public var published: String?
    public var author: String?
    public var body: WebArticle
    /// The item carries only a summary (a short description, no full content): the story
    /// itself is on its page.
    public var isSummaryOnly: Bool

    /// An item without a title is named by the start of its text.
    public init(title: String, link: String? = nil, published: String? = nil, author: String? = nil, body: WebArticle, isSummaryOnly: Bool) {
        let title = title.isEmpty ? XMLFeedParser.firstWords(body) : title
        var body = body
        body.title = title
        self.title = title
        self.link = link
        self.published = published
        self.author = author
        self.body = body
        self.isSummaryOnly = isSummaryOnly
    }
}
