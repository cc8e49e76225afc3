/// Recognises the parts of a saved news page that are not the story: photo captions and
/// credits, and the publisher's navigation that trails the text.
enum PageFurniture {
    /// Phrases that mark a line as a photo caption or credit.
    static let captionMarkers = [
        "Image copyright", "Image caption", "Image source", "Media caption", "Photo:", "Photograph:", "Picture:",
        "Photo credit", "Picture credit", "Image credit", "Credit:", "(Getty Images)", "Getty Images", "(AFP)",
        "AFP/Getty", "(Reuters)", "Reuters/", "(AP Photo", "AP Photo/", "(EPA)", "EPA/", "(PA)", "PA Media",
    ]

    /// Lines that are publisher furniture wherever they stand.
    static let noiseLines: Set<String> = [
        "media playback is unsupported on your device", "advertisement", "skip advertisement",
        "share this", "share this page", "share", "copy this link", "read more", "continue reading",
    ]

    /// Headings that open the furniture after a story.
    static let trailingHeadings: Set<String> = [
        "more on this story", "related internet links", "related topics", "share this", "share this page",
        "related stories", "related links", "top stories", "features", "most read", "around the bbc",
        "elsewhere on the bbc", "see also", "more from", "read more", "follow us", "comments", "related",
        "you might also like", "latest stories", "most popular", "related content", "advertisement",
    ]

    /// A trailing line that is furniture by its content.
    static let trailingPhrases = [
        "is not responsible for the content of external", "share this with", "all rights reserved",
        "copyright ©", "© copyright",
    ]

    /// Byte forms of the markers, made once.
    private static let captionMarkerBytes = captionMarkers.map { Array($0.utf8) }
    private static let trailingPhraseBytes = trailingPhrases.map { Array($0.utf8) }
    /// Furniture lines are short; longer ones are not even lower-cased to be compared.
    private static let longestNoiseLine = 60, longestTrailingLine = 200

    /// The caption markers by their first byte, so that one pass over a line finds any of them.
    private static let captionMarkersByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for marker in captionMarkerBytes { table[Int(marker[0])].append(marker) }
        return table
    }()

    static func isCaption(_ line: String) -> Bool {
        guard line.utf8.count < 400 else { return false }
        let bytes = Array(line.utf8)
        let table = captionMarkersByFirstByte
        for index in bytes.indices {
            for marker in table[Int(bytes[index])] where index + marker.count <= bytes.count {
                if bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
            }
        }
        return false
    }

    static func isNoise(_ line: String) -> Bool {
        line.utf8.count <= longestNoiseLine && noiseLines.contains(normalized(line))
    }

    static func isTrailingMarker(_ line: String) -> Bool {
        guard line.utf8.count <= longestTrailingLine else { return false }
        let key = normalized(line)
        let bytes = Array(key.utf8)
        return trailingHeadings.contains(key) || trailingPhraseBytes.contains { bytes.containsBytes($0) }
    }

    /// Cuts the paragraphs from the first furniture heading after which nothing but
    /// furniture and short link-like lines follow.
    static func droppingTrailingFurniture(_ paragraphs: [String]) -> [String] {
        var cut = paragraphs.count
        var index = paragraphs.count - 1
        while index >= 1 {
            let line = paragraphs[index]
            if isTrailingMarker(line) {
                cut = index
            } else if !isLinkLike(line) {
                break
            }
            index -= 1
        }
        return Array(paragraphs[..<cut])
    }

    /// A short line without sentence punctuation, such as a related-story title.
    static func isLinkLike(_ line: String) -> Bool {
        let words = line.utf8.split(separator: UInt8(ascii: " ")).count
        guard let last = line.last else { return true }
        return words <= 12 && !".!?\"”".contains(last)
    }

    private static func normalized(_ line: String) -> String {
        line.lowercased().trimming(" :.")
    }
}

extension Array where Element == UInt8 {
    /// Plain substring search on UTF-8 bytes: exact, no locale, and fast on Linux.
    func containsBytes(_ target: [UInt8]) -> Bool {
        let haystack = self
        guard !target.isEmpty, target.count <= haystack.count else { return target.isEmpty }
        let first = target[0]
        var index = 0
        let last = haystack.count - target.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + target.count)].elementsEqual(target) { return true }
            index += 1
        }
        return false
    }
}

extension String {
    /// Whether the UTF-8 form contains `byte`, scanning contiguous storage directly.
    func containsByte(_ byte: UInt8) -> Bool {
        var copy = self
        return copy.withUTF8 { buffer in buffer.contains(byte) }
    }

    func trimming(_ set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view.removeFirst() }
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}
