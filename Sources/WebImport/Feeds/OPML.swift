import Markup

/// A subscription list exported as OPML (what newsboat, Feedly and most readers export): each
/// `<outline>` with an `xmlUrl` is a feed, and the titles of the outlines around it are its
/// tags (the folders it was filed in). Read through the same safe XML parser as feeds.
public struct OPMLFeed: Sendable, Equatable {
    public var url: String
    public var title: String?
    public var tags: [String]

    public init(url: String, title: String?, tags: [String]) {
        self.url = url
        self.title = title
        self.tags = tags
    }
}

public enum OPML {
    /// The feeds of an OPML document, in document order; an error when it is not OPML.
    public static func feeds(_ bytes: [UInt8]) throws(WebImportError) -> [OPMLFeed] {
        let document: XMLDocument
        do {
            document = try Markup.parseXML(bytes, recover: true)
        } catch {
            throw WebImportError("not an OPML file (\(error.reason))")
        }
        guard document.root.name.lowercased() == "opml" else { throw WebImportError("not an OPML file (the document is <\(document.root.name)>)") }
        var feeds: [OPMLFeed] = []
        func walk(_ element: MarkupElement, folders: [String]) {
            for child in element.elements where child.name.lowercased() == "outline" || child.name.lowercased() == "body" {
                let title = child.attribute(caseInsensitive: "title") ?? child.attribute(caseInsensitive: "text")
                if let url = child.attribute(caseInsensitive: "xmlurl"), !url.isEmpty {
                    feeds.append(OPMLFeed(url: url, title: title.flatMap { $0.isEmpty ? nil : $0 }, tags: folders))
                    walk(child, folders: folders)
                } else {
                    let folder = child.name.lowercased() == "outline" ? title.flatMap { $0.isEmpty ? nil : $0 } : nil
                    walk(child, folders: folders + (folder.map { [$0] } ?? []))
                }
            }
        }
        walk(document.root, folders: [])
        return feeds
    }
}
