import Foundation
import Testing

/// Hostile text, written for these tests: every kind of control sequence a file could carry.
enum HostileText {
    static let article = """
        Hostile \u{1B}]0;pwned title\u{07} headline \u{1B}[2J

        France backs the plan \u{1B}]52;c;ZXZpbA==\u{07} while Russia rejects it.

        An OSC 8 link \u{1B}]8;;http://example.invalid\u{1B}\\click\u{1B}]8;;\u{1B}\\ and a DCS \u{1B}P1$r0m\u{1B}\\ string.

        C1 controls \u{9B}31m and \u{9D}0;x\u{9C} with a bell \u{07}, DEL \u{7F}, backspace \u{08}, carriage return \r here.

        Bidi \u{202E}desrever\u{202C} and isolates \u{2066}x\u{2069} and zero width \u{200B}joiners; cursor \u{1B}[10;10H moves \u{1B}[?1049l.
        """
}

@Suite("Untrusted text never reaches the terminal as control sequences", .serialized,
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct TerminalSafetyTests {
    func hostileFile() throws -> URL {
        let folder = try ParleyProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("hostile\u{1B}[31m.txt")
        try Data(HostileText.article.utf8).write(to: file)
        return file
    }

    @Test("The interactive screen carries no sequence Parley did not write", arguments: ["xterm-256color", "screen", "linux", "vt100"])
    func interactiveStreamIsClean(term: String) throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let terminal = try PseudoTerminal(arguments: [file.path], environment: ["TERM": term, "LANG": "C.UTF-8", "HOME": "/nonexistent"], width: 100, height: 30)
        #expect(terminal.wait(for: "Stances"))
        terminal.send("z")
        terminal.drain()
        terminal.send("G")
        terminal.drain()
        terminal.send("q")
        #expect(terminal.exitStatus() == 0)
        let problems = TerminalStreamAudit.problems(in: terminal.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let text = String(decoding: terminal.output, as: UTF8.self)
        #expect(text.contains("]52;c;ZXZpbA=="))  // shown after a dim "^[", not obeyed
        #expect(!text.contains("ZXZpbA==\u{07}"))
    }

    @Test func plainOutputIsClean() throws {
        let result = try ParleyProcess.run(["-"], stdin: Data(HostileText.article.utf8))
        #expect(result.status == 0)
        #expect(TerminalStreamAudit.problems(in: Array(result.stdout.utf8)).isEmpty)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let json = try ParleyProcess.run(["extract", "-"], stdin: Data(HostileText.article.utf8))
        #expect(json.status == 0)
        // JSON escapes control characters itself; nothing raw comes out.
        #expect(!json.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func fileNamesInMessagesAreClean() throws {
        let result = try ParleyProcess.run(["/nonexistent/\u{1B}]52;c;x\u{07}.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: /nonexistent/?]52;c;x?.txt: no such file or directory\n")
    }
}

@Suite("Terminal types", .serialized, .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct TerminalTypeTests {
    let article = "Ministers split over fishing deal\n\nNorway backs the fishing deal. Sweden rejects the deal.\n"

    func articleFile() throws -> URL {
        let folder = try ParleyProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("fish.txt")
        try Data(article.utf8).write(to: file)
        return file
    }

    @Test("Known terminal types draw the reader and quit cleanly", arguments: ["xterm-256color", "xterm", "screen", "screen-256color", "tmux-256color", "linux", "vt100"])
    func knownTypes(term: String) throws {
        let file = try articleFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let terminal = try PseudoTerminal(arguments: [file.path], environment: ["TERM": term, "LANG": "C.UTF-8", "HOME": "/nonexistent"], width: 80, height: 24)
        #expect(terminal.wait(for: "Actors"), "no reader drawn for TERM=\(term)")
        terminal.send("q")
        #expect(terminal.exitStatus() == 0)
    }

    @Test("dumb and unknown terminals get a message and the plain text", arguments: ["dumb", "no-such-terminal-type"])
    func unusableTypes(term: String) throws {
        let file = try articleFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let terminal = try PseudoTerminal(arguments: [file.path], environment: ["TERM": term, "LANG": "C.UTF-8", "HOME": "/nonexistent"], width: 80, height: 24)
        #expect(terminal.exitStatus() == 0)
        let text = String(decoding: terminal.output, as: UTF8.self)
        #expect(text.contains("parley: terminal type '\(term)'"))
        #expect(text.contains("Ministers split over fishing deal\r\n=================================\r\n"))
        #expect(!terminal.output.contains(0x1B))
    }

    @Test("NO_COLOR gives an output without colours")
    func noColor() throws {
        let file = try articleFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let terminal = try PseudoTerminal(arguments: [file.path], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1", "HOME": "/nonexistent"], width: 80, height: 24)
        #expect(terminal.wait(for: "Actors"))
        terminal.send("q")
        #expect(terminal.exitStatus() == 0)
        let text = String(decoding: terminal.output, as: UTF8.self)
        // No foreground or background colour selections: SGR 30-37, 40-47, 90-97, 38;5, 48;5.
        let colour = try Regex("\\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|38;5|48;5)[;m]")
        #expect(text.firstMatch(of: colour) == nil)
    }
}
