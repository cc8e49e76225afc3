import Testing
@testable import ArticleModel

@Suite("Phrase tables")
struct PhraseTableTests {
    static let phrases = [["prime", "minister"], ["foreign", "minister"], ["prime"], ["prime", "minister", "of", "state"], ["prime", "mover"], [], ["envoy"]]

    @Test("A word's candidates are its phrases, longest first and otherwise as given")
    func candidatesAreLongestFirst() {
        let (table, order) = PhraseTable.build(Self.phrases)
        #expect(table.count == 6)
        #expect(table.candidates(startingWith: "prime").map { Array(table.phrase($0)) }
                == [["prime", "minister", "of", "state"], ["prime", "minister"], ["prime", "mover"], ["prime"]])
        #expect(table.candidates(startingWith: "prime").map { order[$0] } == [3, 0, 4, 2])
        #expect(table.candidates(startingWith: "foreign").map { order[$0] } == [1])
        #expect(table.candidates(startingWith: "minister").isEmpty)
        #expect(table.candidates(startingWith: "").isEmpty)
        #expect(Set(table.phrases.map(Array.init)) == Set(Self.phrases.filter { !$0.isEmpty }))
    }

    @Test("A phrase matches only where all its words are there, within the text")
    func matchesNeedEveryWord() {
        let table = PhraseTable(Self.phrases)
        let text = ["the", "prime", "minister", "of"]
        let matching = table.candidates(startingWith: "prime").filter { table.matches($0, text, at: 1) }
        #expect(matching.map { Array(table.phrase($0)) } == [["prime", "minister"], ["prime"]])
        #expect(!table.candidates(startingWith: "prime").contains { table.matches($0, text, at: 0) })
        #expect(!table.candidates(startingWith: "prime").contains { table.matches($0, ["prime"], at: 5) })
    }

    @Test("Thousands of first words are all found, and a rebuilt table from its arrays is equal")
    func largeTablesFindEveryPhrase() {
        let phrases = (0..<5_000).map { ["w\($0)", "x"] }
        let table = PhraseTable(phrases)
        #expect(phrases.allSatisfy { phrase in table.candidates(startingWith: phrase[0]).map { Array(table.phrase($0)) } == [phrase] })
        #expect(!(5_000..<10_000).contains { !table.candidates(startingWith: "w\($0)").isEmpty })
        let copy = PhraseTable(words: table.words, wordStarts: table.wordStarts, slots: table.slots, runStarts: table.runStarts, runEnds: table.runEnds)
        #expect(copy == table)
    }
}
