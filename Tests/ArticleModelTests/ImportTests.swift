import Testing
@testable import ArticleModel

@Suite("Decoding")
struct DecodingTests {
    @Test func validUTF8IsKept() throws {
        let (text, encoding) = try TextDecoding.decode(Array("Zürich £5".utf8))
        #expect(text == "Zürich £5")
        #expect(encoding == .utf8)
    }

    @Test func invalidUTF8FallsBackToWindows1252ForTheWholeFile() throws {
        // 0xA3 is a Latin-1 pound sign; 0x93/0x94 are Windows-1252 curly quotes; é is valid UTF-8 elsewhere but not here.
        let (text, encoding) = try TextDecoding.decode([0x43, 0x6F, 0x73, 0x74, 0x20, 0xA3, 0x35, 0x20, 0x93, 0x6F, 0x6B, 0x94])
        #expect(text == "Cost £5 \u{201C}ok\u{201D}")
        #expect(encoding == .windows1252)
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41]).text == "A")
    }

    @Test func binaryDataIsRefused() {
        #expect(throws: ImportError.binary) { try TextDecoding.decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x01]) }
        #expect(throws: ImportError.binary) { try TextDecoding.decode([UInt8](repeating: 0x01, count: 100)) }
    }

    @Test func entitiesAreDecoded() {
        #expect(HTMLEntities.decode("communiqu&#233; &amp; caf&#xE9; &#8220;x&#8221; &unknown; &#99999999;") == "communiqué & café \u{201C}x\u{201D} &unknown; \u{FFFD}")
        #expect(HTMLEntities.decode("&#150;") == "\u{2013}")
        #expect(HTMLEntities.decode("AT&T and R&D;") == "AT&T and R&D;")
    }
}

@Suite("Plain-text layout")
struct PlainTextLayoutTests {
    @Test func titleParagraphsAndJoinedLines() {
        let layout = PlainTextLayout(parsing: "\n\nTitle here\n\nFirst line\nwraps on.\n\n\nSecond\tparagraph  with   spaces.")
        #expect(layout.title == "Title here")
        #expect(layout.paragraphs == ["First line wraps on.", "Second paragraph with spaces."])
        #expect(layout.captions.isEmpty)
    }

    @Test func crlfAndMissingFinalNewline() {
        let layout = PlainTextLayout(parsing: "T\r\n\r\nOne.\r\n\r\nTwo.")
        #expect(layout.paragraphs == ["One.", "Two."])
    }

    @Test func captionsAreSetApartEvenWithoutBlankLines() {
        let text = """
            Headline

            A minister at a podium. Image copyright Getty Images
            Image caption The minister spoke for an hour
            Body text starts here.
            """
        let layout = PlainTextLayout(parsing: text)
        #expect(layout.captions == ["A minister at a podium. Image copyright Getty Images", "Image caption The minister spoke for an hour"])
        #expect(layout.paragraphs == ["Body text starts here."])
    }

    @Test func otherCreditPatternsAreCaptions() {
        for line in ["Photo: Jane Doe", "Protesters gather (Getty Images)", "Picture: Reuters", "Media caption The vote in full"] {
            #expect(PlainTextLayout(parsing: "T\n\n\(line)\n\nBody.").captions == [line])
        }
    }

    @Test func trailingFurnitureIsDropped() {
        let text = """
            Title

            The story ends here.

            More on this story

            Related Internet links

            Some related headline

            The BBC is not responsible for the content of external Internet sites
            """
        #expect(PlainTextLayout(parsing: text).paragraphs == ["The story ends here."])
    }

    @Test func furnitureWordsInsideTheStoryStay() {
        let text = "Title\n\nShare this: the phrase appears in a sentence.\n\nRelated topics were discussed at length by ministers."
        #expect(PlainTextLayout(parsing: text).paragraphs.count == 2)
    }

    @Test func shortBodyLinesWithoutAFurnitureHeadingStay() {
        let text = "Title\n\nBody sentence.\n\nA short last line"
        #expect(PlainTextLayout(parsing: text).paragraphs == ["Body sentence.", "A short last line"])
    }
}

@Suite("Article reader")
struct ArticleReaderTests {
    @Test func emptyAndBlankFilesAreRefused() {
        #expect(throws: ImportError.empty) { try ArticleReader().read(bytes: [UInt8](), source: "x") }
        #expect(throws: ImportError.empty) { try ArticleReader().read(bytes: Array(" \n\t\n".utf8), source: "x") }
    }

    @Test func bodyOffsetsMapBackToTheText() throws {
        let article = try ArticleReader().read(text: "Title\n\nFrance backs the plan.\n\nRussia rejects it.", source: "t")
        #expect(article.text == "France backs the plan.\n\nRussia rejects it.")
        #expect(article.paragraphs == [0..<22, 24..<42])
        for actor in article.actors {
            for mention in actor.mentions {
                #expect(article.substring(mention.range) == mention.text)
            }
        }
        #expect(article.sentences.map { article.substring($0.range) } == ["France backs the plan.", "Russia rejects it."])
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let article = try ArticleReader().read(text: "T\n\nCafé e\u{301} talk: Germany backs the deal.", source: "t")
        let germany = try #require(article.actor(id: "germany"))
        #expect(germany.mentions[0].range == 14..<21)
        #expect(article.substring(germany.mentions[0].range) == "Germany")
    }

    @Test func titleOnlyArticleHasNoBody() throws {
        let article = try ArticleReader().read(text: "Just a title\n", source: "t")
        #expect(article.title == "Just a title")
        #expect(article.text == "")
        #expect(article.sentences.isEmpty)
    }
}
