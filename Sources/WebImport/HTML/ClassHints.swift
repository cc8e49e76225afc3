/// What class names, ids and roles say about a part of a page, as words to look for: a general
/// vocabulary of page layout (never the names of one site's classes).
enum ClassHints {
    /// Parts that are almost never the story: navigation, comments, sidebars, adverts.
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "newsletter", "subscribe", "cookie", "consent", "promo-",
    ]
    /// Words that keep an "unlikely" part, as they also name containers of the story.
    static let maybeCandidate = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    /// Words of the story's own containers.
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story"]
    /// Words of everything around the story.
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget", "newsletter", "subscribe",
    ]
    /// Roles of parts that are not the story.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
    /// Words of the author line.
    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]

    static func matches(_ text: String, _ words: [String]) -> Bool {
        let lower = text.lowercased()
        return words.contains { lower.contains($0) }
    }

    /// "hid" as a word of its own counts as hidden too.
    static func isNegative(_ text: String) -> Bool {
        matches(text, negative) || text.lowercased().split(separator: " ").contains("hid")
    }

    /// Share bars: "share" or "sharedaddy" as a word of a class name (between separators).
    static func isShareBar(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        return words.contains("share") || words.contains("sharedaddy")
    }

    /// +25 for a class or id of the story's containers, -25 for one of what surrounds it.
    static func weight(of node: PageNode) -> Double {
        var weight = 0.0
        for value in [node.attributes["class"], node.attributes["id"]] {
            guard let value, !value.isEmpty else { continue }
            if isNegative(value) { weight -= 25 }
            if matches(value, positive) { weight += 25 }
        }
        return weight
    }
}
