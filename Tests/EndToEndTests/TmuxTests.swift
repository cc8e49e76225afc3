import Foundation
import Testing

/// Drives `parley` in a real terminal: a detached tmux session with its own server socket.
final class TmuxSession {
    let socket = "parley-test-\(UUID().uuidString.prefix(8))"

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tmux command and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket] + arguments).output
    }

    /// Starts `command` in a shell in a new session of the given size.
    func start(_ command: String, width: Int, height: Int) throws {
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8", "-e", "TERM=screen-256color", command])
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    func capture() throws -> String {
        try tmux(["capture-pane", "-p"])
    }

    /// Waits up to `seconds` for the screen to contain `text`; returns the last capture.
    @discardableResult
    func wait(for text: String, seconds: Double = 40) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return screen
    }

    /// The screen once two captures a fifth of a second apart agree (a frame may still be being
    /// drawn when `wait(for:)` sees its first words); the last capture after `seconds`.
    func settled(seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var previous = try capture()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            let screen = try capture()
            if screen == previous { return screen }
            previous = screen
        }
        return previous
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }
}

@Suite("parley in tmux", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"),
       .enabled(if: ParleyProcess.hasReference, "needs ../shared/seed (absent in a user's clone)"))
struct TmuxTests {
    func startReader(_ session: TmuxSession, width: Int = 100, height: Int = 30) throws {
        let binary = try #require(ParleyProcess.binary)
        try session.start("'\(binary)' '\(ParleyProcess.referencePath)'; echo PARLEY-EXIT=$?; sleep 60", width: width, height: height)
        try session.wait(for: "Stances")
    }

    @Test func panesJumpsFocusAndQuit() throws {
        let session = TmuxSession()
        try startReader(session)
        var screen = try session.capture()
        #expect(screen.contains(" Article "))
        #expect(screen.contains(" Actors 14"))
        #expect(screen.contains("C 11 Russia"))
        #expect(screen.contains(" Stances 4 actors x 4 issues"))
        #expect(screen.contains("Syria diplomacy: All eyes on US-Russia talks  [article]"))

        try session.send("]")
        screen = try session.wait(for: "Russia: mention 1 of 11")
        #expect(screen.contains("Russia: mention 1 of 11"))
        try session.send("Tab")
        screen = try session.wait(for: "[actors]")
        #expect(screen.contains("[actors]"))
        try session.send("?")
        // A line of the overlay, not its title: a capture can land while it is being drawn.
        screen = try session.wait(for: "next mention of the selected actor")
        #expect(screen.contains("Parley keys"))
        #expect(screen.contains("next mention of the selected actor"))
        try session.send("Escape")
        try session.send("q")
        screen = try session.wait(for: "PARLEY-EXIT=0")
        #expect(screen.contains("PARLEY-EXIT=0"))
        #expect(!screen.contains("Stances"))  // the reader's screen is gone: the terminal is restored
    }

    @Test func narrowTerminalAndResize() throws {
        let session = TmuxSession()
        try startReader(session, width: 80, height: 24)
        var screen = try session.capture()
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.hasPrefix(" Article") == true)
        #expect(rows.contains { $0.hasPrefix(" Stances 4 actors x 4 issues") })
        try session.tmux(["resize-window", "-x", "50", "-y", "10"])
        screen = try session.wait(for: "terminal too small")
        #expect(screen.contains("terminal too small (need 60x16)"))
        try session.tmux(["resize-window", "-x", "120", "-y", "40"])
        screen = try session.wait(for: "│ Actors 14")
        #expect(screen.contains("│ Stances 4 actors x 4 issues"))
        try session.send("q")
        #expect(try session.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }

    @Test func signalsRestoreTheTerminal() throws {
        let session = TmuxSession()
        try startReader(session)
        let pid = try session.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The shell's child is parley.
        _ = try Spawn.run(["pkill", "-TERM", "-P", pid, "-x", "parley"])
        let screen = try session.wait(for: "PARLEY-EXIT=")
        #expect(screen.contains("PARLEY-EXIT=143"))
        #expect(!screen.contains("Stances"))
    }

    @Test("A storm of resizes leaves the same screen as a fresh start at the final size")
    func resizeStorm() throws {
        let session = TmuxSession()
        try startReader(session, width: 100, height: 30)
        let sizes = [(60, 20), (130, 45), (20, 5), (200, 60), (81, 25), (300, 100), (45, 12), (99, 31)]
        for round in 0..<4 {
            for (width, height) in sizes {
                try session.tmux(["resize-window", "-x", "\(width + round)", "-y", "\(height)"])
            }
        }
        try session.tmux(["resize-window", "-x", "110", "-y", "35"])
        Thread.sleep(forTimeInterval: 1.0)
        let stormed = try session.capture()
        let fresh = TmuxSession()
        try startReader(fresh, width: 110, height: 35)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(stormed == (try fresh.capture()))
        try session.send("q")
        #expect(try session.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }

    @Test("Ctrl-Z suspends, fg resumes with a correct screen")
    func suspendAndResume() throws {
        let session = TmuxSession()
        let binary = try #require(ParleyProcess.binary)
        try session.start("bash --norc --noprofile", width: 100, height: 30)
        try session.send("PS1='prompt$ '", "Enter")
        try session.send("'\(binary)' '\(ParleyProcess.referencePath)'; echo PARLEY-EXIT=$?", "Enter")
        try session.wait(for: "Stances")
        let before = try session.settled()
        try session.send("C-z")
        let suspended = try session.wait(for: "Stopped")
        #expect(suspended.contains("Stopped"))
        #expect(!suspended.contains(" Stances 4 actors"))
        try session.send("fg", "Enter")
        try session.wait(for: " Stances 4 actors")
        let resumed = try session.settled()
        #expect(resumed.contains(" Stances 4 actors x 4 issues"))
        #expect(resumed.split(separator: "\n").dropLast() == before.split(separator: "\n").dropLast())
        try session.send("q")
        try session.send("echo RESUMED-EXIT=$?", "Enter")
        #expect(try session.wait(for: "RESUMED-EXIT=0").contains("RESUMED-EXIT=0"))
    }

    @Test("An article piped to standard input still gets the interactive reader, keys from the terminal")
    func stdinPipe() throws {
        let session = TmuxSession()
        let binary = try #require(ParleyProcess.binary)
        try session.start("cat '\(ParleyProcess.referencePath)' | '\(binary)' -; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        #expect(try session.wait(for: "Stances").contains(" Actors 14"))
        try session.send("]")
        #expect(try session.wait(for: "Russia: mention 1 of 11").contains("Russia: mention 1 of 11"))
        try session.send("q")
        #expect(try session.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }

    @Test("When the terminal goes away (SIGHUP), parley exits and leaves no process behind")
    func hangup() throws {
        let session = TmuxSession()
        let binary = try #require(ParleyProcess.binary)
        try session.start("exec '\(binary)' '\(ParleyProcess.referencePath)'", width: 100, height: 30)
        try session.wait(for: "Stances")
        let pid = try #require(Int32(try session.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isRunning(pid))
        try session.tmux(["kill-server"])
        var gone = false
        for _ in 0..<50 {
            if !Self.isRunning(pid) { gone = true; break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(gone, "parley (pid \(pid)) still running after its terminal closed: \((try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?.split(separator: "\n").prefix(12).joined(separator: " | ") ?? "")")
    }

    /// Alive and not a zombie waiting to be reaped.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        return !status.contains("State:\tZ")
    }

    @Test("Scrolling by terminal scroll leaves exactly what a full repaint draws")
    func scrollingMatchesRepaint() throws {
        for size in [(80, 24), (120, 40)] {
            let session = TmuxSession()
            try startReader(session, width: size.0, height: size.1)
            let threePanes = ["j", "j", "j", "Space", "k", "j", "j", "Tab", "j", "BTab", "j", "z", "j", "j", "k", "z", "j"]
            // Zoomed, the whole screen scrolls, under and after messages on the bottom row.
            let zoomed = ["z", "j", "j", "]", "j", "Space", "k", "=", "j", "m", "j", "G", "k", "j"]
            for (name, keys) in [("three panes", threePanes), ("zoomed", zoomed)] {
                for key in keys {
                    try session.send(key)
                    Thread.sleep(forTimeInterval: 0.05)
                }
                Thread.sleep(forTimeInterval: 0.4)
                let scrolled = try session.capture()
                try session.send("C-l")
                Thread.sleep(forTimeInterval: 0.4)
                #expect(scrolled == (try session.capture()), "\(name): screen differs from a repaint at \(size.0)x\(size.1)")
            }
            try session.send("q")
        }
    }
}
