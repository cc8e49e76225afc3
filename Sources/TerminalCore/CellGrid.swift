/// An in-memory screen: a rectangle of cells that panes draw into and tests read back.
///
/// All text goes through `TerminalSafeText`, so nothing drawn here can carry a control
/// sequence to the terminal, and wide characters are never split at an edge.
public struct CellGrid: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, filling cell: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: cell, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        // Inlinable: curses reads every cell of every frame through this from another module.
        @inlinable get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    // MARK: - Drawing

    /// Fills `rect` (clipped to the grid) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                self[x, y] = Cell(text: " ", style: style)
            }
        }
    }

    /// Draws `text` from column `x` of row `y`, never past `clip`'s right edge.
    /// Returns the column just after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        put(text[...], x: x, y: y, style: style, clip: clip)
    }

    /// Draws part of a string (a wrapped line, a truncated label) as `put(_:x:y:style:clip:)` does.
    /// Strings and substrings have their own entry points, not one generic over `StringProtocol`:
    /// a generic call from another module runs unspecialised, through witness tables for every byte.
    @discardableResult
    public mutating func put(_ text: Substring, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var column = x
        // Printable ASCII, the bulk of every frame: one cell per byte, nothing to filter.
        if text.isPrintableASCII {
            for byte in text.utf8 {
                if column + 1 > area.maxX { break }
                if column >= area.x { writeCell(Cell(text: String(UnicodeScalar(byte)), style: style), x: column, y: y) }
                column += 1
            }
            return column
        }
        for piece in TerminalSafeText.pieces(of: text) {
            if piece.width == 0 {
                attachZeroWidth(piece.text, before: column, row: y, area: area)
                continue
            }
            if column + piece.width > area.maxX { break }
            if column >= area.x {
                let pieceStyle = piece.isPlaceholder ? style.adding(.dim) : style
                if piece.isPlaceholder {
                    for character in piece.text {
                        writeCell(Cell(text: String(character), style: pieceStyle), x: column, y: y)
                        column += 1
                    }
                    continue
                }
                writeCell(Cell(text: piece.text, style: pieceStyle), x: column, y: y)
                if piece.width == 2 {
                    writeCell(Cell(text: "", style: pieceStyle, isContinuation: true), x: column + 1, y: y)
                }
            }
            column += piece.width
        }
        return column
    }

    /// Applies `change` to the style of every cell in `rect`: used for highlights and selection bars.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                change(&cells[y * size.width + x].style)
            }
        }
    }

    private mutating func writeCell(_ cell: Cell, x: Int, y: Int) {
        // Overwriting half of a wide character blanks its other half.
        let current = self[x, y]
        if current.isContinuation, x > 0, !cell.isContinuation {
            self[x - 1, y] = Cell(text: " ", style: self[x - 1, y].style)
        }
        // (A cell of one UTF-8 byte is ASCII: one column, no need to measure it.)
        if !current.isContinuation, current.text.utf8.count > 1, DisplayWidth.of(current.text) == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(text: " ", style: self[x + 1, y].style)
        }
        self[x, y] = cell
    }

    private mutating func attachZeroWidth(_ text: String, before column: Int, row: Int, area: Rect) {
        var target = column - 1
        while target >= area.x, self[target, row].isContinuation { target -= 1 }
        guard target >= area.x, target < area.maxX else { return }
        self[target, row].text += text
    }

    // MARK: - Reading back

    /// The text of row `y`, wide characters once, trailing spaces kept.
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.width where !self[x, y].isContinuation {
            line += self[x, y].text
        }
        return line
    }

    /// Every row's text with trailing spaces removed: what a person reads off the screen.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = rowText(y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole screen as text, one row per line, trailing spaces removed.
    public var text: String { lines.joined(separator: "\n") }
}
