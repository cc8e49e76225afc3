import ArticleModel
import TerminalCore

/// What happened, as the reader sees it: keys and resizes from the terminal, and the results
/// of work the reader asked for (an `Effect`) reported back when it is done.
public enum Action: Sendable {
    case keyPressed(Key)
    case resized(Size)
    /// The first frame is about to be shown.
    case started
    /// Work in the background has got this far (an `Activity`'s new text).
    case progressed(id: String, text: String)
    /// The full story of the entry with this key was read from its page.
    case fullStoryLoaded(key: String, article: Article)
    /// The full story could not be fetched, for this one-line reason.
    case fullStoryFailed(key: String, reason: String)
    /// The library's URLs were fetched again: the new entries, and a line saying what changed.
    case libraryReloaded(entries: [LibraryEntry], note: String)
}

/// What the loop around the reader must do after an action.
public enum Effect: Sendable, Equatable {
    case none
    /// Redraw everything from scratch (Ctrl-L).
    case repaint
    case quit
    /// Put this text on the terminal's clipboard (`o` on a web article).
    case copyToClipboard(String)
    /// Fetch the full story of the entry with this key (its `fullStoryURL`), then send
    /// `fullStoryLoaded` or `fullStoryFailed`.
    case loadFullStory(key: String)
    /// Fetch the library's URLs again, then send `libraryReloaded`.
    case reload
    /// Fetch a stored library's feed (every feed, for nil) into it, then send `libraryReloaded`
    /// with the library's entries afterwards and the summary (no entries and the reason, when
    /// it failed).
    case refreshFeeds(feed: Int64?)
}

/// The reader: app state, the update function for actions, and the view that renders it.
///
/// Rendering is a pure function of state and size; the wrapped article and the stance matrix
/// are cached here because both are costly and depend only on the article and pane width.
public final class ReaderApp {
    public internal(set) var state: AppState
    public let theme: Theme
    /// The stored library behind the list, when there is one.
    public let library: (any LibraryService)?
    var layoutCache: [Int: ArticleLayout] = [:]
    var layoutCacheKey: (article: Int, width: Int)?
    var matrices: [Int: StanceMatrix] = [:]

    public init(state: AppState, theme: Theme, library: (any LibraryService)? = nil) {
        self.state = state
        self.theme = theme
        self.library = library
    }

    // MARK: - Derived data

    var screenLayout: ScreenLayout { screenLayout(for: state.view) }

    /// The panes' places for a view: zoomed or not (the view being updated may not be in the state yet).
    func screenLayout(for view: ArticleViewState?) -> ScreenLayout {
        ScreenLayout(size: state.size, zoomed: view?.zoomed ?? false)
    }

    /// The article wrapped for the view's pane width.
    func articleLayout(for view: ArticleViewState) -> ArticleLayout {
        let width = max(1, screenLayout(for: view).articleText.width)
        if let key = layoutCacheKey, key.article == view.articleIndex, key.width == width, let cached = layoutCache[view.articleIndex] {
            return cached
        }
        let layout = ArticleLayout(article: state.entries[view.articleIndex].article, width: width)
        layoutCache = [view.articleIndex: layout]
        layoutCacheKey = (view.articleIndex, width)
        return layout
    }

    func matrix(for view: ArticleViewState) -> StanceMatrix {
        if let cached = matrices[view.articleIndex] { return cached }
        let matrix = StanceMatrix(article: state.entries[view.articleIndex].article)
        matrices[view.articleIndex] = matrix
        return matrix
    }

    func articlePageHeight(_ view: ArticleViewState) -> Int { max(1, screenLayout(for: view).articleText.height) }

    /// The article rows a message can never cover: when zoomed, the last row is the status
    /// line's whenever there is something to say, so jumps land above it and the article's last
    /// line can scroll up off it, as less keeps its prompt row.
    func articleClearHeight(_ view: ArticleViewState) -> Int {
        max(1, articlePageHeight(view) - (screenLayout(for: view).statusOnlyWhenNeeded ? 1 : 0))
    }

    /// The article's scroll and everything else about the view, to tell when only the scroll changed.
    public var articleScroll: (scroll: Int, view: ArticleViewState)? {
        guard state.mode == .article, !state.helpVisible, state.prompt == nil, var view = state.view else { return nil }
        let scroll = view.scroll
        view.scroll = 0
        return (scroll, view)
    }

    /// The screen rows of the article's text area.
    public var articleTextRows: Range<Int>? {
        guard state.mode == .article, !ScreenLayout.isTooSmall(state.size) else { return nil }
        let area = screenLayout.articleText
        return area.y..<area.maxY
    }

    // MARK: - Update

    /// Applies one action to the state.
    @discardableResult
    public func send(_ action: Action) -> Effect {
        switch action {
        case .started:
            return started()
        case .progressed(let id, let text):
            progressed(id: id, text: text)
            return .none
        case .fullStoryLoaded(let key, let article):
            fullStoryLoaded(key: key, article: article)
            return .none
        case .fullStoryFailed(let key, let reason):
            fullStoryFailed(key: key, reason: reason)
            return .none
        case .libraryReloaded(let entries, let note):
            libraryReloaded(entries, note: note)
            return .none
        case .resized(let size):
            state.size = size
            if var view = state.view {
                clampScroll(&view)
                state.view = view
            }
            return .none
        case .keyPressed(let key):
            let hadMessage = state.message != nil
            state.message = nil
            if state.prompt != nil { return editPrompt(key) }
            guard let command = Keymap.command(for: key) else {
                if case .resize = key { return .none }
                state.message = hadMessage ? nil : "Unknown key \(key.description): press ? for help"
                return .none
            }
            if state.helpVisible {
                switch command {
                case .toggleHelp, .back: state.helpVisible = false
                case .quit: return .quit
                case .down: state.helpScroll += 1
                case .up: state.helpScroll -= 1
                case .pageDown: state.helpScroll += 10
                case .pageUp: state.helpScroll -= 10
                case .top: state.helpScroll = 0
                case .bottom: state.helpScroll = Int.max / 2
                default: break
                }
                state.helpScroll = max(0, min(state.helpScroll, HelpOverlay.maximumScroll(theme: theme, size: state.size)))
                return .none
            }
            switch command {
            case .quit: return .quit
            case .toggleHelp:
                state.helpVisible = true
                state.helpScroll = 0
                return .none
            case .repaint: return .repaint
            case .showAddress: return showAddress()
            case .reload where !state.isStoredLibrary: return reload()
            default: break
            }
            if state.mode == .library {
                return state.across == nil ? updateLibrary(command) : updateAcross(command)
            }
            return updateArticle(command)
        }
    }

    // MARK: - Library

    private func updateLibrary(_ command: Command) -> Effect {
        let listed = state.listedEntries
        let count = listed.count
        let page = max(1, state.size.height - 3)
        switch command {
        case .down: state.libraryCursor = min(count - 1, state.libraryCursor + 1)
        case .up: state.libraryCursor = max(0, state.libraryCursor - 1)
        case .pageDown: state.libraryCursor = min(count - 1, state.libraryCursor + page)
        case .pageUp: state.libraryCursor = max(0, state.libraryCursor - page)
        case .top: state.libraryCursor = 0
        case .bottom: state.libraryCursor = max(0, count - 1)
        case .activate, .right:
            guard count > 0 else { break }
            return open(listed[min(state.libraryCursor, count - 1)])
        case .startSearch:
            state.prompt = ""
            state.promptPurpose = .search
        case .back:
            if let search = state.librarySearch {
                state.librarySearch = nil
                state.libraryCursor = 0
                state.message = "Search \"\(search.query)\" closed: the whole library"
            }
        case .toggleRead, .toggleFlag:
            guard count > 0 else { break }
            let index = listed[min(state.libraryCursor, count - 1)]
            if command == .toggleRead {
                setRead(index, !state.entries[index].isRead)
                state.message = state.message ?? (state.entries[index].isRead ? "Marked read" : "Marked unread")
            } else {
                state.entries[index].isFlagged.toggle()
                if let id = state.entries[index].id, let problem = library?.setFlagged(id, state.entries[index].isFlagged) {
                    state.message = problem
                } else {
                    state.message = state.entries[index].isFlagged ? "Flagged" : "Flag removed"
                }
            }
        case .cycleGrouping:
            state.libraryGrouping = state.libraryGrouping.next
            state.libraryCursor = 0
            state.message = "Library by \(state.libraryGrouping.rawValue)"
        case .reload, .refreshAllFeeds:
            return refresh(all: command == .refreshAllFeeds, listed: listed)
        case .acrossMatrix:
            openAcross()
        default: break
        }
        if let search = state.librarySearch, search.hits.count < search.total, state.libraryCursor >= search.hits.count - 1,
           [.down, .pageDown, .bottom].contains(command) {
            let wanted = command == .bottom ? Int.max : state.libraryCursor
            searchLibrary(search.query, more: true)
            if command == .bottom { state.libraryCursor = wanted }
        }
        state.libraryCursor = max(0, min(state.libraryCursor, state.listedEntries.count - 1))
        return .none
    }

    /// Sets an entry's read mark, saved in the stored library when there is one.
    private func setRead(_ index: Int, _ isRead: Bool) {
        guard state.entries[index].isRead != isRead else { return }
        state.entries[index].isRead = isRead
        if let id = state.entries[index].id, let problem = library?.setRead(id, isRead) {
            state.message = problem
        }
    }

    /// `r` and `R`: fetch the selected article's feed, or every feed, in the background; the
    /// list is shown again when the entries come back (`libraryReloaded`).
    private func refresh(all: Bool, listed: [Int]) -> Effect {
        guard library != nil else {
            state.message = "Feeds are refreshed in a library: add them to the urls file and run parley fetch"
            return .none
        }
        guard !state.isReloading else {
            state.message = "Already refreshing"
            return .none
        }
        var feed: Int64?
        if !all {
            guard !listed.isEmpty, let id = state.entries[listed[min(state.libraryCursor, listed.count - 1)]].feedID else {
                state.message = "This article is from no feed: R refreshes every feed"
                return .none
            }
            feed = id
        }
        state.activities.append(Activity(id: Activity.reloadID, text: all ? "Refreshing every feed..." : "Refreshing the feed..."))
        return .refreshFeeds(feed: feed)
    }

    /// Hits asked for at a time: each costs its snippet.
    static let searchPage = 50

    /// `/` in the library: the stored library's full-text search, or the titles of the
    /// articles opened (a folder without a library). `more` asks for the next hits of the
    /// search shown.
    func searchLibrary(_ query: String, more: Bool = false) {
        let trimmed = PromptChoice.trimmed(query)
        guard !trimmed.isEmpty else {
            state.librarySearch = nil
            return
        }
        var hits: [(entry: Int, snippet: String, matches: [Range<Int>])] = []
        var total = 0
        if let library {
            let limit = more ? (state.librarySearch?.hits.count ?? 0) + ReaderApp.searchPage : ReaderApp.searchPage
            switch library.search(trimmed, limit: limit) {
            case .success(let found):
                var index: [Int64: Int] = [:]
                for (position, entry) in state.entries.enumerated() { if let id = entry.id { index[id] = position } }
                hits = found.hits.compactMap { hit in index[hit.id].map { ($0, hit.snippet, hit.matches) } }
                total = max(found.total, hits.count)
            case .failure(let error):
                state.message = error.message
                return
            }
        } else {
            hits = state.entries.indices.filter { !TextSearch.matches(of: trimmed, in: state.entries[$0].title).isEmpty }.map { ($0, "", []) }
            total = hits.count
        }
        state.librarySearch = LibrarySearchResults(query: trimmed, hits: hits, total: total)
        if more { return }
        state.libraryCursor = 0
        state.message = hits.isEmpty ? "Nothing found for \(trimmed)" : "\(total) article\(total == 1 ? "" : "s") for \(trimmed): Enter opens, Esc returns"
    }

    func open(_ index: Int) -> Effect {
        setRead(index, true)
        state.mode = .article
        state.view = ArticleViewState(articleIndex: index)
        return fetchFullStoryIfNeeded(index)
    }

    /// `o`: the open (or selected) article's web address in the status line, and on the
    /// terminal's clipboard where it takes one.
    private func showAddress() -> Effect {
        let index = state.view?.articleIndex ?? state.libraryCursor
        guard index < state.entries.count else { return .none }
        let article = state.entries[index].article
        guard let url = article.metadata.url else {
            state.message = "No web address: this article was read from \(article.source)"
            return .none
        }
        if state.clipboardAvailable {
            state.message = url + "  (copied)"
            return .copyToClipboard(url)
        }
        state.message = url
        return .none
    }

    // MARK: - Article

    private func updateArticle(_ command: Command) -> Effect {
        guard var view = state.view else { return .none }
        let article = state.entries[view.articleIndex].article
        switch command {
        case .back:
            if view.evidenceListOpen {
                view.evidenceListOpen = false
            } else if view.search != nil || view.jumpTarget != nil {
                view.search = nil
                view.jumpTarget = nil
            } else if state.hasLibrary {
                state.mode = .library
                state.view = nil
                applyPendingReload()
                return .none
            }
        case .focusNext, .focusPrevious:
            let panes = view.zoomed ? [Pane.article] : Pane.allCases
            let current = panes.firstIndex(of: view.focus) ?? 0
            let step = command == .focusNext ? 1 : panes.count - 1
            view.focus = panes[(current + step) % panes.count]
        case .toggleZoom:
            view.zoomed.toggle()
            if view.zoomed {
                view.focus = .article
                state.message = "Zoomed: z restores the panes, m colours all actors, = position"
            }
        case .toggleZoomColours:
            guard view.zoomed else {
                state.message = "m is for the zoomed view (z); the panes colour every actor"
                break
            }
            view.zoomColoursEveryActor.toggle()
            if view.zoomColoursEveryActor {
                state.message = "Colouring every actor's mentions"
            } else {
                let name = view.selectedActor < article.actors.count ? article.actors[view.selectedActor].name : "the selected actor"
                state.message = "Colouring only \(name)'s mentions"
            }
        case .showPosition:
            state.message = positionMessage(view)
        case .toggleGrouping:
            view.groupActors.toggle()
            state.message = view.groupActors ? "Actors grouped by affiliation" : "Actors by number of mentions"
        case .toggleStanceSentences:
            view.markStanceSentences.toggle()
            state.message = view.markStanceSentences ? "Underlining sentences that carry a stance" : "Stance sentences no longer underlined"
        case .startSearch:
            state.prompt = ""
            state.promptPurpose = .search
        case .nextMatch, .previousMatch:
            stepSearch(&view, forward: command == .nextMatch)
        case .nextMention, .previousMention:
            jumpToMention(&view, article: article, forward: command == .nextMention)
        case .nextActor, .previousActor:
            guard !article.actors.isEmpty else { break }
            let count = article.actors.count
            view.selectedActor = (view.selectedActor + (command == .nextActor ? 1 : count - 1)) % count
            view.currentMention = nil
        case .selectActor(let rank):
            if rank <= article.actors.count {
                view.selectedActor = rank - 1
                view.currentMention = nil
            } else {
                state.message = "No actor ranked \(rank): this article has \(article.actors.count)"
            }
        case .explainCell:
            explainCell(view)
        case .setCell(let polarity):
            correctCell(polarity, in: &view)
        case .rejectStance:
            rejectEvidence(in: &view)
        case .rename:
            startRename(view)
        case .addStance:
            startAddStance(&view)
        case .merge:
            startMerge(view)
        case .setKind:
            startSetKind(view)
        case .setAffiliation:
            startSetAffiliation(view)
        case .toggleRead:
            // u in an article takes back the last correction; in the library it marks read.
            undoCorrection(in: &view)
        case .activate:
            if view.focus == .matrix { activateCell(&view) }
            if view.focus == .actors { jumpToMention(&view, article: article, forward: true) }
        default:
            move(command, in: &view, article: article)
        }
        clampScroll(&view)
        state.view = view
        return .none
    }

    /// Movement keys act on the focused pane.
    private func move(_ command: Command, in view: inout ArticleViewState, article: Article) {
        switch view.focus {
        case .article:
            let page = articlePageHeight(view)
            switch command {
            case .down: view.scroll += 1
            case .up: view.scroll -= 1
            case .pageDown: view.scroll += max(1, page - 1)
            case .pageUp: view.scroll -= max(1, page - 1)
            case .top: view.scroll = 0
            case .bottom: view.scroll = Int.max / 2
            default: break
            }
        case .actors:
            let order = ActorOrder.rows(of: article, grouped: view.groupActors).compactMap(\.actor)
            guard let position = order.firstIndex(of: view.selectedActor) else { return }
            let page = max(1, (screenLayout(for: view).actors?.height ?? 2) - 1)
            var target = position
            switch command {
            case .down: target = min(order.count - 1, position + 1)
            case .up: target = max(0, position - 1)
            case .pageDown: target = min(order.count - 1, position + page)
            case .pageUp: target = max(0, position - page)
            case .top: target = 0
            case .bottom: target = order.count - 1
            default: return
            }
            view.selectedActor = order[target]
            view.currentMention = nil
        case .matrix:
            let matrix = self.matrix(for: view)
            guard !matrix.isEmpty else { return }
            if view.evidenceListOpen, let cell = selectedCell(view)?.cell {
                // Up and down choose a piece of evidence while the list is open.
                switch command {
                case .down: view.evidenceIndex = min(cell.evidence.count - 1, view.evidenceIndex + 1)
                case .up: view.evidenceIndex = max(0, view.evidenceIndex - 1)
                case .top: view.evidenceIndex = 0
                case .bottom: view.evidenceIndex = cell.evidence.count - 1
                default: view.evidenceListOpen = false
                }
                if view.evidenceListOpen { return }
            }
            switch command {
            case .down: view.matrixRow = min(matrix.rows.count - 1, view.matrixRow + 1)
            case .up: view.matrixRow = max(0, view.matrixRow - 1)
            case .right: view.matrixColumn = min(matrix.columns.count - 1, view.matrixColumn + 1)
            case .left: view.matrixColumn = max(0, view.matrixColumn - 1)
            case .top: view.matrixRow = 0
            case .bottom: view.matrixRow = matrix.rows.count - 1
            case .pageDown: view.matrixRow = matrix.rows.count - 1
            case .pageUp: view.matrixRow = 0
            default: return
            }
            view.evidenceIndex = 0
            view.evidenceListOpen = false
        }
    }

    /// Keeps the article scroll within its lines and the selections within their lists.
    func clampScroll(_ view: inout ArticleViewState) {
        let lines = articleLayout(for: view).lines.count
        view.scroll = max(0, min(view.scroll, max(0, lines - articleClearHeight(view))))
        let article = state.entries[view.articleIndex].article
        view.selectedActor = max(0, min(view.selectedActor, max(0, article.actors.count - 1)))
        let matrix = self.matrix(for: view)
        view.matrixRow = max(0, min(view.matrixRow, max(0, matrix.rows.count - 1)))
        view.matrixColumn = max(0, min(view.matrixColumn, max(0, matrix.columns.count - 1)))
    }

    /// Scrolls so that body offset `offset` is on screen, a third of the way down when it was not.
    func reveal(_ offset: Int, in view: inout ArticleViewState) {
        guard let line = articleLayout(for: view).line(containing: offset) else { return }
        let page = articleClearHeight(view)
        if line < view.scroll || line >= view.scroll + page {
            view.scroll = max(0, line - page / 3)
        }
    }

    /// The title and the lines on screen, as less's = tells (the status line adds the percentage).
    private func positionMessage(_ view: ArticleViewState) -> String {
        let lines = articleLayout(for: view).lines.count
        let page = articlePageHeight(view)
        let first = min(view.scroll + 1, lines), last = min(view.scroll + page, lines)
        return "\(state.entries[view.articleIndex].title): lines \(first)-\(last) of \(lines)"
    }

    // MARK: - Mentions, evidence, search

    private func jumpToMention(_ view: inout ArticleViewState, article: Article, forward: Bool) {
        guard view.selectedActor < article.actors.count else {
            state.message = "No actors in this article"
            return
        }
        let actor = article.actors[view.selectedActor]
        let mentions = actor.mentions
        guard !mentions.isEmpty else { return }
        let next: Int
        if let current = view.currentMention {
            next = forward ? current + 1 : current - 1
        } else {
            // Start from what is on screen.
            let layout = articleLayout(for: view)
            let firstVisible = layout.lines[min(view.scroll, layout.lines.count - 1)...].first { $0.bodyRange != nil }?.bodyRange?.lowerBound ?? 0
            if forward {
                next = mentions.firstIndex { $0.range.lowerBound >= firstVisible } ?? mentions.count
            } else {
                next = (mentions.lastIndex { $0.range.lowerBound < firstVisible } ?? -1)
            }
        }
        var target = next
        if target >= mentions.count {
            target = 0
            state.message = "Last mention of \(actor.name) passed: back to the first"
        } else if target < 0 {
            target = mentions.count - 1
            state.message = "First mention of \(actor.name) passed: on to the last"
        }
        view.currentMention = target
        view.jumpTarget = mentions[target].range
        reveal(mentions[target].range.lowerBound, in: &view)
        if state.message == nil {
            state.message = "\(actor.name): mention \(target + 1) of \(mentions.count)"
        }
    }

    func selectedCell(_ view: ArticleViewState) -> (actor: String, issue: String, cell: StanceMatrix.Cell?)? {
        let matrix = self.matrix(for: view)
        guard !matrix.isEmpty, view.matrixRow < matrix.rows.count, view.matrixColumn < matrix.columns.count else { return nil }
        let actor = matrix.rows[view.matrixRow], issue = matrix.columns[view.matrixColumn]
        return (actor, issue, matrix.cell(actor: actor, issue: issue))
    }

    /// Enter on a matrix cell lists its evidence; Enter on a listed sentence jumps the article
    /// there and highlights it.
    private func activateCell(_ view: inout ArticleViewState) {
        guard let selected = selectedCell(view), let cell = selected.cell else {
            state.message = "No stance in this cell"
            return
        }
        let evidence = cell.evidence
        if !view.evidenceListOpen {
            view.evidenceListOpen = true
            view.evidenceIndex = 0
            state.message = "\(evidence.count) evidence sentence\(evidence.count == 1 ? "" : "s"): j/k choose, Enter jumps, Esc closes"
            return
        }
        let index = min(view.evidenceIndex, evidence.count - 1)
        view.jumpTarget = evidence[index].range
        reveal(evidence[index].range.lowerBound, in: &view)
        state.message = "Evidence \(index + 1) of \(evidence.count)"
    }

    /// `e` on a cell: one line saying which rule and cue gave each stance.
    private func explainCell(_ view: ArticleViewState) {
        guard let selected = selectedCell(view), let cell = selected.cell else {
            state.message = "No stance in this cell"
            return
        }
        let article = state.entries[view.articleIndex].article
        let actor = article.actor(id: selected.actor)?.name ?? selected.actor
        let issue = article.issue(id: selected.issue)?.label ?? selected.issue
        let parts = cell.stances.map { stance in
            stance.source == .user
                ? "\(stance.polarity.rawValue): by you\(stance.decidedAt.map { " " + Self.shortTime($0) } ?? "")"
                : "\(stance.polarity.rawValue): rule \(stance.rule), cue \"\(stance.cue)\"\(stance.negated ? ", negated" : "")"
        }
        state.message = "\(actor) on \(issue) - " + parts.joined(separator: "; ")
    }

    /// "2026-12-06T06:00:00Z" as "2026-12-06 06:00", for the status line.
    static func shortTime(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
    }

    func runSearch(_ query: String, in view: inout ArticleViewState) {
        guard !query.isEmpty else {
            if let previous = view.search { stepSearch(&view, forward: true, query: previous.query) }
            return
        }
        let article = state.entries[view.articleIndex].article
        let matches = TextSearch.matches(of: query, in: article.text)
        view.search = SearchState(query: query, matches: matches, current: nil)
        if matches.isEmpty {
            state.message = "Pattern not found: \(query)"
            return
        }
        stepSearch(&view, forward: true)
    }

    private func stepSearch(_ view: inout ArticleViewState, forward: Bool, query: String? = nil) {
        guard var search = view.search else {
            state.message = "No previous search: press / to search"
            return
        }
        guard !search.matches.isEmpty else {
            state.message = "Pattern not found: \(search.query)"
            return
        }
        let count = search.matches.count
        let next: Int
        if let current = search.current {
            next = forward ? (current + 1) % count : (current + count - 1) % count
            if forward && current == count - 1 { state.message = "Search hit BOTTOM, continuing at TOP" }
            if !forward && current == 0 { state.message = "Search hit TOP, continuing at BOTTOM" }
        } else {
            let layout = articleLayout(for: view)
            let firstVisible = layout.lines[min(view.scroll, max(0, layout.lines.count - 1))...].first { $0.bodyRange != nil }?.bodyRange?.lowerBound ?? 0
            next = search.matches.firstIndex { $0.lowerBound >= firstVisible } ?? 0
        }
        search.current = next
        view.search = search
        view.jumpTarget = nil
        reveal(search.matches[next].lowerBound, in: &view)
        if state.message == nil { state.message = "Match \(next + 1) of \(count) for \"\(search.query)\"" }
    }
}
