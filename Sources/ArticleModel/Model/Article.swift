/// One article as Parley understands it: the displayed text and everything found in it.
///
/// All ranges are offsets in Unicode scalars into `text`, the body as displayed
/// (paragraphs joined by a blank line). Title and captions are kept apart from the body.
public struct Article: Sendable, Equatable {
    /// Where the article came from: a path, "-" for standard input, or a sample name.
    public var source: String
    public var title: String
    /// Photo captions and credits, shown dimmed under the title and never analysed.
    public var captions: [String]
    /// The body as displayed.
    public var text: String
    public var paragraphs: [Range<Int>]
    public var sentences: [Sentence]
    public var actors: [Actor]
    public var issues: [Issue]
    public var stances: [Stance]
    /// Address, byline, date, site and feed of an article from the web; empty for plain text.
    public var metadata: ArticleMetadata

    public init(
        source: String, title: String, captions: [String], text: String, paragraphs: [Range<Int>],
        sentences: [Sentence], actors: [Actor] = [], issues: [Issue] = [], stances: [Stance] = [], metadata: ArticleMetadata = ArticleMetadata()
    ) {
        self.source = source
        self.title = title
        self.captions = captions
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.actors = actors
        self.issues = issues
        self.stances = stances
        self.metadata = metadata
    }

    /// The text of a scalar range of the body.
    public func substring(_ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        return String(scalars[start..<end])
    }

    /// The texts of several scalar ranges of the body. Ranges in order (paragraphs, sentences)
    /// take one walk through the text, where `substring(_:)` walks from the start each time.
    public func substrings(_ ranges: [Range<Int>]) -> [String] {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex, offset = 0
        return ranges.map { range in
            if range.lowerBound < offset { (index, offset) = (scalars.startIndex, 0) }
            let start = scalars.index(index, offsetBy: range.lowerBound - offset)
            let end = scalars.index(start, offsetBy: range.count)
            (index, offset) = (end, range.upperBound)
            return String(scalars[start..<end])
        }
    }

    public func actor(id: String) -> Actor? { actors.first { $0.id == id } }
    public func issue(id: String) -> Issue? { issues.first { $0.id == id } }

    /// The index of the sentence containing scalar offset `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = sentences[middle].range
            if offset < range.lowerBound { high = middle - 1 } else if offset >= range.upperBound { low = middle + 1 } else { return middle }
        }
        return nil
    }
}

/// One sentence of the body.
public struct Sentence: Sendable, Equatable {
    public var range: Range<Int>
    public var paragraph: Int

    public init(range: Range<Int>, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}
