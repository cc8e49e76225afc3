import Dispatch
/// Builds an `Article` from bytes: decode, lay out, split, find actors, issues and stances.
public struct ArticleReader: Sendable {
    public let recognizer: ActorRecognizer
    public let extractor: StanceExtractor
    /// Files larger than this are refused with a clear message: news articles are tens of
    /// kilobytes, and analysing megabytes would keep the reader waiting for seconds.
    public static let sizeLimit = 2 * 1_048_576
    /// Whether issues and stances are extracted; without them only actors are found (used to
    /// time actor recognition on its own).
    public var extractsStances = true

    /// Starts loading the bundled lexicon and cues in the background, so that they are ready
    /// (or nearly) by the time the first article is read. Call as early as possible.
    public static func preload() {
        // One thread: the loads are small now that the tables are compiled in, and on a
        // two-core machine more threads would only slow the main thread's own start.
        DispatchQueue.global(qos: .userInitiated).async {
            _ = Lexicon.bundled
            _ = CueLexicon.bundled
        }
    }

    public init(lexicon: Lexicon = .bundled) {
        recognizer = ActorRecognizer(lexicon: lexicon)
        extractor = StanceExtractor(lexicon: lexicon)
    }

    /// Reads an article from raw file bytes.
    public func read(bytes: some Collection<UInt8>, source: String) throws(ImportError) -> Article {
        analyse(try PreparedArticle(bytes: bytes), source: source)
    }

    /// Reads an article from decoded text.
    public func read(text: String, source: String) throws(ImportError) -> Article {
        analyse(try PreparedArticle(text: text), source: source)
    }

    /// Finds the actors, issues and stances of a prepared article: the part that needs the lexicon.
    public func analyse(_ prepared: PreparedArticle, source: String) -> Article {
        let analyzed = AnalyzedText(text: prepared.body, paragraphs: prepared.paragraphs)
        // A year named once is as likely the past ("Labour's record since 1997") as the story's
        // own: it dates the story only when the office holders it names do not.
        let named = ArticleReader.mostNamedYear(in: prepared.captions + [prepared.body])
        let (actors, spans, quotations) = recognizer.recognizeWithQuotations(analyzed, year: named.flatMap { $0.times > 1 ? $0.year : nil },
                                                                             yearNamedOnce: named.flatMap { $0.times == 1 ? $0.year : nil })
        let (issues, stances) = extractsStances ? extractor.extract(analyzed, actors: actors, spans: spans, quotations: quotations) : ([], [])
        return Article(source: source, title: prepared.title, captions: prepared.captions, text: analyzed.text, paragraphs: analyzed.paragraphs,
                       sentences: analyzed.sentences, actors: actors, issues: issues, stances: stances, metadata: prepared.metadata)
    }

    /// The most frequent plausible year (1900-2099) in the captions and text, if any.
    static func year(in texts: [String]) -> Int? {
        mostNamedYear(in: texts)?.year
    }

    /// That year with how many times it is named, from one scan of the text.
    static func mostNamedYear(in texts: [String]) -> (year: Int, times: Int)? {
        // Counts by year from 1900, in an array: a dictionary's first use costs more than the scan.
        var counts = [Int](repeating: 0, count: 200)
        for text in texts {
            var value = 0, length = 0
            for byte in text.utf8 {
                if byte >= 0x30 && byte <= 0x39 {
                    // Only four-digit runs matter; longer ones must not overflow (found by fuzzing).
                    if length < 5 { value = value * 10 + Int(byte - 0x30) }
                    length += 1
                } else {
                    if length == 4, (1900...2099).contains(value) { counts[value - 1900] += 1 }
                    value = 0
                    length = 0
                }
            }
            if length == 4, (1900...2099).contains(value) { counts[value - 1900] += 1 }
        }
        // The most frequent; of two as frequent, the later.
        guard let best = counts.indices.max(by: { (counts[$0], $0) < (counts[$1], $1) }), counts[best] > 0 else { return nil }
        return (1900 + best, counts[best])
    }
}

/// An article decoded and laid out: everything that comes before the lexicon is needed.
/// Making one checks the input (size, encoding, a title), so a bad file is refused at once
/// while the lexicon may still be loading.
public struct PreparedArticle: Sendable {
    public let title: String
    public let captions: [String]
    /// The paragraphs joined by blank lines, and each one's range of scalars in it. Tokens,
    /// sentences and the year are worked out by `ArticleReader.analyse`, which can run on
    /// another thread: preparing only lays out the text and checks that there is some.
    public let body: String
    public let paragraphs: [Range<Int>]
    /// Where an article from the web came from; empty for plain text.
    public let metadata: ArticleMetadata

    public init(bytes: some Collection<UInt8>) throws(ImportError) {
        guard bytes.count <= ArticleReader.sizeLimit else { throw .tooLarge(limit: ArticleReader.sizeLimit) }
        let (decoded, _) = try TextDecoding.decode(bytes)
        try self.init(text: decoded)
    }

    public init(text: String) throws(ImportError) {
        let layout = PlainTextLayout(parsing: text)
        try self.init(title: layout.title, paragraphs: layout.paragraphs, captions: layout.captions)
    }

    /// An article already split into parts (a web page's extracted text, a feed item): laid
    /// out exactly as a plain-text article with the same title, paragraphs and captions.
    public init(title: String, paragraphs texts: [String], captions: [String], metadata: ArticleMetadata = ArticleMetadata()) throws(ImportError) {
        guard !title.isEmpty else { throw .empty }
        var body = ""
        var paragraphs: [Range<Int>] = []
        var offset = 0
        for paragraph in texts {
            if !body.isEmpty {
                body += "\n\n"
                offset += 2
            }
            let length = paragraph.unicodeScalars.count
            paragraphs.append(offset..<(offset + length))
            body += paragraph
            offset += length
        }
        self.title = title
        self.captions = captions
        self.body = body
        self.paragraphs = paragraphs
        self.metadata = metadata
    }
}
