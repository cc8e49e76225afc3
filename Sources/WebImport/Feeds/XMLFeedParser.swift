import Markup

/// RSS 0.9x and 2.0, RSS 1.0 (RDF) and Atom (1.0, and 0.3's names) from an XML tree.
enum XMLFeedParser {
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// The feed in a parsed document, nil when the root is not a feed's.
    static func feed(_ root: MarkupElement, url: String?) -> Feed? {
        guard var feed = dialectFeed(root, url: url) else { return nil }
        let channel = root.elements.first { $0.name == "channel" } ?? root
        let selfLink = channel.elements.first { $0.name == "link" && $0.attribute("rel") == "self" }?.attribute("href")
        let base = root.attribute("base").map { WebAddress.resolve($0, against: url) } ?? url
        feed.feedURL = selfLink.map { WebAddress.resolve($0, against: base) } ?? url
        return feed
    }

    private static func dialectFeed(_ root: MarkupElement, url: String?) -> Feed? {
        switch root.name.lowercased() {
        case "rss":
            let channel = root.elements.first { $0.name == "channel" } ?? root
            let items = channel.elements.filter { $0.name == "item" } + root.elements.filter { $0.name == "item" }
            return Feed(dialect: .rss, title: text(channel, "title"), link: rssLink(channel, base: url), items: items.map { rssItem($0, base: url) })
        case "rdf":
            let channel = root.elements.first { $0.name == "channel" }
            let items = root.elements.filter { $0.name == "item" } + (channel?.elements.filter { $0.name == "item" } ?? [])
            return Feed(dialect: .rdf, title: channel.map { text($0, "title") } ?? "", link: channel.flatMap { rssLink($0, base: url) }, items: items.map { rssItem($0, base: url) })
        case "feed":
            let base = root.attribute("base").map { WebAddress.resolve($0, against: url) } ?? url
            let entries = root.elements.filter { $0.name == "entry" }
            return Feed(dialect: .atom, title: atomText(root.elements.first { $0.name == "title" }), link: atomLink(root, base: base),
                        items: entries.map { atomEntry($0, base: base) })
        case "entry":
            // An Atom entry document: a feed of one.
            let base = root.attribute("base").map { WebAddress.resolve($0, against: url) } ?? url
            let item = atomEntry(root, base: base)
            return Feed(dialect: .atom, title: item.title, link: item.link, items: [item])
        default:
            return nil
        }
    }

    // MARK: - RSS

    private static func rssItem(_ item: MarkupElement, base: String?) -> FeedItem {
        let title = htmlText(text(item, "title"))
        var link = rssLink(item, base: base)
        if link == nil, let guid = item.elements.first(where: { $0.name == "guid" }), guid.attribute("isPermaLink") != "false",
           WebAddress.hasScheme(WhiteSpace.collapse(guid.text)) {
            link = WhiteSpace.collapse(guid.text)
        }
        let date = firstText(item, ["pubDate", "date", "published", "updated", "issued", "modified"])
        let author = firstText(item, ["creator", "author"])
        let encoded = item.elements.first { $0.name == "encoded" && $0.namespace == content }
        let description = item.elements.first { $0.name == "description" }
        let html = encoded.map(\.text) ?? description.map(\.text)
        let metadata = PageMetadata(byline: author.map(authorName), published: date.flatMap(DateText.iso8601), url: link)
        let (body, summaryOnly) = FeedBody.article(title: title, html: html, xhtml: nil, plainText: nil, isFullContent: encoded != nil, metadata: metadata)
        return FeedItem(title: title, link: link, published: metadata.published, author: metadata.byline, body: body, isSummaryOnly: summaryOnly)
    }

    private static func rssLink(_ element: MarkupElement, base: String?) -> String? {
        for link in element.elements where link.name == "link" {
            if link.namespace == atom { continue }
            let value = WhiteSpace.collapse(link.text)
            if !value.isEmpty { return WebAddress.resolve(value, against: base) }
        }
        return nil
    }

    // MARK: - Atom

    private static func atomEntry(_ entry: MarkupElement, base feedBase: String?) -> FeedItem {
        let base = entry.attribute("base").map { WebAddress.resolve($0, against: feedBase) } ?? feedBase
        let title = atomText(entry.elements.first { $0.name == "title" })
        let link = atomLink(entry, base: base)
        let date = firstText(entry, ["published", "issued", "updated", "modified", "created"])
        let authors = entry.elements.filter { $0.name == "author" }.map { author in
            WhiteSpace.collapse(author.elements.first { $0.name == "name" }?.text ?? author.text)
        }.filter { !$0.isEmpty }
        let content = entry.elements.first { $0.name == "content" }
        let summary = entry.elements.first { $0.name == "summary" }
        let metadata = PageMetadata(byline: authors.isEmpty ? nil : authors.joined(separator: ", "), published: date.flatMap(DateText.iso8601), url: link)
        let source = content ?? summary
        let type = (source?.attribute("type") ?? "text").lowercased()
        let mode = source?.attribute("mode")?.lowercased()
        var html: String?, xhtml: MarkupElement?, plain: String?
        if let source {
            if type == "xhtml" || type.hasSuffix("xhtml+xml") || (source.elements.count > 0 && mode != "escaped") {
                xhtml = source.elements.first { $0.name == "div" } ?? source
            } else if type == "html" || type == "text/html" || mode == "escaped" {
                html = source.text
            } else {
                plain = source.text
            }
        }
        let (body, summaryOnly) = FeedBody.article(title: title, html: html, xhtml: xhtml, plainText: plain, isFullContent: content != nil, metadata: metadata)
        return FeedItem(title: title, link: link, published: metadata.published, author: metadata.byline, body: body, isSummaryOnly: summaryOnly)
    }

    /// An Atom text construct: plain text, or the text of its HTML.
    private static func atomText(_ element: MarkupElement?) -> String {
        guard let element else { return "" }
        let type = (element.attribute("type") ?? "text").lowercased()
        if type == "html" || type == "text/html" { return htmlText(element.text) }
        return WhiteSpace.collapse(element.text)
    }

    private static func atomLink(_ element: MarkupElement, base: String?) -> String? {
        let links = element.elements.filter { $0.name == "link" }
        let chosen = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" && ($0.attribute("type") ?? "text/html").contains("html") }
            ?? links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        guard let href = chosen?.attribute("href") ?? chosen.map({ WhiteSpace.collapse($0.text) }), !href.isEmpty else { return nil }
        return WebAddress.resolve(href, against: base)
    }

    // MARK: - Shared

    private static func text(_ element: MarkupElement, _ name: String) -> String {
        WhiteSpace.collapse(element.elements.first { $0.name == name }?.text ?? "")
    }

    private static func firstText(_ element: MarkupElement, _ names: [String]) -> String? {
        for name in names {
            if let found = element.elements.first(where: { $0.name == name }) {
                let value = WhiteSpace.collapse(found.elements.first { $0.name == "name" }?.text ?? found.text)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    /// "jo@example.org (Jo Smith)" names Jo Smith.
    private static func authorName(_ text: String) -> String {
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close, text.contains("@") {
            let name = WhiteSpace.collapse(String(text[text.index(after: open)..<close]))
            if !name.isEmpty { return name }
        }
        return text
    }

    /// Titles may carry markup or entities ("Q&amp;A", "<b>Bold</b>").
    static func htmlText(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return WhiteSpace.collapse(text) }
        return WhiteSpace.collapse(Markup.parseHTML(Array(("<html><body><p>" + text + "</p></body></html>").utf8)).text)
    }

    /// An item without a title is named by the start of its text.
    static func firstWords(_ body: WebArticle) -> String {
        guard let first = body.paragraphs.first else { return "(untitled)" }
        let words = first.split(separator: " ")
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? "…" : "")
    }
}
