import Markup

/// An item's body as an article: HTML (escaped or XHTML) through the extractor's fragment
/// mode, plain text split at blank lines; whether it is only a summary.
enum FeedBody {
    /// Fewer characters than this in a full-content field is still only a summary.
    static let shortContent = 200
    /// A description (RSS's only body field) this long is taken for the whole story.
    static let fullDescription = 1500

    static func article(title: String, html: String?, xhtml: MarkupElement?, plainText: String?, isFullContent: Bool, metadata: PageMetadata) -> (WebArticle, summaryOnly: Bool) {
        var article: WebArticle
        if let xhtml {
            article = ArticleExtractor.extractFragment(MarkupElement(name: "html", children: [.element(MarkupElement(name: "body", children: xhtml.children))]))
        } else if let html {
            article = ArticleExtractor.extractFragment(Markup.parseHTML(Array(("<html><body>" + html + "</body></html>").utf8)))
        } else if let plainText {
            let paragraphs = plainText.split(separator: "\n\n").map { WhiteSpace.collapse(String($0)) }.filter { !$0.isEmpty }
            article = WebArticle(title: title, paragraphs: paragraphs)
        } else {
            article = WebArticle(title: title, paragraphs: [])
        }
        article.title = title
        article.metadata = metadata
        let length = article.textLength
        let summaryOnly = isFullContent ? length < shortContent : length < fullDescription
        return (article, summaryOnly)
    }
}
