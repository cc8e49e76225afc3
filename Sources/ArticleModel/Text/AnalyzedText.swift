/// The body of an article split into sentences and tokens: the input to actor and stance finding.
public struct AnalyzedText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let paragraphs: [Range<Int>]
    public let sentences: [Sentence]
    /// The tokens of each sentence.
    public let tokens: [[Token]]

    public init(text: String, paragraphs: [Range<Int>]) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.paragraphs = paragraphs
        var sentences: [Sentence] = []
        var tokens: [[Token]] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let paragraphTokens = Tokenizer.tokens(in: scalars, range: paragraph)
            let ranges = SentenceSplitter.sentences(in: paragraphTokens)
            var cursor = 0
            for range in ranges {
                sentences.append(Sentence(range: range, paragraph: index))
                var sentenceTokens: [Token] = []
                while cursor < paragraphTokens.count, paragraphTokens[cursor].range.lowerBound < range.upperBound {
                    sentenceTokens.append(paragraphTokens[cursor])
                    cursor += 1
                }
                tokens.append(sentenceTokens)
            }
        }
        self.sentences = sentences
        self.tokens = tokens
    }

    /// The text of a scalar range.
    public func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}
