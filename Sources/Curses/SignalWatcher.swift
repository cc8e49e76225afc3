import Glibc
import Synchronization

/// Records the termination signals (SIGINT, SIGTERM, SIGHUP) that should end the program,
/// so that the main loop can restore the terminal before exiting.
///
/// The handler only stores the signal number in an atomic; everything else happens on the main loop.
public enum SignalWatcher {
    private static let pending = Atomic<Int32>(0)

    /// The signals that end Parley cleanly.
    public static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers. Call before curses starts, so curses keeps its hands off these signals.
    public static func install() {
        for signalNumber in terminatingSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalWatcher.pending.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocking poll() returns EINTR at once
            sigaction(signalNumber, &action, nil)
        }
        signal(SIGPIPE, SIG_IGN)
        // Runtime threads may have left these blocked on the main thread; poll() must see them.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in terminatingSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblocked, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// The signal received since start, if any.
    public static var received: Int32? {
        let value = pending.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
