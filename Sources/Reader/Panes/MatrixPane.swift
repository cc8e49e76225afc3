import ArticleModel
import TerminalCore

/// The stance matrix: actors down, issues across, one glyph per cell in the polarity's style;
/// under it the selected issue's full label and the selected cell's evidence, cue emphasised.
struct MatrixPane {
    let article: Article
    let matrix: StanceMatrix
    let view: ArticleViewState
    let theme: Theme
    let focused: Bool

    func draw(in rect: Rect, grid: inout CellGrid) {
        PaneChrome.header("Stances", detail: matrix.isEmpty ? "" : "\(matrix.rows.count) actors x \(matrix.columns.count) issues", in: rect, focused: focused, theme: theme, grid: &grid)
        let content = ScreenLayout.content(of: rect)
        guard !matrix.isEmpty else {
            grid.put(" No stances found in this article", x: content.x, y: content.y, style: theme[.muted], clip: content)
            return
        }
        guard content.height >= 3 else { return }
        let names = matrix.rows.map { article.actor(id: $0)?.name ?? $0 }
        let labelWidth = min(16, max(8, names.map { DisplayWidth.of($0) }.max() ?? 8)) + 1
        let cellWidth = max(4, min(10, (content.width - labelWidth - 1) / max(1, matrix.columns.count)))
        let visibleColumns = max(1, (content.width - labelWidth - 1) / cellWidth)
        let firstColumn = PaneChrome.scrollOffset(selected: view.matrixColumn, current: 0, height: visibleColumns, count: matrix.columns.count)
        // Under the grid: the selected issue and its evidence, with at least three rows kept for them.
        let reserved = content.height >= 7 ? 3 : 0
        let gridRows = min(matrix.rows.count, content.height - 1 - reserved)
        let firstRow = PaneChrome.scrollOffset(selected: view.matrixRow, current: 0, height: gridRows, count: matrix.rows.count)

        // Column headers: short labels.
        for (slot, column) in matrix.columns.enumerated().dropFirst(firstColumn).prefix(visibleColumns) {
            let x = content.x + labelWidth + (slot - firstColumn) * cellWidth
            let label = article.issue(id: column)?.shortLabel ?? column
            let style = slot == view.matrixColumn ? theme[.title] : theme[.muted]
            grid.put(PaneChrome.truncate(label, to: cellWidth - 1), x: x, y: content.y, style: style, clip: content)
        }
        // Rows.
        for row in 0..<gridRows {
            let index = firstRow + row
            guard index < matrix.rows.count else { break }
            let y = content.y + 1 + row
            let actorID = matrix.rows[index]
            let rank = article.actors.firstIndex { $0.id == actorID } ?? 0
            grid.put(" " + PaneChrome.truncate(names[index], to: labelWidth - 2), x: content.x, y: y, style: theme.actorStyle(rank: rank), clip: content)
            for (slot, column) in matrix.columns.enumerated().dropFirst(firstColumn).prefix(visibleColumns) {
                let polarity = matrix.cell(actor: actorID, issue: column)?.polarity
                let glyph = theme.glyph(for: polarity)
                let x = content.x + labelWidth + (slot - firstColumn) * cellWidth
                let selected = index == view.matrixRow && slot == view.matrixColumn
                let cellRect = Rect(x: x, y: y, width: min(3, cellWidth - 1), height: 1)
                grid.put(" " + glyph.glyph + " ", x: x, y: y, style: glyph.style, clip: content)
                if selected {
                    let selection = focused ? theme[.selection] : theme[.selectionUnfocused]
                    grid.restyle(cellRect) { $0.attributes.formUnion(selection.attributes) }
                }
            }
        }
        let detailTop = content.y + 1 + gridRows + (content.height - 1 - gridRows > reserved ? 1 : 0)
        drawDetail(in: Rect(x: content.x, y: detailTop, width: content.width, height: content.maxY - detailTop), grid: &grid)
    }

    /// The selected issue's full label, then the selected cell's first evidence sentence.
    private func drawDetail(in area: Rect, grid: inout CellGrid) {
        guard area.height > 0, view.matrixColumn < matrix.columns.count, view.matrixRow < matrix.rows.count else { return }
        let column = matrix.columns[view.matrixColumn]
        let actorID = matrix.rows[view.matrixRow]
        let label = article.issue(id: column)?.label ?? column
        let cell = matrix.cell(actor: actorID, issue: column)
        let actorName = article.actor(id: actorID)?.name ?? actorID
        let polarity = cell.map { "\($0.polarity.rawValue)s" } ?? "takes no stance on"
        let line0 = area.row(0)
        let x = grid.put(" \(actorName) \(polarity) ", x: line0.x, y: line0.y, style: theme[.muted], clip: line0)
        grid.put(label, x: x, y: line0.y, style: theme[.title], clip: line0)
        guard let cell, !cell.evidence.isEmpty, area.height > 1 else { return }
        if view.evidenceListOpen {
            drawEvidenceList(cell.evidence, in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), grid: &grid)
            return
        }
        drawEvidence(cell.evidence[0], in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), marker: " ", grid: &grid)
    }

    /// Every evidence sentence of the cell, the chosen one marked; as many as fit.
    private func drawEvidenceList(_ evidence: [Evidence], in area: Rect, grid: inout CellGrid) {
        let chosen = min(view.evidenceIndex, evidence.count - 1)
        var top = area.y
        let first = max(0, min(chosen, evidence.count - max(1, area.height / 2)))
        for (index, item) in evidence.enumerated().dropFirst(first) {
            guard top < area.maxY else { break }
            let height = index == chosen ? min(3, area.maxY - top) : 1
            let used = drawEvidence(item, in: Rect(x: area.x, y: top, width: area.width, height: height), marker: index == chosen ? "▸" : " ", grid: &grid)
            if index == chosen {
                grid.restyle(Rect(x: area.x, y: top, width: area.width, height: used)) { $0.attributes.formUnion(theme[.selection].attributes) }
            }
            top += used
        }
    }

    /// One evidence sentence, wrapped into `area`, its cue emphasised; returns the rows used.
    @discardableResult
    private func drawEvidence(_ evidence: Evidence, in area: Rect, marker: String, grid: inout CellGrid) -> Int {
        let sentence = article.substring(evidence.range)
        let lines = ArticleLayout.wrap(sentence, width: max(1, area.width - 2))
        let cue = evidence.cue.map { ($0.lowerBound - evidence.range.lowerBound)..<($0.upperBound - evidence.range.lowerBound) }
        let cueStyle = theme[.cue], textStyle = theme[.text]
        var used = 0
        for (number, line) in lines.prefix(area.height).enumerated() {
            let row = area.row(number)
            if number == 0 { grid.put(marker, x: row.x, y: row.y, style: theme[.text], clip: row) }
            var run = StyledRun(x: row.x + 1, y: row.y, clip: row)
            var offset = line.scalars.lowerBound
            for character in line.text {
                run.append(character, style: cue?.contains(offset) == true ? cueStyle : textStyle, to: &grid)
                offset += character.unicodeScalars.count
            }
            run.finish(on: &grid)
            used += 1
        }
        return used
    }
}

