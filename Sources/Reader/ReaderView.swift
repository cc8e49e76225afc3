import ArticleModel
import TerminalCore

extension ReaderApp {
    /// The whole screen for the current state: a pure function of state and size.
    public func render() -> CellGrid {
        let size = state.size
        var grid = CellGrid(size: size, filling: Cell(text: " ", style: theme[.text]))
        if ScreenLayout.isTooSmall(size) {
            let message = "terminal too small (need \(ScreenLayout.minimum.width)x\(ScreenLayout.minimum.height))"
            grid.put(PaneChrome.truncate(message, to: size.width), x: 0, y: 0, style: theme[.text])
            return grid
        }
        let layout = screenLayout
        switch state.mode {
        case .library:
            let area = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
            if let across = state.across {
                AcrossPane(across: across, entries: state.entries, theme: theme).draw(in: area, grid: &grid)
            } else {
                LibraryPane(state: state, theme: theme).draw(in: area, grid: &grid)
            }
        case .article:
            guard let view = state.view else { break }
            let article = state.entries[view.articleIndex].article
            ArticlePane(article: article, layout: articleLayout(for: view), view: view, theme: theme, focused: view.focus == .article)
                .draw(in: layout.article, textArea: layout.articleText, grid: &grid)
            if let separator = layout.separator {
                for row in 0..<separator.height {
                    grid.put("│", x: separator.x, y: separator.y + row, style: theme[.separator])
                }
            }
            if let actors = layout.actors {
                ActorsPane(article: article, view: view, theme: theme, focused: view.focus == .actors).draw(in: actors, grid: &grid)
            }
            if let matrix = layout.matrix {
                MatrixPane(article: article, matrix: self.matrix(for: view), view: view, theme: theme, focused: view.focus == .matrix)
                    .draw(in: matrix, grid: &grid)
            }
        }
        let position = state.view.map { view in
            ArticlePane.position(scroll: view.scroll, height: layout.articleText.height, lines: articleLayout(for: view).lines.count)
        }
        if !layout.statusOnlyWhenNeeded || state.message != nil || state.prompt != nil || state.activityText != nil {
            StatusLine(state: state, theme: theme, position: state.mode == .article ? position : nil).draw(in: layout.status, grid: &grid)
        }
        if state.helpVisible {
            HelpOverlay(theme: theme).draw(on: size, scroll: state.helpScroll, grid: &grid)
        }
        return grid
    }
}
