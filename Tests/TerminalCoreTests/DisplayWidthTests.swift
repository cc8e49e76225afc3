import Testing
@testable import TerminalCore

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII, Latin, CJK, combining and emoji widths", arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2),
        ("😀", 2), ("🇫🇷", 2), ("👨‍👩‍👧", 2), ("✔️", 2), ("\u{200B}", 0), ("\u{301}", 0),
    ])
    func width(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func stringWidthSumsCharacters() {
        #expect(DisplayWidth.of("Parley 中文") == 11)
    }
}

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test func controlCharactersBecomeVisiblePlaceholders() {
        #expect(TerminalSafeText.sanitized("a\u{1B}[31mb") == "a^[[31mb")
        #expect(TerminalSafeText.sanitized("x\u{7F}y") == "x^?y")
        #expect(TerminalSafeText.sanitized("\u{9B}2J") == "<9B>2J")
        #expect(TerminalSafeText.sanitized("bell\u{07}") == "bell^G")
        #expect(TerminalSafeText.sanitized("cr\rlf") == "cr^Mlf")
    }

    @Test func bidiOverridesAndInvisiblesAreDropped() {
        #expect(TerminalSafeText.sanitized("abc\u{202E}def\u{2066}g\u{200B}h") == "abcdefgh")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Łukasz Wróbel met 習近平 👍🏽 at the café"
        #expect(TerminalSafeText.sanitized(text) == text)
    }

    @Test func placeholdersAreMarked() {
        let pieces = TerminalSafeText.pieces(of: "a\u{1B}b")
        #expect(pieces.map(\.text) == ["a", "^[", "b"])
        #expect(pieces.map(\.isPlaceholder) == [false, true, false])
    }
}
