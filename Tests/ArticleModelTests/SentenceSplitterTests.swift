import Testing
@testable import ArticleModel

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text: text, paragraphs: [0..<text.unicodeScalars.count])
        return analyzed.sentences.map { analyzed.string($0.range) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(split("Mr Smith met Dr. Jones at St. Paul's. They talked.") == ["Mr Smith met Dr. Jones at St. Paul's.", "They talked."])
        #expect(split("The vote is on 12 Sept. It was moved.") == ["The vote is on 12 Sept.", "It was moved."])
        #expect(split("It began in Jan. 2005 and ended.") == ["It began in Jan. 2005 and ended."])
        #expect(split("He lives at No. 10 Downing Street. She does not.") == ["He lives at No. 10 Downing Street.", "She does not."])
    }

    @Test func dottedAcronyms() {
        #expect(split("The U.S. and the U.N. agreed. Talks end.") == ["The U.S. and the U.N. agreed.", "Talks end."])
        #expect(split("Aid came from the U.S. The U.N. was slower.") == ["Aid came from the U.S.", "The U.N. was slower."])
    }

    @Test func initialsStayInsideNames() {
        #expect(split("John F. Kennedy spoke. George W. Bush listened.") == ["John F. Kennedy spoke.", "George W. Bush listened."])
    }

    @Test func figuresAndDecimals() {
        #expect(split("Growth was 1.26% and costs rose by $120m. Prices fell 2.5 points.") == ["Growth was 1.26% and costs rose by $120m.", "Prices fell 2.5 points."])
    }

    @Test func quotesClosingAfterTheFullStop() {
        #expect(split("\"We will not accept it.\" The minister left. She said: \"No.\" Then silence.") ==
            ["\"We will not accept it.\"", "The minister left.", "She said: \"No.\"", "Then silence."])
        #expect(split("He said \u{201C}enough.\u{201D} They nodded.") == ["He said \u{201C}enough.\u{201D}", "They nodded."])
    }

    @Test func ellipses() {
        #expect(split("He paused... and went on. Then... Nothing.") == ["He paused... and went on.", "Then...", "Nothing."])
        #expect(split("Wait\u{2026} It is over.") == ["Wait\u{2026}", "It is over."])
    }

    @Test func questionsAndExclamations() {
        #expect(split("So what next? Nobody knows! Really.") == ["So what next?", "Nobody knows!", "Really."])
    }

    @Test func lowerCaseAfterAFullStopIsNotANewSentence() {
        #expect(split("The vote, e.g. on tax, passed. Done.") == ["The vote, e.g. on tax, passed.", "Done."])
    }
}

@Suite("Tokens")
struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        Tokenizer.tokens(in: Array(text.unicodeScalars)).map(\.text)
    }

    @Test func possessivesHyphensAndApostrophes() {
        #expect(tokens("Russia's US-Russia talks") == ["Russia", "'s", "US", "-", "Russia", "talks"])
        #expect(tokens("O'Brien and d'Orsay") == ["O'Brien", "and", "d'Orsay"])
        #expect(tokens("Britain\u{2019}s") == ["Britain", "\u{2019}s"])
    }

    @Test func numbersAndAcronyms() {
        #expect(tokens("$120m rose 1.26% in the U.S.") == ["$", "120m", "rose", "1.26", "%", "in", "the", "U.S."])
        #expect(tokens("2,225 files") == ["2,225", "files"])
    }

    @Test func rangesAreScalarOffsets() {
        let result = Tokenizer.tokens(in: Array("é x".unicodeScalars))
        #expect(result.map(\.range) == [0..<1, 2..<3])
    }
}
