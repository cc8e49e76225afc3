import TerminalCore

/// The status line on the bottom row (when the article is zoomed, only while it has a message or
/// the search prompt): article title and focused pane, or a message, or the search prompt; the
/// position and "? help" at the right.
struct StatusLine {
    let state: AppState
    let theme: Theme
    /// The article's scroll position ("top", "42%", "end", "all"), when an article is open.
    let position: String?

    func draw(in rect: Rect, grid: inout CellGrid) {
        if let prompt = state.prompt {
            grid.fill(rect, style: theme[.text])
            let end = grid.put(state.promptPurpose.label + prompt, x: rect.x, y: rect.y, style: theme[.text], clip: rect)
            grid.put(" ", x: end, y: rect.y, style: theme[.text].adding(.reverse), clip: rect)
            return
        }
        let style = state.message == nil && state.activityText == nil ? theme[.status] : theme[.statusMessage]
        grid.fill(rect, style: style)
        let right = rightText
        let leftWidth = max(0, rect.width - DisplayWidth.of(right) - 1)
        grid.put(" " + PaneChrome.truncate(leftText, to: max(0, leftWidth - 1)), x: rect.x, y: rect.y, style: style, clip: rect)
        grid.put(right, x: rect.maxX - DisplayWidth.of(right), y: rect.y, style: style, clip: rect)
    }

    private var leftText: String {
        if let message = state.message { return message }
        if let activity = state.activityText { return activity }
        switch state.mode {
        case .library:
            if state.across != nil { return "Across articles  Enter articles  t timeline  h/l issues  Esc back" }
            let skipped = state.skipped.isEmpty ? "" : ", \(state.skipped.count) skipped (unreadable)"
            if state.isStoredLibrary {
                return "Parley: \(state.entries.count) articles\(skipped)  Enter open  / search  u read  f flag  v group"
            }
            return "Parley: \(state.entries.count) articles\(skipped)  Enter open\(state.canReload ? "  r reload" : "")"
        case .article:
            guard let view = state.view else { return "" }
            let title = state.entries[view.articleIndex].title
            return "\(title)  [\(view.focus.rawValue)]"
        }
    }

    private var rightText: String {
        var parts: [String] = []
        if let position { parts.append(position) }
        if state.mode == .article, state.hasLibrary, let view = state.view {
            parts.append("\(view.articleIndex + 1)/\(state.entries.count)")
        }
        parts.append("? help ")
        return parts.joined(separator: "  ")
    }
}
