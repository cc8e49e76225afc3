/// Resolves links against the page's address, without Foundation: absolute links stay,
/// "//host/..." takes the page's scheme, "/path" its origin, "path" its folder.
enum WebAddress {
    static func resolve(_ link: String, against base: String?) -> String {
        let link = WhiteSpace.collapse(link)
        if link.isEmpty { return base ?? "" }
        if hasScheme(link) { return link }
        guard let base, hasScheme(base), let schemeEnd = base.firstRange(of: "://") else { return link }
        let scheme = String(base[..<schemeEnd.lowerBound])
        if link.hasPrefix("//") { return scheme + ":" + link }
        let afterScheme = base[schemeEnd.upperBound...]
        let host = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let origin = scheme + "://" + host
        if link.hasPrefix("/") { return origin + link }
        var path = String(afterScheme.dropFirst(host.count).prefix { $0 != "?" && $0 != "#" })
        if link.hasPrefix("#") || link.hasPrefix("?") { return origin + path + link }
        if let slash = path.lastIndex(of: "/") { path = String(path[...slash]) } else { path = "/" }
        return origin + path + link
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } && scheme.first!.isLetter
    }
}
