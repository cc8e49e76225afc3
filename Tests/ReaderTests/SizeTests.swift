import Testing
import TerminalCore
@testable import Reader

@Suite("Any size")
struct SizeTests {
    static let sizes: [(Int, Int)] = [(20, 5), (40, 10), (59, 15), (60, 16), (79, 23), (80, 24), (99, 30), (100, 30), (120, 40), (200, 50), (300, 100), (1, 1), (0, 0)]

    @Test("Every size from 20x5 to 300x100 renders a full grid without crashing", arguments: sizes)
    func rendersAtSize(width: Int, height: Int) throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing, Fixtures.long], size: Size(width: width, height: height))
        for keys in [["Enter"], ["z"], ["Tab", "Tab", "Enter"], ["?"], ["/", "d"], ["G"]] {
            for key in keys { reader.press(key) }
            let screen = reader.screen
            #expect(screen.size == Size(width: max(0, width), height: max(0, height)))
            #expect(screen.cells.count == max(0, width) * max(0, height))
        }
        if width >= 60 && height >= 16 {
            #expect(!reader.screen.text.contains("terminal too small"))
        } else if width >= 20 && height > 0 {
            #expect(reader.rows[0].hasPrefix("terminal too small"))
        }
    }

    @Test("Wide and combining characters keep the panes aligned")
    func wideCharacters() throws {
        let text = "中文 headline über die Lage 🇫🇷\n\nFrance backs the plan 世界 with café e\u{301} 👨‍👩‍👧 families. Russia rejects the plan 中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文.\n"
        let reader = try ReaderHarness(articles: [text], size: Size(width: 80, height: 24))
        let screen = reader.screen
        // The separator column stays at the same column on every row of the top panes.
        let column = try #require((0..<80).first { screen[$0, 0].text == "│" })
        for row in 0..<14 {
            #expect(screen[column, row].text == "│", "row \(row) shifted")
        }
        // No wide character is split at the pane edge: the cell before the separator is never a lone half.
        for row in 0..<14 where screen[column - 1, row].isContinuation {
            #expect(DisplayWidth.of(screen[column - 2, row].text) == 2)
        }
    }
}
