import Markup

/// What a web resource turned out to be: a page's article, or a feed.
public enum WebDocument: Sendable, Equatable {
    case page(WebArticle)
    case feed(Feed)
}

/// Why a web resource could not be read, in one line.
public struct WebImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// The entry point from bytes to articles, for files and fetched resources alike: turns bytes,
/// a Content-Type (an HTTP header value, when there is one) and the address they came from into
/// a page's article or a feed.
public enum WebImporter {
    /// Pages and feeds over this size are refused, as articles are.
    public static let sizeLimit = 2 * 1_048_576

    /// What bytes look like.
    public enum Kind: Sendable, Equatable {
        case html, xmlFeed, jsonFeed, unknown
    }

    public static func read(bytes: [UInt8], contentType: String? = nil, url: String? = nil) throws(WebImportError) -> WebDocument {
        try checkSize(bytes)
        switch sniff(bytes, contentType: contentType) {
        case .html:
            return .page(try readPage(bytes: bytes, contentType: contentType, url: url))
        case .xmlFeed, .jsonFeed:
            return .feed(try readFeed(bytes: bytes, contentType: contentType, url: url))
        case .unknown:
            throw WebImportError("neither an HTML page nor a feed")
        }
    }

    /// Reads bytes as a web page, whatever they look like (a file named `.html`), within the size limit.
    public static func readPage(bytes: [UInt8], contentType: String? = nil, url: String? = nil) throws(WebImportError) -> WebArticle {
        try checkSize(bytes)
        return ArticleExtractor.extract(bytes: bytes, contentType: contentType, url: url)
    }

    /// Reads a feed of any dialect. An ill-formed XML feed is read as far as libxml2's recovery
    /// goes, with the problem noted in `Feed.problem`; a feed that cannot be read at all, and
    /// a hostile one, is refused with the reason.
    public static func readFeed(bytes: [UInt8], contentType: String? = nil, url: String? = nil) throws(WebImportError) -> Feed {
        try checkSize(bytes)
        if sniff(bytes, contentType: contentType) == .jsonFeed || asciiHead(bytes).drop(while: { $0.isWhitespace }).hasPrefix("{") {
            guard let feed = JSONFeedParser.feed(bytes, url: url) else { throw WebImportError("not a JSON Feed (no jsonfeed.org version)") }
            return feed
        }
        let document = try parseXML(bytes, contentType: contentType)
        guard var feed = XMLFeedParser.feed(document.root, url: url) else {
            throw WebImportError("not a feed (the document is <\(document.root.name)>, not RSS, RDF or Atom)")
        }
        feed.problem = document.problem
        return feed
    }

    private static func parseXML(_ bytes: [UInt8], contentType: String?) throws(WebImportError) -> XMLDocument {
        let header = contentType.flatMap(Charset.parameter).map(Charset.normalized)
        let encoding = header.flatMap { Markup.supportsEncoding($0) ? $0 : nil }
        let firstProblem: MarkupError
        do {
            return try Markup.parseXML(bytes, encoding: encoding, recover: false)
        } catch {
            if error.reason.hasPrefix("entity expansion refused") { throw WebImportError(error.reason) }
            firstProblem = error
        }
        if let recovered = try? Markup.parseXML(bytes, encoding: encoding, recover: true), !recovered.root.elements.isEmpty {
            return XMLDocument(root: recovered.root, problem: recovered.problem ?? firstProblem.reason)
        }
        // A wrong or missing charset declaration: decide the charset as for a page and read again.
        let declared = header ?? Charset.xmlDeclaredEncoding(bytes)
        let decoded = Charset.utf8(bytes, declared: declared.map { "charset=" + $0 })
        do {
            let recovered = try Markup.parseXML(decoded.bytes, encoding: "UTF-8", recover: true)
            return XMLDocument(root: recovered.root, problem: recovered.problem ?? firstProblem.reason)
        } catch {
            throw WebImportError(firstProblem.reason)
        }
    }

    private static func checkSize(_ bytes: [UInt8]) throws(WebImportError) {
        if bytes.isEmpty { throw WebImportError("file is empty") }
        if bytes.count > sizeLimit { throw WebImportError("larger than the \(sizeLimit / 1_048_576) MB limit for an article") }
    }

    // MARK: - Sniffing

    /// Looks at the first bytes (past a byte-order mark, white space, the XML declaration,
    /// comments and a doctype) and at the Content-Type: an HTML page, an XML feed, a JSON Feed.
    public static func sniff(_ bytes: [UInt8], contentType: String? = nil) -> Kind {
        let head = asciiHead(bytes)
        let type = (contentType ?? "").lowercased()
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if trimmed.hasPrefix("{") {
            return head.contains("jsonfeed.org") || type.contains("feed+json") ? .jsonFeed : .unknown
        }
        if let root = firstElementName(head) {
            let local = root.split(separator: ":").last.map(String.init) ?? root
            if ["rss", "rdf", "feed"].contains(local) { return .xmlFeed }
            if ["html", "head", "body", "meta", "title", "div", "p", "article", "link", "script", "style", "section", "header", "table", "h1", "main"].contains(local) {
                return .html
            }
        }
        if head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") { return .html }
        if type.contains("rss") || type.contains("atom") || type.contains("rdf") { return .xmlFeed }
        if type.contains("html") && head.contains("<") { return .html }
        return .unknown
    }

    /// The first 2 KB as lower-case ASCII (UTF-16 and UTF-32 read by dropping their zero bytes).
    private static func asciiHead(_ bytes: [UInt8]) -> String {
        var sample = Array(bytes.prefix(4096))
        if let bom = Charset.byteOrderMark(sample) { sample.removeFirst(bom.length) }
        if sample.prefix(64).contains(0) { sample = sample.filter { $0 != 0 } }
        return String(decoding: sample.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
    }

    /// The name of the first element, past declarations, comments and a doctype.
    private static func firstElementName(_ head: String) -> String? {
        var rest = Substring(head)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.firstRange(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("?") || rest.hasPrefix("!") {
                guard let end = rest.firstIndex(of: ">") else { return nil }
                rest = rest[rest.index(after: end)...]
            } else {
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
                return name.isEmpty ? nil : String(name)
            }
        }
        return nil
    }
}

extension WebImporter {
    /// A page's `<title>` from its first bytes, cleaned of the site's name where it can be
    /// told apart: for listing a folder of pages without extracting each one.
    public static func pageTitle(_ head: [UInt8]) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard let open = lower.firstRange(of: Array("<title".utf8)), let close = lower[open.upperBound...].firstRange(of: Array("</title>".utf8)) else {
            return nil
        }
        let snippet = Array(head[open.lowerBound..<close.upperBound])
        let decoded = Charset.utf8(snippet, declared: Charset.metaCharset(head).map { "charset=" + $0 })
        let title = WhiteSpace.collapse(Markup.parseHTML(Array("<html><head>".utf8) + decoded.bytes + Array("</head></html>".utf8)).text)
        guard !title.isEmpty else { return nil }
        return TitleCleaner.clean(title, siteName: nil, headings: [], firstLevelHeadings: [])
    }
}
