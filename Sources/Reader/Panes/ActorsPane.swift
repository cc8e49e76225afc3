import ArticleModel
import TerminalCore

/// Lists the article's actors by mentions: kind marker, count, name in the actor's colour,
/// and affiliation ("John Kerry - US"). The selected actor drives ] and [ from any pane.
struct ActorsPane {
    let article: Article
    let view: ArticleViewState
    let theme: Theme
    let focused: Bool

    func draw(in rect: Rect, grid: inout CellGrid) {
        PaneChrome.header("Actors", detail: "\(article.actors.count)", in: rect, focused: focused, theme: theme, grid: &grid)
        let content = ScreenLayout.content(of: rect)
        guard !article.actors.isEmpty else {
            grid.put(" No actors found", x: content.x, y: content.y, style: theme[.muted], clip: content)
            return
        }
        let rows = ActorOrder.rows(of: article, grouped: view.groupActors)
        let selectedRow = rows.firstIndex { $0.actor == view.selectedActor } ?? 0
        let offset = PaneChrome.scrollOffset(selected: selectedRow, current: 0, height: content.height, count: rows.count)
        let countWidth = String(article.actors.map(\.mentions.count).max() ?? 0).count
        for row in 0..<content.height {
            guard offset + row < rows.count, let index = rows[offset + row].actor else { break }
            let actor = article.actors[index]
            let y = content.y + row
            let line = content.row(row)
            let count = String(actor.mentions.count)
            let indent = String(repeating: "  ", count: rows[offset + row].depth)
            let prefix = " \(actor.kind.marker) " + String(repeating: " ", count: countWidth - count.count) + count + " " + indent
            var x = grid.put(prefix, x: line.x, y: y, style: theme[.muted], clip: line)
            x = grid.put(actor.name, x: x, y: y, style: theme.actorStyle(rank: index), clip: line)
            if let affiliation = affiliationName(actor), !(view.groupActors && rows[offset + row].depth > 0) {
                grid.put(" - " + affiliation, x: x, y: y, style: theme[.muted], clip: line)
            }
            if index == view.selectedActor {
                let selection = focused ? theme[.selection] : theme[.selectionUnfocused]
                grid.restyle(line) { $0.attributes.formUnion(selection.attributes) }
            }
        }
    }

    /// The affiliation's shortest readable name: "US" for the United States when the text used it.
    private func affiliationName(_ actor: Actor) -> String? {
        guard let id = actor.affiliation else { return nil }
        guard let affiliated = article.actor(id: id) else { return id }
        let shortest = affiliated.mentions.map(\.text).filter { $0.first?.isUppercase == true && $0.count <= 4 && $0.allSatisfy { $0.isUppercase || $0 == "." } }.min { $0.count < $1.count }
        return shortest ?? affiliated.name
    }
}
