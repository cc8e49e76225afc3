import Markup

/// Finds the article in a web page, in named phases as Readability does: read the metadata,
/// prepare (drop scripts, styles, hidden parts, navigation), score and choose the content,
/// clean it, and lay it out as paragraphs, headings and captions. When the stricter rules leave
/// too little text, it tries again with fewer and keeps the longest result.
public enum ArticleExtractor {
    /// Below this many characters a result is suspect, and the next, looser attempt is made.
    static let enoughText = 500

    /// The article of a parsed page; `url` is where the page was read from, when known.
    public static func extract(from root: MarkupElement, url: String? = nil) -> WebArticle {
        let metadataReader = PageMetadataReader(root)
        var metadata = metadataReader.metadata(pageURL: url)
        let title = metadataReader.title(siteName: metadata.siteName)
        var best: (text: BlockText, length: Int, byline: String?)?
        for rules in [ContentScoring.Rules.all, [.weighClasses, .cleanConditionally], [.cleanConditionally], []] {
            let page = PageNode(root)
            PagePreparation.prepare(page)
            let body = page.descendants(["body"]).first ?? page
            var scoring = ContentScoring(rules: rules, title: title)
            let content = scoring.grab(body)
            ContentCleaning.clean(content, rules: rules)
            let text = BlockText(content)
            let length = text.blocks.reduce(0) { $0 + $1.text.unicodeScalars.count }
            if best == nil || length > best!.length { best = (text, length, scoring.byline) }
            if length >= enoughText { break }
        }
        guard let best else { return WebArticle(title: title, paragraphs: [], metadata: metadata) }
        if metadata.byline == nil, let byline = best.byline { metadata.byline = byline }
        var paragraphs: [String] = []
        var headings: Set<Int> = []
        for block in best.text.blocks {
            if block.isHeading { headings.insert(paragraphs.count) }
            paragraphs.append(block.text)
        }
        return WebArticle(title: title, paragraphs: paragraphs, headingIndices: headings, captions: best.text.captions, metadata: metadata)
    }

    /// Reads a page from its bytes: the charset from `contentType` (an HTTP header value), a
    /// byte-order mark, the page's `<meta>`, or the bytes themselves.
    public static func extract(bytes: [UInt8], contentType: String? = nil, url: String? = nil) -> WebArticle {
        let decoded = Charset.utf8(bytes, declared: contentType)
        return extract(from: Markup.parseHTML(decoded.bytes), url: url)
    }
}

extension ArticleExtractor {
    /// All of an HTML fragment (a feed item's content) as an article: prepared and laid out,
    /// without choosing a part, since the whole fragment is the story.
    public static func extractFragment(_ root: MarkupElement) -> WebArticle {
        let page = PageNode(root)
        PagePreparation.prepare(page)
        for node in page.descendants() where ClassHints.isShareBar(node.classAndID) && node.textContent.unicodeScalars.count < 500 {
            node.remove()
        }
        let text = BlockText(page)
        var paragraphs: [String] = []
        var headings: Set<Int> = []
        for block in text.blocks {
            if block.isHeading { headings.insert(paragraphs.count) }
            paragraphs.append(block.text)
        }
        return WebArticle(title: "", paragraphs: paragraphs, headingIndices: headings, captions: text.captions)
    }
}
