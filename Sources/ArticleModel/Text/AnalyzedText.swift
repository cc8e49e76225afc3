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
        String(scalars: scalars[range])
    }
}

extension String {
    /// A string of scalars, built from their UTF-8 bytes: much faster than appending scalars
    /// to a `UnicodeScalarView` one by one.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            self = String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var offset = 0
                for scalar in scalars {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
                    offset += 1
                }
                return offset
            }
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
