/// A `Content-Type` header taken apart: the media type and its charset parameter.
public struct MediaType: Sendable, Equatable {
    /// Type and subtype, lower-cased (`text/html`).
    public var name: String
    /// The `charset` parameter, unquoted but otherwise as given.
    public var charset: String?

    /// Parses `text/html; charset="utf-8"`; nil for an empty header.
    public init?(header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let name = parts.first.map { $0.trimmingSpaces.lowercased() } ?? ""
        guard !name.isEmpty else { return nil }
        self.name = name
        self.charset = nil
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            guard parameter[..<equals].trimmingSpaces.lowercased() == "charset" else { continue }
            var value = parameter[parameter.index(after: equals)...].trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { charset = value }
            break
        }
    }

    /// True for what Parley can read: web pages, any text, XML (RSS, Atom, RDF) and JSON
    /// (JSON Feed). Images, audio, video, PDFs, archives and the like are refused before
    /// their body is read.
    public var isReadable: Bool {
        if name.hasPrefix("text/") { return true }
        if name.hasSuffix("+xml") || name.hasSuffix("+json") { return true }
        return ["application/xml", "application/json", "application/x-rss+xml"].contains(name)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (header whitespace).
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
