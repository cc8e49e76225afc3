import ArticleModel
import TerminalCore

/// Draws the article: title, dimmed captions, wrapped paragraphs, each actor mention in its
/// actor's colour (zoomed: the selected actor's only, unless asked for all), the selected
/// actor's mentions emphasised, search matches and jump targets marked.
struct ArticlePane {
    let article: Article
    let layout: ArticleLayout
    let view: ArticleViewState
    let theme: Theme
    let focused: Bool

    /// A styled body range, applied in order (later ones on top).
    private struct Mark {
        var range: Range<Int>
        var apply: (inout Style) -> Void
    }

    /// Where the view is, as less shows it: "all", "top", a percentage, or "end".
    static func position(scroll: Int, height: Int, lines: Int) -> String {
        if lines <= height { return "all" }
        if scroll == 0 { return "top" }
        if scroll + height >= lines { return "end" }
        return "\((scroll + height) * 100 / lines)%"
    }

    func draw(in rect: Rect, textArea: Rect, grid: inout CellGrid) {
        if !view.zoomed { PaneChrome.header("Article", detail: "", in: rect, focused: focused, theme: theme, grid: &grid) }
        let marks = buildMarks()
        for row in 0..<textArea.height {
            let index = view.scroll + row
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            let y = textArea.y + row
            switch line.kind {
            case .title: grid.put(line.text, x: textArea.x, y: y, style: theme[.title], clip: textArea)
            case .caption, .byline: grid.put(line.text, x: textArea.x, y: y, style: theme[.caption], clip: textArea)
            case .blank: break
            case .body: drawBody(line, y: y, area: textArea, marks: marks, grid: &grid)
            }
        }
    }

    private func drawBody(_ line: ArticleLine, y: Int, area: Rect, marks: [Mark], grid: inout CellGrid) {
        guard let range = line.bodyRange else { return }
        let relevant = marks.filter { $0.range.overlaps(range) }
        let base = theme[.text]
        func markedStyle(at offset: Int) -> Style {
            var style = base
            for mark in relevant where mark.range.contains(offset) { mark.apply(&style) }
            return style
        }
        // Which marks apply changes only where one starts or ends: the style is worked out again
        // only at those offsets.
        let changes = Set(relevant.flatMap { [$0.range.lowerBound, $0.range.upperBound] }).sorted()
        var nextChange = changes.firstIndex { $0 > range.lowerBound } ?? changes.count
        var run = StyledRun(x: area.x, y: y, clip: area)
        var offset = range.lowerBound
        var style = markedStyle(at: offset)
        for character in line.text {
            if nextChange < changes.count, changes[nextChange] <= offset {
                while nextChange < changes.count, changes[nextChange] <= offset { nextChange += 1 }
                style = markedStyle(at: offset)
            }
            run.append(character, style: style, to: &grid)
            offset += character.unicodeScalars.count
        }
        run.finish(on: &grid)
    }

    private func buildMarks() -> [Mark] {
        var marks: [Mark] = []
        if view.markStanceSentences {
            let underline = theme[.evidenceSentence].attributes
            let sentences = Set(article.stances.flatMap { $0.evidence.map(\.sentence) })
            for sentence in sentences.sorted() where sentence < article.sentences.count {
                marks.append(Mark(range: article.sentences[sentence].range) { $0.attributes.formUnion(underline) })
            }
        }
        // Zoomed, the actors pane (the colours' legend) is hidden: like less's search
        // highlighting, only the selected actor's mentions stand out unless "m" asks for all.
        let everyActor = !view.zoomed || view.zoomColoursEveryActor
        for (rank, actor) in article.actors.enumerated() where everyActor || rank == view.selectedActor {
            let actorStyle = theme.actorStyle(rank: rank)
            // The emphasis tells the selected actor from the others: needless when it is alone.
            let selected = rank == view.selectedActor && everyActor
            let emphasis = theme[.selectedMention].attributes
            let pronoun = theme[.pronounMention].attributes
            for mention in actor.mentions {
                marks.append(Mark(range: mention.range) { style in
                    style.foreground = actorStyle.foreground
                    style.attributes.formUnion(actorStyle.attributes)
                    if mention.via == .pronoun { style.attributes.formUnion(pronoun) }
                    if selected { style.attributes.formUnion(emphasis) }
                })
            }
        }
        if let search = view.search {
            let matchStyle = theme[.searchMatch]
            for match in search.matches {
                marks.append(Mark(range: match) { $0 = matchStyle })
            }
        }
        if let target = view.jumpTarget {
            let jump = theme[.jumpTarget]
            marks.append(Mark(range: target) { style in
                style.attributes.formUnion(jump.attributes)
                if jump.background != .default { style.background = jump.background }
            })
        }
        if let search = view.search, let current = search.current {
            let jump = theme[.jumpTarget].attributes
            marks.append(Mark(range: search.matches[current]) { $0.attributes.formUnion(jump) })
        }
        return marks
    }
}
