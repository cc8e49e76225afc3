import Foundation
import Testing
import TerminalCore
@testable import Reader

@Suite("Article view screens")
struct ArticleScreenTests {
    @Test("Three panes at 80x24")
    func threePanesAt80x24() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        #expect(reader.rows == [
            " Article                                               │ Actors 5",
            " Ministers split over fishing deal                     │ C 2 Norway",
            "                                                       │ C 2 Sweden",
            " Norway backs the fishing deal. Sweden rejects the     │ C 2 Denmark",
            " deal, and Finland does not want any deal.             │ C 1 Finland",
            "                                                       │ C 1 Iceland",
            " Denmark, with the backing of Iceland, is pushing for  │",
            " a compromise. Sweden also opposes the compromise.     │",
            "                                                       │",
            " Norway and Denmark met in Bergen. The talks will      │",
            " resume.                                               │",
            "                                                       │",
            "                                                       │",
            "                                                       │",
            " Stances 5 actors x 2 issues",
            "         deal        compromise",
            " Sweden   -           -",
            " Norway   +           ·",
            " Denmark  ·           +",
            " Finland  -           ·",
            " Sweden opposes fishing deal",
            " Sweden rejects the deal, and Finland does not want any deal.",
            "",
            " Ministers split over fishing deal  [article]                       all  ? help",
        ])
    }

    @Test("At 120x40 the actors and the matrix share the right-hand column")
    func wideLayout() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 120, height: 40))
        #expect(reader.rows(x: 71, width: 49, count: 24) == [
            "│ Actors 5",
            "│ C 2 Norway",
            "│ C 2 Sweden",
            "│ C 2 Denmark",
            "│ C 1 Finland",
            "│ C 1 Iceland",
            "│",
            "│",
            "│",
            "│",
            "│",
            "│",
            "│",
            "│",
            "│",
            "│ Stances 5 actors x 2 issues",
            "│         deal        compromise",
            "│ Sweden   -           -",
            "│ Norway   +           ·",
            "│ Denmark  ·           +",
            "│ Finland  -           ·",
            "│ Iceland  ·           +",
            "│",
            "│ Sweden opposes fishing deal",
        ])
        #expect(reader.rows[3] == " Norway backs the fishing deal. Sweden rejects the deal, and Finland   │ C 2 Denmark")
    }

    @Test("Mentions are drawn in their actor's colour, the selected actor's emphasised")
    func mentionColours() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        let theme = reader.app.theme
        let screen = reader.screen
        // Row 3: " Norway backs the fishing deal. Sweden rejects the"
        #expect(screen[1, 3].style.foreground == theme.actorStyle(rank: 0).foreground)
        #expect(screen[1, 3].style.attributes.contains(.underline))  // Norway is selected
        #expect(screen[32, 3].text == "S")
        #expect(screen[32, 3].style.foreground == theme.actorStyle(rank: 1).foreground)
        #expect(!screen[32, 3].style.attributes.contains(.underline))
        #expect(screen[8, 3].style == theme[.text])
    }

    @Test("] and [ jump between mentions of the selected actor")
    func mentionJumps() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("2")  // Sweden
        reader.press("]")
        #expect(reader.rows[23] == " Sweden: mention 1 of 2                                             all  ? help")
        #expect(reader.screen[32, 3].style.attributes.contains(.reverse))
        reader.press("]")
        #expect(reader.rows[23].hasPrefix(" Sweden: mention 2 of 2"))
        #expect(reader.screen[15, 7].text == "S")
        #expect(reader.screen[15, 7].style.attributes.contains(.reverse))
        #expect(!reader.screen[32, 3].style.attributes.contains(.reverse))
        reader.press("]")
        #expect(reader.rows[23].hasPrefix(" Last mention of Sweden passed: back to the first"))
        reader.press("[")
        #expect(reader.rows[23].hasPrefix(" First mention of Sweden passed: on to the last"))
    }

    @Test("Tab and Shift-Tab move focus between the panes")
    func focusCycle() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        let focused = reader.app.theme[.paneTitleFocused]
        #expect(reader.screen[1, 0].style == focused)
        reader.press("Tab")
        #expect(reader.rows[23] == " Ministers split over fishing deal  [actors]                        all  ? help")
        #expect(reader.screen[57, 0].style == focused)
        #expect(reader.screen[1, 0].style != focused)
        reader.press("Tab")
        #expect(reader.rows[23].contains("[matrix]"))
        #expect(reader.screen[1, 14].style == focused)
        reader.press("Tab")
        #expect(reader.rows[23].contains("[article]"))
        reader.press("Shift-Tab")
        #expect(reader.rows[23].contains("[matrix]"))
    }

    @Test("Moving the actor selection in the actors pane")
    func actorSelection() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("Tab", "j", "j")
        #expect(reader.app.state.view?.selectedActor == 2)
        #expect(reader.screen[57, 3].style.attributes.contains(.reverse))
        reader.press("G")
        #expect(reader.app.state.view?.selectedActor == 4)
        reader.press("{")
        #expect(reader.app.state.view?.selectedActor == 3)
        reader.press("}", "}")
        #expect(reader.app.state.view?.selectedActor == 0)
        reader.press("9")
        #expect(reader.rows[23].hasPrefix(" No actor ranked 9: this article has 5"))
    }

    @Test("Matrix: arrows move between cells; Enter jumps to the evidence; e explains")
    func matrixNavigation() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("Tab", "Tab", "Right")
        #expect(reader.rows[20] == " Sweden opposes compromise")
        #expect(reader.rows[21] == " Sweden also opposes the compromise.")
        reader.press("Down", "Down")
        #expect(reader.rows[20] == " Denmark supports compromise")
        reader.press("Enter")
        #expect(reader.rows[23].hasPrefix(" 1 evidence sentence: j/k choose, Enter jumps, Esc closes"))
        #expect(reader.rows[21] == "▸Denmark, with the backing of Iceland, is pushing for a compromise.")
        #expect(reader.screen[1, 21].style.attributes.contains(.reverse))
        reader.press("Enter")
        #expect(reader.rows[23].hasPrefix(" Evidence 1 of 1"))
        // The evidence sentence is highlighted in the article.
        #expect(reader.screen[1, 6].text == "D")
        #expect(reader.screen[1, 6].style.attributes.contains(.reverse))
        reader.press("Esc", "e")
        #expect(reader.app.state.message == "Denmark on compromise - support: rule subject+backing, cue \"is pushing for\"")
        #expect(reader.rows[23].hasPrefix(" Denmark on compromise - support: rule subject+backing, cue"))
        reader.press("Left", "Up")
        #expect(reader.rows[20] == " Norway supports fishing deal")
        reader.press("Down")
        reader.press("Enter")
        #expect(reader.rows[23].hasPrefix(" No stance in this cell"))
    }

    @Test("/ searches, n and N step through matches, Esc clears")
    func search() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("/")
        reader.type("deal")
        #expect(reader.rows[23] == "/deal")
        reader.press("Enter")
        #expect(reader.rows[23].hasPrefix(" Match 1 of 3 for \"deal\""))
        let match = reader.app.theme[.searchMatch]
        #expect(reader.screen[26, 3].style.background == match.background)
        #expect(reader.screen[26, 3].style.attributes.contains(.reverse))  // the current match
        reader.press("n")
        #expect(reader.rows[23].hasPrefix(" Match 2 of 3"))
        reader.press("N", "N")
        #expect(reader.rows[23].hasPrefix(" Search hit TOP, continuing at BOTTOM"))
        reader.press("Esc")
        #expect(reader.app.state.view?.search == nil)
        reader.press("/")
        reader.type("zebra")
        reader.press("Enter")
        #expect(reader.rows[23].hasPrefix(" Pattern not found: zebra"))
    }

    @Test("Scrolling a long article: j, Space, G, g and the position")
    func scrolling() throws {
        let reader = try ReaderHarness(articles: [Fixtures.long], size: Size(width: 80, height: 24))
        #expect(reader.rows[23].hasSuffix(" top  ? help"))
        reader.press("j")
        #expect(reader.rows[1] == "                                                       │ C 40 Brazil")
        reader.press("Space")
        #expect(reader.app.state.view?.scroll == 13)
        reader.press("G")
        #expect(reader.rows[23].hasSuffix(" end  ? help"))
        #expect(reader.rows[13].hasPrefix(" Argentina rejects the plan."))
        reader.press("g")
        #expect(reader.app.state.view?.scroll == 0)
        reader.press("b")
        #expect(reader.app.state.view?.scroll == 0)
    }

    @Test("Resizing redraws for the new size, down to a one-line notice")
    func resize() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.resize(120, 40)
        #expect(reader.rows.count == 40)
        #expect(reader.rows[0].hasSuffix("│ Actors 5"))
        #expect(reader.rows[0].count == 81)
        reader.resize(50, 10)
        #expect(reader.rows == ["terminal too small (need 60x16)"] + Array(repeating: "", count: 9))
        reader.resize(80, 24)
        let fresh = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        #expect(reader.screen == fresh.screen)
    }

    @Test("? opens the help and ? or Esc closes it; q quits; Ctrl-L repaints")
    func helpAndQuit() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("?")
        #expect(reader.rows.contains { $0.contains("┌ Parley keys ─") })
        #expect(reader.rows.contains { $0.contains("]               next mention of the selected actor") })
        #expect(reader.rows.contains { $0.contains("-- j/k scroll, ? or Esc closes --") })
        reader.press("G")
        #expect(reader.rows.contains { $0.contains("Matrix: + support  - oppose  ± mixed  = neutral  · no stance") })
        #expect(reader.app.state.view?.scroll == 0)  // keys do not reach the panes under the help
        reader.press("?")
        #expect(!reader.rows.contains { $0.contains("Parley keys") })
        reader.press("?", "Esc")
        #expect(!reader.rows.contains { $0.contains("Parley keys") })
        #expect(reader.press("Ctrl-L") == .repaint)
        #expect(reader.press("q") == .quit)
    }

    @Test("z gives the article every row; the status line comes back only for a message")
    func zoom() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("z")
        #expect(reader.rows[0] == " Ministers split over fishing deal")
        #expect(reader.rows[2] == " Norway backs the fishing deal. Sweden rejects the deal, and Finland does not")
        #expect(reader.rows[23] == " Zoomed: z restores the panes, m colours all actors, = position     all  ? help")
        reader.press("j")  // the article fits: nothing scrolls, and the message goes
        #expect(reader.rows[0] == " Ministers split over fishing deal")
        #expect(reader.rows[23] == "")
        reader.press("=")
        #expect(reader.rows[23] == " Ministers split over fishing deal: lines 1-9 of 9                  all  ? help")
        reader.press("Tab")  // one pane only: focus stays on the article
        #expect(reader.app.state.view?.focus == .article)
        reader.press("z")
        #expect(reader.rows[0].hasSuffix("│ Actors 5"))
        #expect(reader.rows[23].hasPrefix(" Ministers split over fishing deal  [article]"))
    }

    @Test("Zoomed, only the selected actor is coloured until m asks for every actor")
    func zoomColours() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        let theme = reader.app.theme
        reader.press("m")
        #expect(reader.rows[23].hasPrefix(" m is for the zoomed view (z); the panes colour every actor"))
        reader.press("z")
        // Row 2: " Norway backs the fishing deal. Sweden rejects the deal, and Finland does not"
        // Norway, alone in colour, needs no emphasis to stand out.
        #expect(reader.screen[1, 2].style == theme.actorStyle(rank: 0))
        #expect(reader.screen[32, 2].text == "S")
        #expect(reader.screen[32, 2].style == theme[.text])
        reader.press("m")
        #expect(reader.rows[23].hasPrefix(" Colouring every actor's mentions"))
        #expect(reader.screen[32, 2].style.foreground == theme.actorStyle(rank: 1).foreground)
        #expect(reader.screen[1, 2].style.attributes.contains(.underline))
        reader.press("m")
        #expect(reader.rows[23].hasPrefix(" Colouring only Norway's mentions"))
        #expect(reader.screen[32, 2].style == theme[.text])
        reader.press("2")  // Sweden is selected: now its mentions are the coloured ones
        #expect(reader.screen[32, 2].style.foreground == theme.actorStyle(rank: 1).foreground)
        #expect(reader.screen[1, 2].style == theme[.text])
    }

    @Test("Zoomed, a jump never leaves its target under the message on the last row")
    func zoomJumpAvoidsLastRow() throws {
        var text = "A long story about Brazil\n\n"
        for index in 1...40 { text += "Filler paragraph number \(index) says nothing in particular.\n\n" }
        text += "Brazil signed the accord.\n"
        let reader = try ReaderHarness(articles: [text], size: Size(width: 80, height: 24))
        reader.press("z")
        // Scroll until the last paragraph, the only one naming Brazil on screen, is the bottom
        // row, where the jump's message goes.
        for _ in 0..<200 where !reader.rows[23].hasPrefix(" Brazil signed the accord.") { reader.press("j") }
        #expect(reader.rows[23].hasPrefix(" Brazil signed the accord."))
        reader.press("]")
        #expect(reader.rows[23].hasPrefix(" Brazil: mention 1 of 1"))
        let row = try #require(reader.rows.firstIndex { $0.hasPrefix(" Brazil signed the accord.") })
        #expect(row < 23)
    }

    @Test("a groups people under the actor they belong to")
    func grouping() throws {
        let text = "Talks on the deal\n\nFinnish President Anna Kovac met Norway. Norway backs the deal. Norwegian Foreign Minister Ingrid Berg spoke.\n"
        let reader = try ReaderHarness(articles: [text], size: Size(width: 100, height: 30))
        let before = reader.rows(x: 60, width: 40, count: 5)
        reader.press("a")
        let after = reader.rows(x: 60, width: 40, count: 5)
        #expect(before != after)
        #expect(after[1...3].map { $0.trimmingCharacters(in: .whitespaces) }.contains { $0.hasSuffix("Norway") })
        let norwayRow = try #require(after.firstIndex { $0.hasSuffix("Norway") })
        #expect(after[norwayRow + 1].contains("   Ingrid Berg"))
        #expect(!after[norwayRow + 1].contains(" - "))
        reader.press("Tab", "g", "j")
        #expect(reader.app.state.view.map { reader.app.state.entries[0].article.actors[$0.selectedActor].name } == reader.app.state.entries[0].article.actors[ActorOrder.rows(of: reader.app.state.entries[0].article, grouped: true)[1].actor!].name)
    }

    @Test("An unknown key says so and points to help")
    func unknownKey() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        reader.press("X")
        #expect(reader.rows[23].hasPrefix(" Unknown key X: press ? for help"))
    }

    @Test("s underlines the sentences that carry a stance")
    func stanceSentences() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        #expect(!reader.screen[9, 3].style.attributes.contains(.underline))
        reader.press("s")
        #expect(reader.screen[9, 3].style.attributes.contains(.underline))
        #expect(!reader.screen[12, 9].style.attributes.contains(.underline))  // "Norway and Denmark met in Bergen." has none
    }
}
