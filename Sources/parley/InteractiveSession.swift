import ArticleModel
import Curses
import Reader
import TerminalCore
import WebLibrary

/// The loop between the terminal and the reader: keys and resizes in, frames out; the
/// reader's requests for web pages go to the `WebLoader` on other threads, and their results
/// come back through an `ActionInbox` that wakes the loop.
/// The terminal is restored on every way out: q, a signal, or the terminal going away.
@MainActor
enum InteractiveSession {
    /// Runs the reader; returns the exit code (0, or 128 + the signal number).
    static func run(entries: [LibraryEntry], skipped: [String], theme: Theme, useColor: Bool, library: StoredLibrary? = nil, web: WebLoader? = nil) -> Int32 {
        SignalWatcher.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(useColor: useColor)
        } catch {
            Diagnostics.warn("\(error); printing plain text")
            PlainOutput.write(entries)
            return 0
        }
        defer { terminal.stop() }
        StartupTimer.lap("terminal")
        let sessionTheme = terminal.supportsColor ? theme : theme.monochrome
        var state = AppState(entries: entries, skipped: skipped, size: terminal.size, clipboardAvailable: terminal.canCopyToClipboard,
                             isStoredLibrary: library != nil)
        if let library, library.store.isReadOnly {
            state.message = "Read-only library (\(library.store.path)): marks last until you quit"
        }
        let app = ReaderApp(state: state, theme: sessionTheme, library: library)
        StartupTimer.lap("app state")
        let inbox = web == nil ? nil : ActionInbox()
        let perform: (Effect) -> Void = { effect in
            guard let web, let inbox else { return }
            start(effect, app: app, web: web, inbox: inbox)
        }
        ReaderLoop.start(app: app, screen: terminal, perform: perform)
        StartupTimer.lap("first screen")
        while true {
            // A bounded wait: a signal handled on another thread is still seen within half a second.
            switch terminal.nextEvent(waitingUpTo: 500, wakingOn: inbox?.readDescriptor) {
            case .key(let key):
                if !ReaderLoop.handle(key, app: app, screen: terminal, perform: perform) { return 0 }
            case .wake:
                for action in inbox?.take() ?? [] { ReaderLoop.deliver(action, app: app, screen: terminal, perform: perform) }
            case .signal(let number):
                return 128 + number
            case .inputClosed:
                return 129
            case .timeout:
                continue
            }
        }
    }

    /// Starts the web work an effect asks for on another thread; its progress and result are
    /// posted to the inbox.
    private static func start(_ effect: Effect, app: ReaderApp, web: WebLoader, inbox: ActionInbox) {
        let post: @Sendable (Action) -> Void = { inbox.post($0) }
        switch effect {
        case .loadFullStory(let key):
            guard let entry = app.state.entries.first(where: { $0.key == key }) else { return }
            Task.detached { post(await web.fullStory(of: entry, progress: post)) }
        case .reload:
            let entries = app.state.entries
            Task.detached { post(await web.reload(entries, progress: post)) }
        case .none, .repaint, .quit, .copyToClipboard:
            break
        }
    }
}
