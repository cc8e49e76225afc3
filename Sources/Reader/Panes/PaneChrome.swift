import TerminalCore

/// The parts every pane shares: a header row that shows focus, and list rows.
enum PaneChrome {
    /// Draws a pane's header row: " Title  detail", reversed when the pane has focus.
    static func header(_ title: String, detail: String = "", in rect: Rect, focused: Bool, theme: Theme, grid: inout CellGrid) {
        let style = focused ? theme[.paneTitleFocused] : theme[.paneTitle]
        let row = rect.row(0)
        grid.fill(row, style: style)
        var label = " \(title) "
        if !detail.isEmpty { label += detail + " " }
        grid.put(label, x: row.x, y: row.y, style: style, clip: row)
    }

    /// "1 issue", "2 issues": a count with its noun, singular for one.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Truncates `text` to `width` columns, ending with "…" when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Pads `text` with spaces to `width` columns (after truncating).
    static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// The first row to show so that `selected` stays visible in a list of `height` rows.
    static func scrollOffset(selected: Int, current: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var offset = current
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        return max(0, min(offset, max(0, count - height)))
    }
}
