/// Which command-line arguments are web addresses, and the checks made before connecting.
public enum WebAddress {
    /// True for an argument that starts with `http://` or `https://` (in any letter case): it
    /// is fetched, never opened as a file.
    public static func isWebAddress(_ argument: String) -> Bool {
        let lowered = argument.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The scheme of an argument written like a URL of another kind (`ftp://...`,
    /// `file://...`), so that it can be refused as such rather than as a missing file.
    public static func otherScheme(_ argument: String) -> String? {
        guard let separator = argument.firstRange(of: "://") else { return nil }
        let scheme = argument[..<separator.lowerBound]
        guard !scheme.isEmpty, scheme.count <= 20, scheme.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return isWebAddress(argument) ? nil : scheme.lowercased()
    }

    /// Refuses what cannot be fetched before any connection is made: another scheme, no host,
    /// or spaces and control characters.
    static func check(_ url: String) throws(FetchError) {
        guard let separator = url.firstRange(of: "://") else { throw .invalidAddress }
        let scheme = url[..<separator.lowerBound].lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            throw .invalidAddress
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F..<0xA0).contains($0.value) }) else {
            throw .invalidAddress
        }
        let rest = url[separator.upperBound...]
        let authority = rest.prefix { !"/?#".contains($0) }
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        guard !host.isEmpty, !host.hasPrefix(":") else { throw .invalidAddress }
    }
}
