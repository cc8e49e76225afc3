import ArticleModel
import Curses
import Reader
import TerminalCore

/// The loop between the terminal and the reader: keys and resizes in, frames out.
/// The terminal is restored on every way out: q, a signal, or the terminal going away.
@MainActor
enum InteractiveSession {
    /// Runs the reader; returns the exit code (0, or 128 + the signal number).
    static func run(entries: [LibraryEntry], skipped: [String], theme: Theme, useColor: Bool, library: StoredLibrary? = nil) -> Int32 {
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
        ReaderLoop.start(app: app, screen: terminal)
        StartupTimer.lap("first screen")
        while true {
            // A bounded wait: a signal handled on another thread is still seen within half a second.
            switch terminal.nextEvent(waitingUpTo: 500) {
            case .key(let key):
                if !ReaderLoop.handle(key, app: app, screen: terminal) { return 0 }
            case .signal(let number):
                return 128 + number
            case .inputClosed:
                return 129
            case .timeout:
                continue
            }
        }
    }
}
