import ArticleModel
import TerminalCore

/// The list of articles when several are open: unread marker, title, and the actor count, or,
/// for pages and feed items, the date and where it is from.
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
            let actors = LibraryPane.detail(of: entry)
            let titleWidth = max(1, line.width - 4 - DisplayWidth.of(actors) - 2)
            var x = grid.put(entry.isRead ? "   " : " ● ", x: line.x, y: line.y, style: theme[.unread], clip: line)
            x = grid.put(PaneChrome.pad(entry.title, to: titleWidth), x: x, y: line.y, style: entry.isRead ? theme[.text] : theme[.text].adding(.bold), clip: line)
            grid.put("  " + actors, x: x, y: line.y, style: theme[.muted], clip: line)
            if index == state.libraryCursor {
                grid.restyle(line) { $0.attributes.formUnion(theme[.selection].attributes) }
            }
        }
    }

    /// What follows the title: "2024-03-05  Feed name" for web entries, "5 actors" for others
    /// (which reads the article, as a plain one is read when listed anyway).
    static func detail(of entry: LibraryEntry) -> String {
        guard entry.published != nil || entry.origin != nil else { return "\(entry.article.actors.count) actors" }
        let date = entry.published.map { String($0.prefix(10)) }
        let origin = entry.origin.map { PaneChrome.truncate($0, to: 24) }
        return [date, origin].compactMap { $0 }.joined(separator: "  ")
    }
}
