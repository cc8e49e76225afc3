import ArticleModel
import TerminalCore

/// The help box over the screen: every key from the keymap, and the matrix glyphs.
struct HelpOverlay {
    let theme: Theme

    /// The help text, one entry per line; shared with `parley --help` style listings.
    static func lines(theme: Theme) -> [String] {
        var lines = Keymap.bindings.map { binding in
            PaneChrome.pad(Keymap.keyNames(binding), to: 16) + binding.help
        }
        lines.append("")
        let glyphs = Polarity.allCases.map { "\(theme.glyph(for: $0).glyph) \($0.rawValue)" } + ["\(theme.glyph(for: nil).glyph) no stance"]
        lines.append("Matrix: " + glyphs.joined(separator: "  "))
        lines.append("Kinds: " + ActorKind.legend)
        return lines
    }

    /// How far the help can scroll on a screen of this size.
    static func maximumScroll(theme: Theme, size: Size) -> Int {
        max(0, lines(theme: theme).count - visibleLines(size))
    }

    static func visibleLines(_ size: Size) -> Int { max(1, size.height - 4) }

    func draw(on size: Size, scroll: Int, grid: inout CellGrid) {
        let all = HelpOverlay.lines(theme: theme)
        let fits = all.count <= HelpOverlay.visibleLines(size)
        let lines = Array(all.dropFirst(scroll).prefix(HelpOverlay.visibleLines(size) - (fits ? 0 : 1)))
            + (fits ? [] : ["-- j/k scroll, ? or Esc closes --"])
        let width = min(size.width - 2, max(40, (all.map { DisplayWidth.of($0) }.max() ?? 40) + 4))
        let height = min(size.height - 2, lines.count + 2)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: (size.width - width) / 2, y: max(0, (size.height - 1 - height) / 2), width: width, height: height)
        grid.fill(box, style: theme[.help])
        let border = theme[.helpBorder]
        let title = " Parley keys "
        grid.put("┌" + title + String(repeating: "─", count: max(0, width - 2 - title.count)) + "┐", x: box.x, y: box.y, style: border)
        for row in 1..<(height - 1) {
            grid.put("│", x: box.x, y: box.y + row, style: border)
            grid.put("│", x: box.maxX - 1, y: box.y + row, style: border)
        }
        grid.put("└" + String(repeating: "─", count: width - 2) + "┘", x: box.x, y: box.maxY - 1, style: border)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: height - 2)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + row, style: theme[.help], clip: inner)
        }
    }
}
