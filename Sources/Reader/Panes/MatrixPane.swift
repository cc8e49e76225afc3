import ArticleModel
import Corrections
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
        PaneChrome.header("Stances", detail: matrix.isEmpty ? "" : "\(PaneChrome.counted(matrix.rows.count, "actor")) x \(PaneChrome.counted(matrix.columns.count, "issue"))", in: rect, focused: focused, theme: theme, grid: &grid)
        let content = ScreenLayout.content(of: rect)
        guard !matrix.isEmpty else {
            grid.put(" No stances found in this article", x: content.x, y: content.y, style: theme[.muted], clip: content)
            return
        }
        guard content.height >= 3 else { return }
        let names = matrix.rows.map { article.actor(id: $0)?.name ?? $0 }
        let labelWidth = min(16, max(8, names.map { DisplayWidth.of($0) }.max() ?? 8)) + 1
        let shape = MatrixShape(labels: matrix.columns.map { article.issue(id: $0)?.shortLabel ?? $0 }, width: content.width - labelWidth - 1,
                                selected: view.matrixColumn)
        // Under the grid: the selected issue and its evidence (three rows kept for them), and,
        // when columns are numbered and no room is beside the grid, a legend of the numbers.
        let reserved = content.height >= 7 ? 3 : 0
        let legendBeside = shape.numbered && content.width - labelWidth - shape.visible.count * shape.cellWidth >= 24
        let available = content.height - 1 - reserved
        let legendUnder = shape.numbered && !legendBeside
        // The grid first, keeping three legend rows when the legend goes under it; then as much legend as fits.
        let gridRows = max(1, min(matrix.rows.count, available - (legendUnder ? min(shape.visible.count, 3) : 0)))
        let legendRows = legendUnder ? min(shape.visible.count, max(0, available - gridRows)) : 0
        let firstRow = PaneChrome.scrollOffset(selected: view.matrixRow, current: 0, height: gridRows, count: matrix.rows.count)

        // Column headers: short labels, or numbers when the labels would be cut.
        for (position, slot) in shape.visible.enumerated() {
            let x = content.x + labelWidth + position * shape.cellWidth
            let style = slot == view.matrixColumn ? theme[.title] : theme[.muted]
            let label = shape.numbered ? String(slot + 1) : PaneChrome.truncate(shape.labels[slot], to: shape.cellWidth - 1)
            grid.put(label, x: x + (shape.numbered ? 1 : 0), y: content.y, style: style, clip: content)
        }
        // Rows.
        for row in 0..<gridRows {
            let index = firstRow + row
            guard index < matrix.rows.count else { break }
            let y = content.y + 1 + row
            let actorID = matrix.rows[index]
            let rank = article.actors.firstIndex { $0.id == actorID } ?? 0
            grid.put(" " + PaneChrome.truncate(names[index], to: labelWidth - 2), x: content.x, y: y, style: theme.actorStyle(rank: rank), clip: content)
            for (position, slot) in shape.visible.enumerated() {
                let column = matrix.columns[slot]
                let cell = matrix.cell(actor: actorID, issue: column)
                let glyph = theme.glyph(for: cell?.polarity)
                // A cell the analyst decided is marked: its glyph is followed by *.
                let mark = cell?.stances.contains { $0.source == .user } == true ? "*" : " "
                let x = content.x + labelWidth + position * shape.cellWidth
                let selected = index == view.matrixRow && slot == view.matrixColumn
                let cellRect = Rect(x: x, y: y, width: min(3, shape.cellWidth), height: 1)
                grid.put(" " + glyph.glyph + mark, x: x, y: y, style: glyph.style, clip: content)
                if selected {
                    let selection = focused ? theme[.selection] : theme[.selectionUnfocused]
                    grid.restyle(cellRect) { $0.attributes.formUnion(selection.attributes) }
                }
            }
        }
        if legendBeside {
            let x = content.x + labelWidth + shape.visible.count * shape.cellWidth + 2
            drawLegend(shape, in: Rect(x: x, y: content.y, width: content.maxX - x, height: min(content.height - reserved, 1 + gridRows)), grid: &grid)
        } else if legendRows > 0 {
            drawLegend(shape, in: Rect(x: content.x, y: content.y + 1 + gridRows, width: content.width, height: legendRows), grid: &grid)
        }
        let used = 1 + gridRows + legendRows
        let detailTop = content.y + used + (content.height - used > reserved ? 1 : 0)
        drawDetail(in: Rect(x: content.x, y: detailTop, width: content.width, height: content.maxY - detailTop), grid: &grid)
    }

    /// "1 UN resolution (threat of military action)": what each numbered column is, the
    /// selected one in the title style; a window around the selected column when not all fit.
    private func drawLegend(_ shape: MatrixShape, in area: Rect, grid: inout CellGrid) {
        guard area.height > 0, area.width > 4 else { return }
        let first = PaneChrome.scrollOffset(selected: shape.visible.firstIndex(of: view.matrixColumn) ?? 0, current: 0, height: area.height, count: shape.visible.count)
        for (row, slot) in shape.visible.dropFirst(first).prefix(area.height).enumerated() {
            let line = area.row(row)
            let label = article.issue(id: matrix.columns[slot])?.label ?? matrix.columns[slot]
            let number = String(slot + 1)
            let style = slot == view.matrixColumn ? theme[.title] : theme[.text]
            let x = grid.put(" " + number + " ", x: line.x, y: line.y, style: theme[.muted], clip: line)
            grid.put(PaneChrome.truncate(label, to: line.maxX - x), x: x, y: line.y, style: style, clip: line)
        }
    }

    /// The selected issue's full label, then the selected cell's first evidence sentence.
    private func drawDetail(in area: Rect, grid: inout CellGrid) {
        guard area.height > 0, view.matrixColumn < matrix.columns.count, view.matrixRow < matrix.rows.count else { return }
        let column = matrix.columns[view.matrixColumn]
        let actorID = matrix.rows[view.matrixRow]
        let label = article.issue(id: column)?.label ?? column
        let cell = matrix.cell(actor: actorID, issue: column)
        let actorName = article.actor(id: actorID)?.name ?? actorID
        let polarity = cell?.polarity.verbPhrase ?? "takes no stance on"
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


/// How the matrix's columns fit a width: labelled when every visible short label fits its
/// cell, numbered (with a legend) when labels would be cut, and which columns are in view.
struct MatrixShape {
    let labels: [String]
    let numbered: Bool
    let cellWidth: Int
    /// Column indices in view, in order, the selected one among them.
    let visible: [Int]

    init(labels: [String], width: Int, selected: Int) {
        self.labels = labels
        let count = max(1, labels.count)
        let labelled = max(4, min(12, width / count))
        let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
        // Labels are shown when they fit whole in a cell of at most 12 columns, all at once.
        if widest + 1 <= labelled, labelled * labels.count <= width {
            numbered = false
            cellWidth = widest + 2 > labelled ? labelled : max(4, widest + 2)
        } else {
            numbered = true
            cellWidth = labels.count > 9 ? 4 : 3
        }
        let fitting = max(1, width / cellWidth)
        let first = PaneChrome.scrollOffset(selected: selected, current: 0, height: fitting, count: labels.count)
        visible = Array(first..<min(labels.count, first + fitting))
    }
}
