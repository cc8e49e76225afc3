import Analysis
import ArticleModel

extension ReaderApp {
    /// `M` in the library: the actors x issues matrix across the listed articles (the whole
    /// library, or the search shown), each cell the number of articles per side.
    func openAcross() {
        let listed = state.listedEntries
        guard !listed.isEmpty else {
            state.message = "No articles to put in a matrix"
            return
        }
        readTogether(listed)
        let articles = listed.map { state.entries[$0].article }
        let dates = listed.map { state.entries[$0].published ?? state.entries[$0].article.metadata.published }
        let matrix = CrossMatrix(articles: articles, dates: dates)
        state.across = AcrossViewState(matrix: matrix, entries: listed)
        state.message = matrix.rows.isEmpty
            ? "No stances in these \(listed.count) articles"
            : "Enter lists a cell's articles, t an actor's timeline, Esc returns"
    }

    /// The listed articles not read yet, read from the library together: one read of their
    /// cached analyses instead of two queries each (10,000 in a tenth of a second, not seconds).
    private func readTogether(_ listed: [Int]) {
        guard let library else { return }
        let unread = listed.filter { state.entries[$0].id != nil && !state.entries[$0].loader.isLoaded }
        guard unread.count > 1, let loaded = library.articles(unread.compactMap { state.entries[$0].id }) else { return }
        for index in unread {
            if let id = state.entries[index].id, let article = loaded[id] { state.entries[index].loader.fill(article) }
        }
    }

    func updateAcross(_ command: Command) -> Effect {
        guard var across = state.across else { return .none }
        let matrix = across.matrix
        switch across.level {
        case .grid:
            switch command {
            case .down: across.row = min(max(0, matrix.rows.count - 1), across.row + 1)
            case .up: across.row = max(0, across.row - 1)
            case .right: across.column = min(max(0, matrix.columns.count - 1), across.column + 1)
            case .left: across.column = max(0, across.column - 1)
            case .top: across.row = 0
            case .bottom: across.row = max(0, matrix.rows.count - 1)
            case .activate:
                if across.selectedCell == nil {
                    state.message = "No stance in this cell"
                } else {
                    across.level = .cell(cursor: 0)
                }
            case .timeline:
                if across.selected != nil { across.level = .timeline(cursor: 0) }
            case .back:
                state.across = nil
                state.message = nil
                return .none
            default: break
            }
        case .cell(let cursor), .timeline(let cursor):
            let count = listCount(across)
            switch command {
            case .down: across.level = across.level.moved(to: min(max(0, count - 1), cursor + 1))
            case .up: across.level = across.level.moved(to: max(0, cursor - 1))
            case .back: across.level = .grid
            case .activate:
                state.across = across
                return openFromAcross(across, cursor: cursor)
            default: break
            }
        }
        state.across = across
        return .none
    }

    /// How many lines the cell's article list or the timeline has.
    func listCount(_ across: AcrossViewState) -> Int {
        switch across.level {
        case .grid: return 0
        case .cell: return across.selectedCell.map { across.matrix.articles(in: $0).count } ?? 0
        case .timeline: return across.selected.map { across.matrix.timeline(actor: $0.actor).count } ?? 0
        }
    }

    /// Enter on a listed article: opens it at its first evidence sentence.
    private func openFromAcross(_ across: AcrossViewState, cursor: Int) -> Effect {
        let matrix = across.matrix
        var article: Int?
        var stance: Int?
        if case .cell = across.level, let cell = across.selectedCell {
            let listed = matrix.articles(in: cell)
            guard cursor < listed.count else { return .none }
            (article, stance) = (listed[cursor].article, listed[cursor].stances.first)
        } else if case .timeline = across.level, let selected = across.selected {
            let entries = matrix.timeline(actor: selected.actor)
            guard cursor < entries.count else { return .none }
            (article, stance) = (entries[cursor].article, entries[cursor].positions.first?.stances.first)
        }
        guard let article else { return .none }
        let effect = open(across.entries[article])
        if let stance, var view = state.view {
            let evidence = matrix.articles[article].stances[stance].evidence.min { $0.range.lowerBound < $1.range.lowerBound }
            if let evidence {
                view.jumpTarget = evidence.range
                reveal(evidence.range.lowerBound, in: &view)
                state.view = view
            }
        }
        return effect
    }
}

extension AcrossViewState.Level {
    /// The same list with the cursor elsewhere.
    func moved(to cursor: Int) -> Self {
        switch self {
        case .grid: return .grid
        case .cell: return .cell(cursor: cursor)
        case .timeline: return .timeline(cursor: cursor)
        }
    }
}
