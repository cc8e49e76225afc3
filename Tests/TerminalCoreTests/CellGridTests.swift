import Testing
@testable import TerminalCore

@Suite("Cell grid")
struct CellGridTests {
    @Test func putWritesTextAndReturnsNextColumn() {
        var grid = CellGrid(size: Size(width: 10, height: 2))
        let end = grid.put("hello", x: 2, y: 1)
        #expect(end == 7)
        #expect(grid.lines == ["", "  hello"])
    }

    @Test func textIsClippedAtTheRightEdge() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("abcdefghij", x: 0, y: 0)
        #expect(grid.text == "abcdef")
        var clipped = CellGrid(size: Size(width: 8, height: 1))
        clipped.put("abcdef", x: 1, y: 0, clip: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(clipped.text == " abc")
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var grid = CellGrid(size: Size(width: 5, height: 1))
        let end = grid.put("中文字", x: 0, y: 0)
        #expect(end == 4)  // the third character would need columns 4 and 5
        #expect(grid.text == "中文")
        #expect(grid[1, 0].isContinuation)
        #expect(grid[4, 0].text == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(size: Size(width: 4, height: 1))
        grid.put("中", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.rowText(0) == " x  ")
        #expect(!grid[1, 0].isContinuation)
    }

    @Test func combiningMarksStayWithTheirBase() {
        var grid = CellGrid(size: Size(width: 4, height: 1))
        grid.put("e\u{301}x", x: 0, y: 0)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test func controlCharactersAreDrawnAsDimPlaceholders() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("a\u{1B}b", x: 0, y: 0)
        #expect(grid.text == "a^[b")
        #expect(grid[1, 0].style.attributes.contains(.dim))
        #expect(!grid[0, 0].style.attributes.contains(.dim))
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func restyleChangesOnlyTheRect() {
        var grid = CellGrid(size: Size(width: 3, height: 2))
        grid.restyle(Rect(x: 1, y: 1, width: 5, height: 1)) { $0.attributes.insert(.reverse) }
        #expect(grid[1, 1].style.attributes == .reverse)
        #expect(grid[2, 1].style.attributes == .reverse)
        #expect(grid[0, 1].style.attributes == [])
        #expect(grid[1, 0].style.attributes == [])
    }
}

@Suite("Keys")
struct KeyTests {
    @Test func namesRoundTrip() {
        for key: Key in [.enter, .tab, .backTab, .escape, .pageDown, .control("l"), .character("j"), .character(" "), .function(5)] {
            #expect(Key(name: key.description) == key)
        }
        #expect(Key(name: "nonsense") == nil)
    }
}
