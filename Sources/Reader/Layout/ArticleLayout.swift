import ArticleModel
import TerminalCore

/// One line of the article pane after wrapping.
public struct ArticleLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case title, byline, caption, body, blank
    }

    public var kind: Kind
    public var text: String
    /// For body lines: the scalar range of `text` within the article body.
    public var bodyRange: Range<Int>?
}

/// The article wrapped to a width: title, the byline line of a web article (author, date,
/// site), captions, a blank line, then paragraphs separated by blank lines. Wrapping is by display width at spaces; a word wider than the pane is broken.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [ArticleLine]
    /// Indices of the lines that show body text, in order.
    private let bodyLines: [Int]

    public init(article: Article, width: Int) {
        self.width = max(1, width)
        var lines: [ArticleLine] = []
        for line in ArticleLayout.wrap(article.title, width: self.width) {
            lines.append(ArticleLine(kind: .title, text: line.text, bodyRange: nil))
        }
        if let byline = article.metadata.summaryLine {
            for line in ArticleLayout.wrap(byline, width: self.width) {
                lines.append(ArticleLine(kind: .byline, text: line.text, bodyRange: nil))
            }
        }
        for caption in article.captions {
            for line in ArticleLayout.wrap(caption, width: self.width) {
                lines.append(ArticleLine(kind: .caption, text: line.text, bodyRange: nil))
            }
        }
        for (paragraph, text) in zip(article.paragraphs, article.substrings(article.paragraphs)) {
            lines.append(ArticleLine(kind: .blank, text: "", bodyRange: nil))
            for line in ArticleLayout.wrap(text, width: self.width) {
                let range = (paragraph.lowerBound + line.scalars.lowerBound)..<(paragraph.lowerBound + line.scalars.upperBound)
                lines.append(ArticleLine(kind: .body, text: line.text, bodyRange: range))
            }
        }
        self.lines = lines
        self.bodyLines = lines.indices.filter { lines[$0].bodyRange != nil }
    }

    /// The index of the line that shows body offset `offset` (or the last line before it).
    public func line(containing offset: Int) -> Int? {
        var low = 0, high = bodyLines.count - 1
        var best: Int?
        while low <= high {
            let middle = (low + high) / 2
            let line = bodyLines[middle]
            guard let range = lines[line].bodyRange else { break }
            if offset < range.lowerBound {
                high = middle - 1
            } else {
                best = line
                if offset < range.upperBound { return line }
                low = middle + 1
            }
        }
        return best
    }

    /// Wraps one paragraph; each line carries the scalar range it covers in `text`.
    static func wrap(_ text: String, width: Int) -> [(text: String, scalars: Range<Int>)] {
        // Most paragraphs are printable ASCII, one column per byte: wrap those on the bytes.
        if text.isPrintableASCII { return wrapASCII(text, width: width) }
        return wrapCharacters(text, width: width)
    }

    /// `wrapCharacters` for printable ASCII, where every byte is one scalar and one column.
    static func wrapASCII(_ text: String, width: Int) -> [(text: String, scalars: Range<Int>)] {
        let bytes = Array(text.utf8)
        var result: [(text: String, scalars: Range<Int>)] = []
        var line: [UInt8] = []
        var lineStart = 0
        func flushLine() {
            result.append((String(decoding: line, as: UTF8.self), lineStart..<(lineStart + line.count)))
            line.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x20 {
                index += 1
                continue
            }
            let wordStart = index
            while index < bytes.count, bytes[index] != 0x20 { index += 1 }
            if !line.isEmpty, line.count + 1 + (index - wordStart) > width { flushLine() }
            if line.isEmpty { lineStart = wordStart } else { line.append(0x20) }
            // A word longer than the line is broken at the edge.
            for position in wordStart..<index {
                if line.count + 1 > width, !line.isEmpty {
                    flushLine()
                    lineStart = position
                }
                line.append(bytes[position])
            }
        }
        if !line.isEmpty || result.isEmpty { flushLine() }
        return result
    }

    /// Wraps by characters and their display width: wide, combining and other non-ASCII text.
    static func wrapCharacters(_ text: String, width: Int) -> [(text: String, scalars: Range<Int>)] {
        var result: [(text: String, scalars: Range<Int>)] = []
        var line = ""
        var lineStart = 0
        var lineWidth = 0
        var offset = 0
        // Words with the spaces before them, as (text, width, start offset).
        var word = ""
        var wordStart = 0
        var wordWidth = 0

        func flushLine(end: Int) {
            result.append((line, lineStart..<end))
            line = ""
            lineWidth = 0
        }

        func placeWord() {
            guard !word.isEmpty else { return }
            if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                flushLine(end: lineStart + line.unicodeScalars.count)
            }
            if lineWidth == 0 {
                lineStart = wordStart
            } else {
                line += " "
                lineWidth += 1
            }
            // A word longer than the line is broken by display width, never inside a character.
            for character in word {
                let characterWidth = max(DisplayWidth.of(character), 0)
                if lineWidth + characterWidth > width, lineWidth > 0 {
                    flushLine(end: lineStart + line.unicodeScalars.count)
                    lineStart = wordStart + consumed
                }
                line.append(character)
                lineWidth += characterWidth
                consumed += character.unicodeScalars.count
            }
            word = ""
            wordWidth = 0
            consumed = 0
        }
        var consumed = 0

        for character in text {
            let scalars = character.unicodeScalars.count
            if character == " " {
                placeWord()
            } else {
                if word.isEmpty { wordStart = offset }
                word.append(character)
                wordWidth += DisplayWidth.of(character)
            }
            offset += scalars
        }
        placeWord()
        if !line.isEmpty || result.isEmpty {
            result.append((line, lineStart..<(lineStart + line.unicodeScalars.count)))
        }
        return result
    }
}
