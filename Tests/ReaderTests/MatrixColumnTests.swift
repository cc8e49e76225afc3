import Testing
import TerminalCore
@testable import Reader

/// The matrix's columns must be told apart: labels when they fit whole, numbers with a legend
/// of full labels when they would be cut.
@Suite("Matrix columns")
struct MatrixColumnTests {
    @Test("At 100x30 the columns are numbered and the legend lists them under the grid")
    func numberedUnderTheGrid() throws {
        let reader = try ReaderHarness(articles: [Fixtures.council], size: Size(width: 100, height: 30))
        reader.press("Tab")
        reader.press("Tab")
        #expect(reader.rows(x: 59, width: 41, from: 11, count: 15) == [
            "│ Stances 5 actors x 7 issues",
            "│          1  2  3  4  5  6  7",
            "│ Finland  ·  ·  -  ·  ·  -  -",
            "│ Iceland  ·  ·  +  +  +  ·  ·",
            "│ Sweden   -  +  ·  ·  ·  ·  ·",
            "│ Norway   +  ·  ·  ·  ·  ·  ·",
            "│ Denmark  ·  +  ·  ·  ·  ·  ·",
            "│ 1 resolution",
            "│ 2 presidential statement",
            "│ 3 naval blockade",
            "│ 4 arms embargo",
            "│ 5 ceasefire",
            "│ 6 sanctions",
            "│ 7 peace talks",
            "│",
        ])
        // The selected column's number and legend line stand out.
        let theme = reader.app.theme
        #expect(reader.screen[70, 12].text == "1")
        #expect(reader.screen[70, 12].style == theme[.title])
        #expect(reader.screen[63, 18].style == theme[.title])
        reader.press("l")
        #expect(reader.screen[70, 12].style == theme[.muted])
        #expect(reader.screen[63, 19].style == theme[.title])
        #expect(reader.rows(x: 59, width: 41, from: 26, count: 1) == ["│ Finland takes no stance on presidential"])
    }

    @Test("At 80x24 the legend stands beside the grid and follows the selected column")
    func legendBesideTheGrid() throws {
        let reader = try ReaderHarness(articles: [Fixtures.council], size: Size(width: 80, height: 24))
        #expect(Array(reader.rows[14...19]) == [
            " Stances 5 actors x 7 issues",
            "          1  2  3  4  5  6  7    1 resolution",
            " Finland  ·  ·  -  ·  ·  -  -    2 presidential statement",
            " Iceland  ·  ·  +  +  +  ·  ·    3 naval blockade",
            " Sweden   -  +  ·  ·  ·  ·  ·    4 arms embargo",
            " Norway   +  ·  ·  ·  ·  ·  ·    5 ceasefire",
        ])
        reader.press("Tab")
        reader.press("Tab")
        for _ in 0..<6 { reader.press("l") }
        #expect(Array(reader.rows[15...20]) == [
            "          1  2  3  4  5  6  7    3 naval blockade",
            " Finland  ·  ·  -  ·  ·  -  -    4 arms embargo",
            " Iceland  ·  ·  +  +  +  ·  ·    5 ceasefire",
            " Sweden   -  +  ·  ·  ·  ·  ·    6 sanctions",
            " Norway   +  ·  ·  ·  ·  ·  ·    7 peace talks",
            " Finland opposes peace talks",
        ])
    }

    @Test("Labels that fit whole are shown as they are")
    func labelsWhenTheyFit() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        #expect(reader.rows[15] == "         deal        compromise")
    }
}
