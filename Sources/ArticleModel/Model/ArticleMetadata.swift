/// Where an article read from the web came from. Every field is optional: a plain-text article
/// has none, a page or a feed item what it says about itself.
public struct ArticleMetadata: Sendable, Equatable {
    /// The article's address (canonical when the page names one).
    public var url: String?
    public var byline: String?
    /// When it was published, ISO 8601.
    public var published: String?
    /// The site's name.
    public var site: String?
    /// The feed it was listed in, and that feed's address.
    public var feedTitle: String?
    public var feedURL: String?
    /// The language the page declares ("en", "pt-BR").
    public var language: String?
    /// A feed item that carries only a summary: the story itself is on its page.
    public var isSummaryOnly: Bool

    public init(url: String? = nil, byline: String? = nil, published: String? = nil, site: String? = nil, feedTitle: String? = nil,
                feedURL: String? = nil, language: String? = nil, isSummaryOnly: Bool = false) {
        self.url = url
        self.byline = byline
        self.published = published
        self.site = site
        self.feedTitle = feedTitle
        self.feedURL = feedURL
        self.language = language
        self.isSummaryOnly = isSummaryOnly
    }

    /// The line shown under the title: byline, date and site, those that are known.
    public var summaryLine: String? {
        let date = published.map { String($0.prefix(10)) }
        let parts = [byline, date, site ?? feedTitle].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
