import Testing
import TestSupport
@testable import Reader

@Suite("Word wrap")
struct WrapTests {
    @Test func asciiParagraphWrapsAtWordsAndBreaksLongWords() {
        let lines = ArticleLayout.wrap("Norway backs the deal  firmly; Supercalifragilistic", width: 10)
        #expect(lines.map(\.text) == ["Norway", "backs the", "deal", "firmly;", "Supercalif", "ragilistic"])
        #expect(lines.map(\.scalars) == [0..<6, 7..<16, 17..<21, 23..<30, 31..<41, 41..<51])
    }

    @Test("The ASCII fast path wraps exactly like the character path", arguments: 1...24)
    func asciiFastPathMatchesCharacterPath(width: Int) {
        var generator = SplitMix(seed: UInt64(width))
        for _ in 0..<200 {
            let length = Int(generator.next() % 120)
            let text = String((0..<length).map { _ -> Character in
                let roll = generator.next() % 10
                return roll < 3 ? " " : Character(UnicodeScalar(UInt8(0x21 + generator.next() % 94)))
            })
            let fast = ArticleLayout.wrapASCII(text, width: width)
            let slow = ArticleLayout.wrapCharacters(text, width: width)
            #expect(fast.map(\.text) == slow.map(\.text), "\(text)")
            #expect(fast.map(\.scalars) == slow.map(\.scalars), "\(text)")
        }
    }
}
