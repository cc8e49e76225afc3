import TerminalCore

/// Text drawn a character at a time onto one row, sent to the grid a run at a time: characters
/// of one style are collected and drawn with a single `put` when the style changes.
struct StyledRun {
    private var x: Int
    private let y: Int
    private let clip: Rect
    private var text = ""
    private var style = Style.plain

    init(x: Int, y: Int, clip: Rect) {
        self.x = x
        self.y = y
        self.clip = clip
    }

    mutating func append(_ character: Character, style: Style, to grid: inout CellGrid) {
        if style != self.style { finish(on: &grid) }
        self.style = style
        text.append(character)
    }

    /// Draws what is collected.
    mutating func finish(on grid: inout CellGrid) {
        guard !text.isEmpty else { return }
        x = grid.put(text, x: x, y: y, style: style, clip: clip)
        text = ""
    }
}
