import Markup

/// Reads a page's title and metadata before any of it is removed: JSON-LD first, then
/// OpenGraph, Twitter and Dublin Core `<meta>` tags, then the document itself.
struct PageMetadataReader {
    /// `<meta>` values by lower-case property or name ("og:title", "author", ...), first one wins.
    private(set) var meta: [String: String] = [:]
    private(set) var jsonLD: [JSONValue] = []
    private(set) var documentTitle = ""
    private(set) var headings: [String] = []
    private(set) var firstLevelHeadings: [String] = []
    private(set) var language: String?
    private(set) var canonical: String?
    private(set) var timeElement: String?

    init(_ root: MarkupElement) {
        var stack: [MarkupElement] = [root]
        while let element = stack.popLast() {
            switch element.name {
            case "meta":
                let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop") ?? element.attribute("http-equiv"))?.lowercased()
                if let key, let content = element.attribute("content"), !WhiteSpace.collapse(content).isEmpty, meta[key] == nil {
                    meta[key] = WhiteSpace.collapse(content)
                }
            case "script":
                if (element.attribute("type") ?? "").lowercased().contains("ld+json"), let value = JSONValue.parse(Array(element.text.utf8)) {
                    jsonLD.append(value)
                }
            case "title":
                if documentTitle.isEmpty { documentTitle = WhiteSpace.collapse(element.text) }
            case "h1", "h2":
                headings.append(WhiteSpace.collapse(element.text))
                if element.name == "h1" { firstLevelHeadings.append(WhiteSpace.collapse(element.text)) }
            case "html":
                language = element.attribute("lang") ?? element.attribute("xml:lang")
            case "link":
                if (element.attribute("rel") ?? "").lowercased().split(separator: " ").contains("canonical"), canonical == nil {
                    canonical = element.attribute("href")
                }
            case "time":
                if timeElement == nil, element.attribute("pubdate") != nil || element.attribute("itemprop") == "datePublished" {
                    timeElement = element.attribute("datetime")
                }
            default:
                break
            }
            if element.name != "script" && element.name != "style" { stack.append(contentsOf: element.elements.reversed()) }
        }
    }

    /// The JSON-LD object of the article, if the page has one.
    var articleObject: JSONValue? {
        var pending = jsonLD
        while !pending.isEmpty {
            let value = pending.removeFirst()
            if case .array(let values) = value {
                pending.append(contentsOf: values)
                continue
            }
            if let graph = value["@graph"] { pending.append(contentsOf: graph.array) }
            let types = (value["@type"]?.array ?? []).compactMap(\.string)
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }) {
                return value
            }
        }
        return nil
    }

    /// The title: the article's JSON-LD headline, OpenGraph or Twitter title, or the
    /// document's `<title>` without the site name around it, or its only `h1`.
    func title(siteName: String?) -> String {
        if let article = articleObject {
            let headline = article["headline"]?.string.map(WhiteSpace.collapse)
            let name = article["name"]?.string.map(WhiteSpace.collapse)
            if let headline, let name, headline != name {
                let best = TextSimilarity.similarity(name, documentTitle) > TextSimilarity.similarity(headline, documentTitle) ? name : headline
                return best
            }
            if let title = headline ?? name, !title.isEmpty { return title }
        }
        for key in ["dc.title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"] {
            if let value = meta[key], !value.isEmpty { return TitleCleaner.withoutSiteName(value, siteName: siteName) ?? value }
        }
        return TitleCleaner.clean(documentTitle, siteName: siteName, headings: headings, firstLevelHeadings: firstLevelHeadings)
    }

    func metadata(pageURL: String?) -> PageMetadata {
        let article = articleObject
        var result = PageMetadata()
        let authors = (article?["author"]?.array ?? []).compactMap(\.name).map(WhiteSpace.collapse).filter { !$0.isEmpty }
        result.byline = authors.isEmpty ? firstMeta("dc.creator", "dcterm:creator", "author", "parsely-author", "sailthru.author", "byl") : authors.joined(separator: ", ")
        if result.byline == nil, let author = meta["article:author"], !WebAddress.hasScheme(author) { result.byline = author }
        let published = article?["datePublished"]?.string ?? firstMeta("article:published_time", "parsely-pub-date", "datepublished", "og:published_time", "dc.date", "dcterms.date", "date", "pubdate", "sailthru.date", "publishdate") ?? timeElement
        result.published = published.flatMap(DateText.iso8601)
        result.siteName = article?["publisher"]?.name.map(WhiteSpace.collapse) ?? firstMeta("og:site_name", "application-name")
        result.language = (language ?? meta["content-language"] ?? article?["inLanguage"]?.string ?? meta["og:locale"]?.replacingUnderscores()).map(WhiteSpace.collapse)
        if result.language?.isEmpty == true { result.language = nil }
        let link = canonical ?? meta["og:url"]
        result.url = link.map { WebAddress.resolve($0, against: pageURL) } ?? pageURL
        result.excerpt = firstMeta("description", "og:description", "twitter:description")
        return result
    }

    private func firstMeta(_ keys: String...) -> String? {
        for key in keys { if let value = meta[key], !value.isEmpty { return value } }
        return nil
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}

/// A `<title>` without the site's name: the part before the last " | " or " - " (or after the
/// first, when that leaves too few words), as Readability does; the only `h1` when the title
/// is too short or too long to be the headline.
enum TitleCleaner {
    static let separators: Set<Character> = ["|", "-", "\\", "/", ">", "»", "–", "—", "·", ":"]

    static func clean(_ original: String, siteName: String?, headings: [String], firstLevelHeadings: [String]) -> String {
        let title = WhiteSpace.collapse(original)
        if let stripped = withoutSiteName(title, siteName: siteName) { return stripped }
        var current = title
        var hierarchical = false
        let hierarchyMarks = [" | ", " - ", " \\ ", " / ", " > ", " » ", " – ", " — "]
        let found = hierarchyMarks.compactMap { mark in title.ranges(of: mark).last.map { (mark, $0) } }
        if !found.isEmpty {
            hierarchical = found.contains { [" \\ ", " / ", " > ", " » "].contains($0.0) }
            let last = found.max { $0.1.lowerBound < $1.1.lowerBound }!
            current = String(title[..<last.1.lowerBound])
            if wordCount(current) < 3 {
                let first = found.min { $0.1.lowerBound < $1.1.lowerBound }!
                current = String(title[first.1.upperBound...])
            }
        } else if title.contains(": ") {
            if !headings.contains(title) {
                let lastColon = title.lastIndex(of: ":")!
                current = String(title[title.index(after: lastColon)...])
                if wordCount(current) < 3 {
                    current = String(title[title.index(after: title.firstIndex(of: ":")!)...])
                } else if wordCount(String(title[..<title.firstIndex(of: ":")!])) > 5 {
                    current = title
                }
            }
        } else if title.count > 150 || title.count < 15 {
            if firstLevelHeadings.count == 1 { current = firstLevelHeadings[0] }
        }
        current = WhiteSpace.collapse(current)
        let words = wordCount(current)
        let originalWithoutSeparators = title.split { $0 == " " }.filter { !($0.count == 1 && separators.contains($0.first!)) }.count
        if words <= 4 && (!hierarchical || words != originalWithoutSeparators - 1) { current = title }
        return current
    }

    /// The title without the site's name before or after a separator ("Story | Site"); the
    /// name may be the start of a longer site name ("Site - its motto"). Nil when it has none.
    static func withoutSiteName(_ title: String, siteName: String?) -> String? {
        guard let site = siteName.map({ WhiteSpace.collapse($0).lowercased() }), !site.isEmpty else { return nil }
        for separator in [" | ", " - ", " – ", " — ", " · ", " :: ", " » "] {
            guard let last = title.ranges(of: separator).last, let first = title.firstRange(of: separator) else { continue }
            let tail = title[last.upperBound...].lowercased()
            if !tail.isEmpty, site.hasPrefix(tail), wordCount(tail) <= 5 {
                let kept = WhiteSpace.collapse(String(title[..<last.lowerBound]))
                if !kept.isEmpty { return kept }
            }
            let head = title[..<first.lowerBound].lowercased()
            if !head.isEmpty, site.hasPrefix(head), wordCount(head) <= 5 {
                let kept = WhiteSpace.collapse(String(title[first.upperBound...]))
                if !kept.isEmpty { return kept }
            }
        }
        return nil
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
