/// Case-insensitive substring search over the article body, returning scalar ranges.
public enum TextSearch {
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        let needle = Array(query.lowercased().unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let haystack = Array(text.lowercased().unicodeScalars)
        // Lower-casing can change scalar counts (rare: "İ"); fall back to no matches then.
        guard haystack.count == text.unicodeScalars.count, needle.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle {
                result.append(index..<(index + needle.count))
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }
}
