import Testing
@testable import ArticleModel

@Suite("Lexicon short forms")
struct LexiconShortFormTests {
    @Test("An entry's label abbreviation is its shortest capital alias, ties going to the first alphabetically")
    func shortFormIsShortestThenAlphabetical() throws {
        let lexicon = try Lexicon.bundled.merging(userTOML: """
            [[organisation]]
            id = "harbour-board"
            name = "Harbour Pilots Board"
            aliases = ["HPBX", "QZ", "QB", "Pilots"]
            """, path: "actors.toml")
        #expect(lexicon.shortForm(of: "harbour-board") == "QB")
        #expect(lexicon.shortForm(of: "united-nations") == "UN")
        #expect(lexicon.shortForm(of: "no-such-entry") == nil)
    }
}
