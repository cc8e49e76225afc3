import ArticleModel
import Corrections
import TerminalCore
import Testing
@testable import Reader

/// `J` merges actors or issues, `K` and `F` set an actor's kind and affiliation.
@Suite("Correction keys: merge, kind, affiliation")
struct ActorCorrectionKeysTests: CorrectionKeyTesting {
    @Test("J in the actors pane merges the selected actor into another named by Tab, name or rank")
    func mergeActors() throws {
        let (app, library) = try harness()
        press(app, "Tab", "j", "j", "j", "J")
        #expect(status(app) == "Merge Finland into (name or rank):")
        type(app, "Atlantis")
        press(app, "Enter")
        #expect(status(app) == " Not merged: no actor Atlantis in this article                 all  1/1  ? help")
        press(app, "J")
        type(app, "4")
        press(app, "Enter")
        #expect(status(app) == " Not merged: Finland is the same actor                         all  1/1  ? help")
        press(app, "J", "Tab", "Tab")
        #expect(status(app) == "Merge Finland into (name or rank): Sweden")
        press(app, "Enter")
        #expect(library.decisions.map(\.action) == [.mergeActors(actor: "finland", into: "sweden", intoName: "Sweden")])
        #expect(library.decisions.map(\.sentences) == [[]])
        let lines = app.render().lines
        #expect(Array(lines[1...5]).map { String($0.split(separator: "│").last ?? "") } == [" C 2 Norway", " C 3 Sweden", " C 2 Denmark", " C 1 Iceland", String(repeating: " ", count: 55)])
        #expect(matrix(app)[0...5] == [
            // Compromise now has as many actors as the deal and more stances: it comes first.
            " Stances 4 actors x 2 issues",
            "         compromise  deal",
            " Sweden   -           -",
            " Norway   ·           +",
            " Denmark  +           ·",
            " Iceland  +           ·",
        ])
        #expect(status(app) == " Merged Finland into Sweden everywhere (u undoes)              all  1/1  ? help")
        #expect(app.state.view?.selectedActor == 1)
        press(app, "u")
        #expect(status(app) == " Undone: merged finland into sweden                            all  1/1  ? help")
    }

    @Test("J in the matrix merges the selected issue into a column or a label")
    func mergeIssues() throws {
        let (app, library) = try harness()
        press(app, "Tab", "Tab", "l", "J")
        #expect(status(app) == "Merge issue compromise into (column or label):")
        type(app, "2")
        press(app, "Enter")
        #expect(status(app) == " Not merged: compromise is the same issue                      all  1/1  ? help")
        press(app, "J", "Tab")
        #expect(status(app) == "Merge issue compromise into (column or label): fishing deal")
        press(app, "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace")
        type(app, "1")
        press(app, "Enter")
        #expect(library.decisions.map(\.action) == [.mergeIssues(issue: anchor("compromise"), into: anchor("fishing deal"))])
        #expect(matrix(app)[0...6] == [
            " Stances 5 actors x 1 issue",
            "         deal",
            " Sweden   -",
            " Norway   +",
            " Denmark  +",
            " Finland  -",
            " Sweden opposes fishing deal",
        ])
        #expect(status(app) == " Merged compromise into fishing deal everywhere (u undoes)     all  1/1  ? help")
    }

    @Test("K sets the selected actor's kind with one key, the markers of the list; other keys leave the question open")
    func setKind() throws {
        let (app, library) = try harness()
        press(app, "K")
        #expect(status(app) == " K sets an actor's kind: Tab to the actors first               all  1/1  ? help")
        press(app, "Tab", "K")
        #expect(status(app) == "Kind of Norway: C country G govt P person O org B company Y party R group")
        press(app, "c")
        #expect(status(app) == " Kind unchanged: Norway is already a country                   all  1/1  ? help")
        press(app, "K", "z", "o")
        #expect(library.decisions.map(\.action) == [.setKind(actor: "norway", kind: .organisation)])
        #expect(app.render().lines[1].hasSuffix("│ O 2 Norway"))
        #expect(status(app) == " Norway's kind set to organisation everywhere (u undoes)       all  1/1  ? help")
        press(app, "K", "Esc")
        #expect(status(app) == " Kind unchanged                                                all  1/1  ? help")
    }

    @Test("F sets whom the selected actor speaks for, by name or rank; nothing clears it")
    func setAffiliation() throws {
        let (app, library) = try harness()
        press(app, "Tab", "F")
        #expect(status(app) == "Affiliation of Norway (name or rank; empty clears):")
        press(app, "Enter")
        #expect(status(app) == " Affiliation unchanged: Norway has none                        all  1/1  ? help")
        press(app, "F")
        type(app, "sweden")
        press(app, "Enter")
        #expect(library.decisions.map(\.action) == [.setAffiliation(actor: "norway", affiliation: "sweden")])
        #expect(app.render().lines[1].hasSuffix("│ C 2 Norway - Sweden"))
        #expect(status(app) == " Norway's affiliation set to Sweden everywhere (u undoes)      all  1/1  ? help")
        press(app, "F")
        type(app, "2")
        press(app, "Enter")
        #expect(status(app) == " Affiliation unchanged: Norway already speaks for Sweden       all  1/1  ? help")
        press(app, "F", "Enter")
        #expect(library.decisions.last?.action == .setAffiliation(actor: "norway", affiliation: nil))
        #expect(app.render().lines[1].hasSuffix("│ C 2 Norway"))
        #expect(status(app) == " Norway's affiliation cleared everywhere (u undoes)            all  1/1  ? help")
    }
}
