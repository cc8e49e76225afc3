import TerminalCore

/// The loop's one step, shared by the real terminal and tests: an event in, a frame out.
///
/// `parley` feeds it keys from curses and shows frames on a `CursesTerminal`; tests feed it
/// keys and read frames from a `MemoryScreen`. Both are `Screen`s. Work the reader asks for
/// (fetching) goes to `perform`, whose results come back through `deliver`.
@MainActor
public enum ReaderLoop {
    /// Applies a key (or a resize, read from the screen's size) and shows the new frame.
    /// Returns false when the reader should quit.
    public static func handle(_ key: Key, app: ReaderApp, screen: any Screen, perform: (Effect) -> Void = { _ in }) -> Bool {
        let before = app.articleScroll
        let effect: Effect
        if key == .resize {
            effect = app.send(.resized(screen.size))
        } else {
            effect = app.send(.keyPressed(key))
        }
        switch effect {
        case .quit:
            return false
        case .repaint:
            screen.invalidate()
        case .copyToClipboard(let text):
            screen.copyToClipboard(text)
        case .loadFullStory, .reload:
            perform(effect)
        case .none:
            break
        }
        // The article alone moved: let the terminal scroll its rows.
        if key != .resize, effect == .none, let before, let after = app.articleScroll, before.view == after.view, after.scroll != before.scroll,
           let rows = app.articleTextRows {
            screen.show(app.render(), scrolled: rows, by: after.scroll - before.scroll)
        } else {
            screen.show(app.render())
        }
        return true
    }

    /// Applies the result of work done in the background and shows the new frame.
    public static func deliver(_ action: Action, app: ReaderApp, screen: any Screen, perform: (Effect) -> Void = { _ in }) {
        let effect = app.send(action)
        if effect != .none { perform(effect) }
        screen.show(app.render())
    }

    /// Shows the first frame, and starts what it needs (the full story of a summary opened at once).
    public static func start(app: ReaderApp, screen: any Screen, perform: (Effect) -> Void = { _ in }) {
        app.send(.resized(screen.size))
        let effect = app.send(.started)
        if effect != .none { perform(effect) }
        screen.show(app.render())
    }
}
