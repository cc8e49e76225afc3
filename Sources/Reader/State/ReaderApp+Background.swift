import ArticleModel

/// Work the reader hands to the loop around it (fetching a full story, reloading the library)
/// and the results coming back. The reader never waits: it asks with an `Effect`, shows an
/// `Activity` in the status line meanwhile, and takes the result as an `Action`.
extension ReaderApp {
    /// The status line's note while a full story is fetched.
    static func loadingMessage(_ url: String) -> String { "Fetching the full story from \(url)" }

    /// What the first frame needs started: the full story of a summary opened at once.
    func started() -> Effect {
        guard state.mode == .article, let view = state.view else { return .none }
        return fetchFullStoryIfNeeded(view.articleIndex)
    }

    /// On opening an entry: a summary-only item of a fetched feed has its page fetched (the
    /// summary is shown meanwhile); one of a feed file says it is a summary.
    func fetchFullStoryIfNeeded(_ index: Int) -> Effect {
        let entry = state.entries[index]
        guard let url = entry.fullStoryURL else {
            if entry.isSummaryOnly { state.message = AppState.summaryOnlyMessage }
            return .none
        }
        guard !state.activities.contains(where: { $0.id == entry.key }) else { return .none }
        state.activities.append(Activity(id: entry.key, text: ReaderApp.loadingMessage(url)))
        return .loadFullStory(key: entry.key)
    }

    func progressed(id: String, text: String) {
        guard let index = state.activities.firstIndex(where: { $0.id == id }) else { return }
        state.activities[index].text = text
    }

    func fullStoryLoaded(key: String, article: Article) {
        state.activities.removeAll { $0.id == key }
        guard let index = state.entries.firstIndex(where: { $0.key == key }) else { return }
        state.entries[index] = state.entries[index].withFullStory(article)
        forgetCachedLayouts()
        if var view = state.view, view.articleIndex == index {
            // The text changed under the view: start again at the top, keeping zoom and focus.
            var fresh = ArticleViewState(articleIndex: index)
            fresh.zoomed = view.zoomed
            fresh.focus = view.focus
            view = fresh
            state.view = view
            state.message = "Full story read from its page"
        }
    }

    func fullStoryFailed(key: String, reason: String) {
        state.activities.removeAll { $0.id == key }
        guard let index = state.entries.firstIndex(where: { $0.key == key }) else { return }
        if state.view?.articleIndex == index {
            state.message = "Full story not fetched (\(reason)): showing the summary"
        }
    }

    /// `r`: fetch the library's URLs again, unless that is already under way.
    func reload() -> Effect {
        guard state.mode == .library else {
            state.message = state.hasLibrary ? "r reloads the library: Esc goes back to it" : "r reloads a library of feeds opened by URL"
            return .none
        }
        guard state.canReload else {
            state.message = "Nothing to reload: r fetches again the feeds and pages opened by URL"
            return .none
        }
        guard !state.isReloading else {
            state.message = "Already reloading"
            return .none
        }
        state.activities.append(Activity(id: Activity.reloadID, text: "Reloading..."))
        return .reload
    }

    /// A reload's entries replace the library's, keeping what was read and where the cursor
    /// was; while an article is open they wait for the way back.
    func libraryReloaded(_ entries: [LibraryEntry], note: String) {
        state.activities.removeAll { $0.id == Activity.reloadID }
        state.message = note
        guard !entries.isEmpty else { return }
        state.pendingReload = entries
        if state.mode == .library {
            applyPendingReload()
        } else {
            state.message = note + " (shown on Esc)"
        }
    }

    func applyPendingReload() {
        guard var entries = state.pendingReload else { return }
        state.pendingReload = nil
        let read = Set(state.entries.filter(\.isRead).map(\.key))
        for index in entries.indices where read.contains(entries[index].key) { entries[index].isRead = true }
        // The cursor stays on the same article, found by key in the list as it is shown; a search's
        // hits point into the old entries and are closed.
        let listed = state.listedEntries
        let cursorKey = state.libraryCursor < listed.count ? state.entries[listed[state.libraryCursor]].key : nil
        state.entries = entries
        state.librarySearch = nil
        // The matrix across articles counted the old entries.
        state.across = nil
        let relisted = state.listedEntries
        state.libraryCursor = relisted.firstIndex { state.entries[$0].key == cursorKey } ?? max(0, min(state.libraryCursor, relisted.count - 1))
        forgetCachedLayouts()
    }

    /// Entries changed: wrapped text and matrices made for the old ones must go.
    func forgetCachedLayouts() {
        layoutCache = [:]
        layoutCacheKey = nil
        matrices = [:]
    }
}
