import ArticleModel
import TerminalCore

/// The list of articles when several are open: unread marker, title, actor count.
struct LibraryPane {
    let state: AppState
    let theme: Theme

    func draw(in rect: Rect, grid: inout CellGrid) {
        let unread = state.entries.filter { !$0.isRead }.count
        PaneChrome.header("Library", detail: "\(state.entries.count) articles, \(unread) unread", in: rect, focused: true, theme: theme, grid: &grid)
        let content = ScreenLayout.content(of: rect)
        let offset = PaneChrome.scrollOffset(selected: state.libraryCursor, current: 0, height: content.height, count: state.entries.count)
        for row in 0..<content.height {
            let index = offset + row
            guard index < state.entries.count else { break }
            let entry = state.entries[index]
            let line = content.row(row)
            let actors = "\(entry.article.actors.count) actors"
            let titleWidth = max(1, line.width - 4 - actors.count - 2)
            var x = grid.put(entry.isRead ? "   " : " ● ", x: line.x, y: line.y, style: theme[.unread], clip: line)
            x = grid.put(PaneChrome.pad(entry.title, to: titleWidth), x: x, y: line.y, style: entry.isRead ? theme[.text] : theme[.text].adding(.bold), clip: line)
            grid.put("  " + actors, x: x, y: line.y, style: theme[.muted], clip: line)
            if index == state.libraryCursor {
                grid.restyle(line) { $0.attributes.formUnion(theme[.selection].attributes) }
            }
        }
    }
}
