/// An article read from a web page (or a feed item's HTML): its text blocks in reading order,
/// figure captions apart, and what the page says about itself.
public struct WebArticle: Sendable, Equatable {
    public var title: String
    /// Paragraphs and headings, in order, white space collapsed, entities decoded.
    public var paragraphs: [String]
    /// Which of `paragraphs` are headings.
    public var headingIndices: Set<Int>
    public var captions: [String]
    public var metadata: PageMetadata

    public init(title: String, paragraphs: [String], headingIndices: Set<Int> = [], captions: [String] = [], metadata: PageMetadata = PageMetadata()) {
        self.title = title
        self.paragraphs = paragraphs
        self.headingIndices = headingIndices
        self.captions = captions
        self.metadata = metadata
    }

    /// The number of characters of body text.
    public var textLength: Int { paragraphs.reduce(0) { $0 + $1.unicodeScalars.count } }
}

/// What a page says about itself, from `<meta>`, OpenGraph and JSON-LD; nil when it does not say.
public struct PageMetadata: Sendable, Equatable {
    public var byline: String?
    /// ISO 8601, in UTC.
    public var published: String?
    public var siteName: String?
    public var language: String?
    /// The canonical address, or the address the page was read from.
    public var url: String?
    /// The summary the page gives of itself.
    public var excerpt: String?

    public init(byline: String? = nil, published: String? = nil, siteName: String? = nil, language: String? = nil, url: String? = nil, excerpt: String? = nil) {
        self.byline = byline
        self.published = published
        self.siteName = siteName
        self.language = language
        self.url = url
        self.excerpt = excerpt
    }
}
