import ArticleModel
import TerminalCore

/// The library list: flag and unread marks, title, and the actor count, or, for pages, feed
/// items and stored articles, the date and where it is from. Grouped by feed or tag under
/// headings with their counts, or, after a library search, the hits with a snippet each.
struct LibraryPane {
    let state: AppState
    let theme: Theme

    func draw(in rect: Rect, grid: inout CellGrid) {
        PaneChrome.header(header.title, detail: header.detail, in: rect, focused: true, theme: theme, grid: &grid)
        let content = ScreenLayout.content(of: rect)
        // The plain list, newest first, is drawn straight from the entries: a library of
        // thousands need not be turned into lines for one screen of them.
        let lines = state.librarySearch == nil && state.libraryGrouping == .date
            ? LibraryPane.visibleDateLines(state: state, height: content.height)
            : state.lines
        let cursorLine = lines.firstIndex { if case .entry(let position, _) = $0 { return position == state.libraryCursor } else { return false } } ?? 0
        // The cursor's article and its snippet stay on screen together.
        let last = cursorLine + 1 < lines.count && lines[cursorLine + 1].isSnippet ? cursorLine + 1 : cursorLine
        var offset = PaneChrome.scrollOffset(selected: last, current: 0, height: content.height, count: lines.count)
        if cursorLine < offset { offset = cursorLine }
        if offset > 0, cursorLine > 0, case .group = lines[cursorLine - 1], cursorLine - 1 >= offset - 1, content.height > 2 {
            offset = min(offset, cursorLine - 1)
        }
        for row in 0..<content.height {
            let index = offset + row
            guard index < lines.count else { break }
            let line = content.row(row)
            switch lines[index] {
            case .group(let name, let unread, let total):
                let counts = "\(unread) unread of \(total)"
                grid.put(" " + PaneChrome.truncate(name, to: max(1, line.width - DisplayWidth.of(counts) - 4)), x: line.x, y: line.y, style: theme[.paneTitle], clip: line)
                grid.put(counts, x: line.maxX - DisplayWidth.of(counts) - 1, y: line.y, style: theme[.muted], clip: line)
            case .entry(let position, let entryIndex):
                drawEntry(state.entries[entryIndex], in: line, grid: &grid)
                if position == state.libraryCursor {
                    grid.restyle(line) { $0.attributes.formUnion(theme[.selection].attributes) }
                }
            case .snippet(_, let text, let matches):
                drawSnippet(text, matches: matches, in: line, grid: &grid)
            }
        }
    }

    /// The entry lines of the date order that can be on screen with the cursor's.
    static func visibleDateLines(state: AppState, height: Int) -> [LibraryLine] {
        let count = state.entries.count
        let offset = PaneChrome.scrollOffset(selected: state.libraryCursor, current: 0, height: height, count: count)
        return (offset..<min(count, offset + max(0, height))).map { .entry(position: $0, entry: $0) }
    }

    private var header: (title: String, detail: String) {
        if let search = state.librarySearch {
            let shown = search.hits.count < search.total ? "\(search.hits.count) of \(search.total)" : "\(search.total)"
            return ("Search", "\(search.query): \(shown) article\(search.total == 1 ? "" : "s")")
        }
        var unread = 0
        for index in state.entries.indices where !state.entries[index].isRead { unread += 1 }
        let arrangement = state.libraryGrouping == .date ? "" : ", by \(state.libraryGrouping.rawValue)"
        return ("Library", "\(PaneChrome.counted(state.entries.count, "article")), \(unread) unread\(arrangement)")
    }

    private func drawEntry(_ entry: LibraryEntry, in line: Rect, grid: inout CellGrid) {
        let detail = LibraryPane.detail(of: entry)
        let titleWidth = max(1, line.width - 4 - DisplayWidth.of(detail) - 2)
        let marks = (entry.isFlagged ? "!" : " ") + (entry.isRead ? "  " : "● ")
        var x = grid.put(marks, x: line.x, y: line.y, style: theme[.unread], clip: line)
        x = grid.put(PaneChrome.pad(entry.title, to: titleWidth), x: x, y: line.y,
                     style: entry.isRead ? theme[.text] : theme[.text].adding(.bold), clip: line)
        grid.put("  " + detail, x: x, y: line.y, style: theme[.muted], clip: line)
    }

    /// A search hit's snippet, indented under its title, the matched words in bold.
    private func drawSnippet(_ text: String, matches: [Range<Int>], in line: Rect, grid: inout CellGrid) {
        var x = line.x + 5
        var offset = 0
        let scalars = Array(text.unicodeScalars)
        var pieces: [(String, Bool)] = []
        for match in matches where match.lowerBound >= offset && match.upperBound <= scalars.count {
            pieces.append((String(String.UnicodeScalarView(scalars[offset..<match.lowerBound])), false))
            pieces.append((String(String.UnicodeScalarView(scalars[match])), true))
            offset = match.upperBound
        }
        pieces.append((String(String.UnicodeScalarView(scalars[offset...])), false))
        for (piece, isMatch) in pieces where !piece.isEmpty {
            x = grid.put(piece, x: x, y: line.y, style: isMatch ? theme[.searchMatch] : theme[.muted], clip: line)
        }
    }

    /// What follows the title: "2024-03-05  Feed name" for web and stored entries, "5 actors"
    /// for others (which reads the article, as a plain one is read when listed anyway).
    static func detail(of entry: LibraryEntry) -> String {
        guard entry.published != nil || entry.origin != nil || entry.id != nil else { return "\(entry.article.actors.count) actors" }
        let date = entry.published.map { String($0.prefix(10)) }
        let origin = entry.origin.map { PaneChrome.truncate($0, to: 24) }
        return [date, origin].compactMap { $0 }.joined(separator: "  ")
    }
}

extension LibraryLine {
    var isSnippet: Bool {
        if case .snippet = self { return true }
        return false
    }
}
