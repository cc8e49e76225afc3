@testable import ArticleModel
import Testing

@Suite("Quotation marks by their bytes")
struct QuoteMarksTests {
    @Test("the three double marks, and nothing that only starts like one")
    func doubleMarks() {
        #expect(["\"", "\u{201C}", "\u{201D}"].allSatisfy(QuoteMarks.isDouble))
        #expect(!["", "'", "\u{2019}", "\u{2014}", "\"a", "\u{201C}\u{201C}", "a", "\u{2026}"].contains(where: QuoteMarks.isDouble))
        #expect(QuoteMarks.isOpeningDouble("\u{201C}") && QuoteMarks.isOpeningDouble("\"") && !QuoteMarks.isOpeningDouble("\u{201D}"))
        #expect(QuoteMarks.isLeftDouble("\u{201C}") && !QuoteMarks.isLeftDouble("\""))
        #expect(QuoteMarks.isRightDouble("\u{201D}") && !QuoteMarks.isRightDouble("\u{201C}"))
    }

    @Test("apostrophes, single marks and the opening set")
    func singleMarks() {
        #expect(QuoteMarks.isApostrophe("'") && QuoteMarks.isApostrophe("\u{2019}") && !QuoteMarks.isApostrophe("\u{2018}"))
        #expect(["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"].allSatisfy(QuoteMarks.isAny))
        #expect(["\"", "\u{201C}", "'", "\u{2018}"].allSatisfy(QuoteMarks.isOpening))
        #expect(!["\u{201D}", "\u{2019}", "s", "'s"].contains(where: QuoteMarks.isOpening))
    }
}
