import Analysis
import ArticleModel
import TerminalCore

/// The matrix across articles on the whole screen: actors down, issues across, each cell the
/// balance's glyph and the number of articles on each side ("± 2+ 1-"), a `*` when an analyst
/// decided some of it; or the selected cell's articles with their evidence; or the selected
/// actor's articles in date order with the positions taken in each.
struct AcrossPane {
    let across: AcrossViewState
    let entries: [LibraryEntry]
    let theme: Theme

    static let labelWidth = 16
    static let cellWidth = 10

    func draw(in rect: Rect, grid: inout CellGrid) {
        let matrix = across.matrix
        PaneChrome.header("Across \(PaneChrome.counted(matrix.articles.count, "article")),", detail: "\(PaneChrome.counted(matrix.rows.count, "actor")) x \(PaneChrome.counted(matrix.columns.count, "issue"))",
                          in: rect, focused: true, theme: theme, grid: &grid)
        let content = ScreenLayout.content(of: rect)
        guard content.height > 2, !matrix.rows.isEmpty else {
            grid.put(" No stances in these articles", x: content.x, y: content.y, style: theme[.muted], clip: content)
            return
        }
        switch across.level {
        case .grid: drawGrid(in: content, grid: &grid)
        case .cell(let cursor): drawCell(cursor: cursor, in: content, grid: &grid)
        case .timeline(let cursor): drawTimeline(cursor: cursor, in: content, grid: &grid)
        }
    }

    // MARK: - Grid

    private func drawGrid(in content: Rect, grid: inout CellGrid) {
        let matrix = across.matrix
        let columnsShown = max(1, (content.width - Self.labelWidth) / Self.cellWidth)
        let firstColumn = PaneChrome.scrollOffset(selected: across.column, current: 0, height: columnsShown, count: matrix.columns.count)
        let rowsShown = max(1, content.height - 3)
        let firstRow = PaneChrome.scrollOffset(selected: across.row, current: 0, height: rowsShown, count: matrix.rows.count)
        let visibleColumns = Array(matrix.columns.indices.dropFirst(firstColumn).prefix(columnsShown))
        for (position, slot) in visibleColumns.enumerated() {
            let label = PaneChrome.truncate(matrix.issues[matrix.columns[slot]].shortLabel, to: Self.cellWidth - 1)
            grid.put(label, x: content.x + Self.labelWidth + position * Self.cellWidth, y: content.y,
                     style: slot == across.column ? theme[.title] : theme[.muted], clip: content)
        }
        for line in 0..<rowsShown {
            let index = firstRow + line
            guard index < matrix.rows.count else { break }
            let actor = matrix.rows[index]
            let y = content.y + 1 + line
            grid.put(" " + PaneChrome.truncate(matrix.actors[actor].name, to: Self.labelWidth - 2), x: content.x, y: y, style: theme[.text], clip: content)
            for (position, slot) in visibleColumns.enumerated() {
                let x = content.x + Self.labelWidth + position * Self.cellWidth
                let cell = matrix.cell(actor: actor, issue: matrix.columns[slot])
                let text = cell.map { Self.cellText($0) } ?? "·"
                grid.put(PaneChrome.truncate(text, to: Self.cellWidth - 1), x: x, y: y,
                         style: theme.glyph(for: cell?.counts.balance).style, clip: content)
                if index == across.row && slot == across.column {
                    let selection = theme[.selection]
                    grid.restyle(Rect(x: x, y: y, width: Self.cellWidth - 1, height: 1)) { $0.attributes.formUnion(selection.attributes) }
                }
            }
        }
        if let selected = across.selected {
            let issue = matrix.issues[selected.issue].label
            let summary = across.selectedCell.map { Self.describe($0.counts) } ?? "no stance"
            grid.put(" " + PaneChrome.truncate("\(matrix.actors[selected.actor].name) on \(issue): \(summary)", to: content.width - 2),
                     x: content.x, y: content.maxY - 1, style: theme[.text], clip: content)
        }
    }

    /// "± 2+ 1-": the balance's glyph, then the articles on each side; `*` when an analyst decided some.
    static func cellText(_ cell: CrossMatrix.Cell) -> String {
        "\(cell.counts.glyph) \(cell.counts.summary)\(cell.isCorrected ? "*" : "")"
    }

    /// "supports in 2 articles, opposes in 1".
    static func describe(_ counts: ArticleCounts) -> String {
        func articles(_ count: Int) -> String { "\(count) article\(count == 1 ? "" : "s")" }
        var parts: [String] = []
        if counts.support > 0 { parts.append("supports in \(articles(counts.support))") }
        if counts.oppose > 0 { parts.append("opposes in \(articles(counts.oppose))") }
        if counts.neutral > 0 { parts.append("neutral in \(articles(counts.neutral))") }
        return parts.joined(separator: ", ")
    }

    // MARK: - Lists

    /// The cell's articles, each a line (date, title, what the actor says there) and its first
    /// evidence sentence under it.
    private func drawCell(cursor: Int, in content: Rect, grid: inout CellGrid) {
        guard let selected = across.selected, let cell = across.selectedCell else { return }
        let matrix = across.matrix
        let listed = matrix.articles(in: cell)
        grid.put(" " + PaneChrome.truncate("\(matrix.actors[selected.actor].name) on \(matrix.issues[selected.issue].label): \(listed.count) articles, Enter opens one at its sentence",
                                           to: content.width - 2), x: content.x, y: content.y, style: theme[.title], clip: content)
        let lines = listed.map { item -> (String, String) in
            let sentence = matrix.sentences(of: CrossMatrix.StanceReference(article: item.article, stance: item.stances[0])).first ?? ""
            return (row(date: item.date, article: item.article, tail: item.polarity.rawValue), "     " + sentence)
        }
        drawList(lines, cursor: cursor, in: Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 1), grid: &grid)
    }

    /// The actor's articles by date, each with the positions it takes there.
    private func drawTimeline(cursor: Int, in content: Rect, grid: inout CellGrid) {
        guard let selected = across.selected else { return }
        let matrix = across.matrix
        let timeline = matrix.timeline(actor: selected.actor)
        grid.put(" " + PaneChrome.truncate("\(matrix.actors[selected.actor].name) over time: \(timeline.count) articles, Enter opens one", to: content.width - 2),
                 x: content.x, y: content.y, style: theme[.title], clip: content)
        let lines = timeline.map { entry -> (String, String) in
            let positions = entry.positions.map { "\(matrix.issues[$0.issue].shortLabel) \($0.polarity.glyph)" }
            return (row(date: entry.date, article: entry.article, tail: ""),
                    "     " + (positions.isEmpty ? "mentioned \(entry.mentions) times, no stance" : positions.joined(separator: ", ")))
        }
        drawList(lines, cursor: cursor, in: Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 1), grid: &grid)
    }

    private func row(date: String?, article: Int, tail: String) -> String {
        let title = entries[across.entries[article]].title
        return " " + (date.map { String($0.prefix(10)) } ?? "          ") + "  " + title + (tail.isEmpty ? "" : "  " + tail)
    }

    /// Two rows an item, the cursor's first row in the selection style.
    private func drawList(_ lines: [(String, String)], cursor: Int, in area: Rect, grid: inout CellGrid) {
        let shown = max(1, area.height / 2)
        let first = PaneChrome.scrollOffset(selected: cursor, current: 0, height: shown, count: lines.count)
        for slot in 0..<shown {
            let index = first + slot
            guard index < lines.count else { break }
            let y = area.y + slot * 2
            let style = index == cursor ? theme[.selection] : theme[.text]
            grid.put(PaneChrome.pad(lines[index].0, to: area.width), x: area.x, y: y, style: style, clip: area)
            grid.put(PaneChrome.truncate(lines[index].1, to: area.width - 1), x: area.x, y: y + 1, style: theme[.muted], clip: area)
        }
    }
}
