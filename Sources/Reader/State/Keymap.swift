import ArticleModel
import TerminalCore

/// What a key asks for, named after the user's intent.
public enum Command: Sendable, Equatable {
    case quit, toggleHelp, focusNext, focusPrevious
    case down, up, left, right, pageDown, pageUp, top, bottom
    case startSearch, nextMatch, previousMatch
    case nextMention, previousMention, nextActor, previousActor, selectActor(Int)
    case activate, back, repaint, toggleZoom, toggleZoomColours, showPosition, explainCell, toggleStanceSentences, toggleGrouping
    case showAddress, reload
    case toggleRead, toggleFlag, cycleGrouping, refreshAllFeeds
    /// The analyst decides the selected matrix cell: this polarity, or no stance (nil).
    case setCell(Polarity?)
    case acrossMatrix, timeline
    /// The stance shown by the chosen evidence sentence is wrong.
    case rejectStance
    /// Rename the selected actor (actors pane) or issue (matrix), across the library.
    case rename
    /// Add a stance from the selected sentence: actor, issue and polarity are asked for in turn.
    case addStance
    /// Merge the selected actor (actors pane) or issue (matrix) into another, across the library.
    case merge
    /// Set the selected actor's kind, or its affiliation, across the library.
    case setKind, setAffiliation
}

/// The keys, as data: the reader, the help overlay and the README all read this one table.
public enum Keymap {
    /// One line of the help: the keys and what they do.
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
        public var help: String
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.character("q")], command: .quit, help: "quit"),
        Binding(keys: [.character("?")], command: .toggleHelp, help: "show or hide this help"),
        Binding(keys: [.tab], command: .focusNext, help: "focus the next pane"),
        Binding(keys: [.backTab], command: .focusPrevious, help: "focus the previous pane"),
        Binding(keys: [.character("j"), .down], command: .down, help: "scroll down / next item"),
        Binding(keys: [.character("k"), .up], command: .up, help: "scroll up / previous item"),
        Binding(keys: [.character("h"), .left], command: .left, help: "matrix: previous issue"),
        Binding(keys: [.character("l"), .right], command: .right, help: "matrix: next issue"),
        Binding(keys: [.character(" "), .pageDown, .control("f")], command: .pageDown, help: "page down"),
        Binding(keys: [.character("b"), .pageUp, .control("b")], command: .pageUp, help: "page up"),
        Binding(keys: [.character("g"), .home], command: .top, help: "go to the top"),
        Binding(keys: [.character("G"), .end], command: .bottom, help: "go to the bottom"),
        Binding(keys: [.character("/")], command: .startSearch, help: "search the article / the whole library"),
        Binding(keys: [.character("n")], command: .nextMatch, help: "next search match"),
        Binding(keys: [.character("N")], command: .previousMatch, help: "previous search match"),
        Binding(keys: [.character("]")], command: .nextMention, help: "next mention of the selected actor"),
        Binding(keys: [.character("[")], command: .previousMention, help: "previous mention of the selected actor"),
        Binding(keys: [.character("}")], command: .nextActor, help: "select the next actor"),
        Binding(keys: [.character("{")], command: .previousActor, help: "select the previous actor"),
        Binding(keys: (1...9).map { .character(Character(String($0))) }, command: .selectActor(0), help: "select the actor with that rank"),
        Binding(keys: [.enter], command: .activate, help: "open article / list a cell's evidence / jump to it"),
        Binding(keys: [.character("e")], command: .explainCell, help: "matrix: explain the selected cell"),
        Binding(keys: [.character("s")], command: .toggleStanceSentences, help: "underline sentences that carry a stance"),
        Binding(keys: [.character("a")], command: .toggleGrouping, help: "actors: group people under their affiliation"),
        Binding(keys: [.character("z")], command: .toggleZoom, help: "zoom the article to the full screen, the selected actor coloured"),
        Binding(keys: [.character("m")], command: .toggleZoomColours, help: "zoomed: colour every actor's mentions, or the selected one's"),
        Binding(keys: [.character("="), .control("g")], command: .showPosition, help: "show the title and the lines on screen"),
        Binding(keys: [.character("o")], command: .showAddress, help: "show the article's web address (copied where the terminal allows)"),
        Binding(keys: [.character("+")], command: .setCell(.support), help: "matrix: correct the selected cell to support"),
        Binding(keys: [.character("-")], command: .setCell(.oppose), help: "matrix: correct the selected cell to oppose"),
        Binding(keys: [.character("0")], command: .setCell(.neutral), help: "matrix: correct the selected cell to neutral"),
        Binding(keys: [.character("x")], command: .setCell(nil), help: "matrix: correct the selected cell to no stance"),
        Binding(keys: [.character("d")], command: .rejectStance, help: "matrix: reject the stance of the chosen evidence sentence"),
        Binding(keys: [.character("c")], command: .rename, help: "rename the selected actor (actors pane) or issue (matrix) across the library"),
        Binding(keys: [.character("A")], command: .addStance, help: "article: add a stance from the selected sentence (actor, issue, + - 0)"),
        Binding(keys: [.character("J")], command: .merge, help: "merge the selected actor (actors pane) or issue (matrix) into another"),
        Binding(keys: [.character("K")], command: .setKind, help: "actors: set the selected actor's kind"),
        Binding(keys: [.character("F")], command: .setAffiliation, help: "actors: set whom the selected actor speaks for (empty clears)"),
        Binding(keys: [.character("u")], command: .toggleRead, help: "library: mark read or unread; article: undo the last correction"),
        Binding(keys: [.character("f")], command: .toggleFlag, help: "library: flag or unflag"),
        Binding(keys: [.character("v")], command: .cycleGrouping, help: "library: by date, by feed, by tag"),
        Binding(keys: [.character("r")], command: .reload, help: "library: fetch again the feeds and pages opened by URL, or the selected article's feed"),
        Binding(keys: [.character("R")], command: .refreshAllFeeds, help: "library: refresh every feed"),
        Binding(keys: [.character("M")], command: .acrossMatrix, help: "library: the matrix across the listed articles"),
        Binding(keys: [.character("t")], command: .timeline, help: "across: the selected actor's articles over time"),
        Binding(keys: [.escape, .backspace], command: .back, help: "close the evidence list / clear the search / back to the library"),
        Binding(keys: [.control("l")], command: .repaint, help: "repaint the screen"),
    ]

    /// The command for a key, if any.
    public static func command(for key: Key) -> Command? {
        if case .character(let character) = key, let digit = character.wholeNumberValue, (1...9).contains(digit) {
            return .selectActor(digit)
        }
        return bindings.first { $0.keys.contains(key) }?.command
    }

    /// The keys of a binding as shown to people: "j Down", "1-9".
    public static func keyNames(_ binding: Binding) -> String {
        if case .selectActor = binding.command { return "1-9" }
        return binding.keys.map(\.description).joined(separator: " ")
    }
}
