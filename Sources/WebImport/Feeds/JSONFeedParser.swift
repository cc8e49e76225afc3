/// JSON Feed (version 1 and 1.1).
enum JSONFeedParser {
    static func feed(_ bytes: [UInt8], url: String?) -> Feed? {
        guard let json = JSONValue.parse(bytes), let version = json["version"]?.string, version.contains("jsonfeed.org") else { return nil }
        let base = json["home_page_url"]?.string ?? url
        let items = (json["items"]?.array ?? []).map { item(from: $0, base: base) }
        var feed = Feed(dialect: .jsonFeed, title: WhiteSpace.collapse(json["title"]?.string ?? ""), link: json["home_page_url"]?.string, items: items)
        feed.feedURL = json["feed_url"]?.string ?? url
        return feed
    }

    private static func item(from item: JSONValue, base: String?) -> FeedItem {
        let title = XMLFeedParser.htmlText(item["title"]?.string ?? "")
        let link = (item["url"]?.string ?? item["external_url"]?.string).map { WebAddress.resolve($0, against: base) }
        let authors = ((item["authors"]?.array ?? []) + (item["author"].map { [$0] } ?? [])).compactMap(\.name).map(WhiteSpace.collapse).filter { !$0.isEmpty }
        let published = (item["date_published"]?.string ?? item["date_modified"]?.string).flatMap(DateText.iso8601)
        let metadata = PageMetadata(byline: authors.isEmpty ? nil : authors.joined(separator: ", "), published: published, url: link)
        let html = item["content_html"]?.string
        let text = item["content_text"]?.string
        let summary = item["summary"]?.string
        let (body, summaryOnly) = FeedBody.article(title: title, html: html ?? (text == nil ? summary : nil), xhtml: nil, plainText: text,
                                                  isFullContent: html != nil || text != nil, metadata: metadata)
        return FeedItem(title: title, link: link, published: published, author: metadata.byline, body: body, isSummaryOnly: summaryOnly)
    }
}
