import Foundation
import Testing

@Suite("Bad and huge input", .serialized, .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct HugeInputTests {
    @Test("A 100 MB file and a 5 MB single line are refused at once, naming the limit")
    func oversizedFiles() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.txt")
        _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 * 1_048_576)  // sparse: no need to write 100 MB
        try handle.close()
        let started = Date()
        var result = try ParleyProcess.run([huge.path])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(huge.path): larger than the 2 MB limit for an article\n")
        #expect(Date().timeIntervalSince(started) < 5)

        let line = folder.appendingPathComponent("line.txt")
        try Data(("Title\n\n" + String(repeating: "word ", count: 1_048_576)).utf8).write(to: line)
        result = try ParleyProcess.run(["extract", line.path])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(line.path): larger than the 2 MB limit for an article\n")

        result = try ParleyProcess.run(["-"], stdin: Data(repeating: UInt8(ascii: "a"), count: 3 * 1_048_576))
        #expect(result.status == 1)
        #expect(result.stderr == "parley: standard input: larger than the 2 MB limit for an article\n")
    }

    @Test func onlyControlBytes() throws {
        let result = try ParleyProcess.run(["-"], stdin: Data((0..<4096).map { UInt8($0 % 31 + 1) }))
        #expect(result.status == 1)
        #expect(result.stderr == "parley: standard input: not a text file (binary data)\n")
    }

    @Test("A directory of 10,000 articles opens its library at once")
    func thousandsOfFiles() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 0..<10_000 {
            let text = "Story \(number)\n\nNorway backs the deal number \(number). Sweden rejects it.\n"
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(String(format: "%05d.txt", number)).path, contents: Data(text.utf8))
        }
        let started = Date()
        let terminal = try PseudoTerminal(arguments: [folder.path], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": "/nonexistent"], width: 100, height: 30)
        #expect(terminal.wait(for: "10000 articles", limit: 30))
        #expect(Date().timeIntervalSince(started) < 30)
        terminal.send("G")
        #expect(terminal.wait(for: "Story 9999", limit: 40))
        terminal.send("\r")
        #expect(terminal.wait(for: "Stances", limit: 40))
        terminal.send("q")
        #expect(terminal.exitStatus() == 0)
    }
}
