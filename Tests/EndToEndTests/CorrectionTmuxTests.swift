import Foundation
import Testing

/// Corrections in a real terminal: decide a cell, quit, find the decision stored, exported and
/// shown again, and undo it.
@Suite("Corrections in tmux", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct CorrectionTmuxTests {
    @Test func aCellDecidedInTheReaderIsKeptExportedShownAndUndone() throws {
        let binary = try #require(ParleyProcess.binary)
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = try LibraryFixtures.folder(count: 1, in: temporary)
        let library = temporary.appendingPathComponent("lib.sqlite").path
        #expect(try ParleyProcess.run(["add", "--library", library, folder.path]).status == 0)
        let before = try ParleyProcess.run(["export", "--library", library, "--format", "csv"]).stdout
        #expect(!before.contains(",user,"))

        let first = TmuxSession()
        try first.start("'\(binary)' --library '\(library)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        _ = try first.wait(for: "Library 1 article,")
        try first.send("Enter")
        _ = try first.wait(for: "[article]")
        try first.send("Tab", "Tab", "x")
        var screen = try first.wait(for: "by you (u undoes)")
        #expect(screen.contains("no stance, by you (u undoes)"))
        try first.send("q")
        _ = try first.wait(for: "PARLEY-EXIT=0")

        let listed = try ParleyProcess.run(["correct", "--library", library, "--list"]).stdout
        let fields = listed.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(fields.count == 1)
        #expect(fields.first?[2] == folder.appendingPathComponent("one/0000.txt").path)
        #expect(fields.first?[3].hasPrefix("set ") == true)
        #expect(fields.first?[3].hasSuffix(": no stance") == true)
        // "set poland on levy: no stance": the export loses exactly that actor's rows on that issue.
        let summary = try #require(fields.first?[3])
        let parts = summary.dropFirst(4).dropLast(11).components(separatedBy: " on ")
        #expect(parts.count == 2)
        let after = try ParleyProcess.run(["export", "--library", library, "--format", "csv"]).stdout
        let removed = before.components(separatedBy: "\r\n").filter { $0.contains(",\(parts[0]),") && $0.contains(",\(parts[1]),") }
        #expect(!removed.isEmpty)
        #expect(after.components(separatedBy: "\r\n") == before.components(separatedBy: "\r\n").filter { !removed.contains($0) })

        let second = TmuxSession()
        try second.start("'\(binary)' --library '\(library)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        _ = try second.wait(for: "Library 1 article,")
        try second.send("Enter")
        _ = try second.wait(for: "[article]")
        try second.send("u")
        screen = try second.wait(for: "Undone: set ")
        #expect(screen.contains(": no stance"))
        // The status line names the actor as the reader shows it ("Poland"), not by its id.
        #expect(screen.contains("Undone: set \(parts[0].prefix(1).uppercased() + parts[0].dropFirst()) on \(parts[1]): no stance"))
        try second.send("q")
        _ = try second.wait(for: "PARLEY-EXIT=0")
        #expect(try ParleyProcess.run(["correct", "--library", library, "--list"]).stdout == "")
        #expect(try ParleyProcess.run(["export", "--library", library, "--format", "csv"]).stdout == before)
    }

    @Test func aStanceAddedAndAKindSetInTheReaderAreKeptAndExported() throws {
        let binary = try #require(ParleyProcess.binary)
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = try LibraryFixtures.folder(count: 1, in: temporary)
        let library = temporary.appendingPathComponent("lib.sqlite").path
        #expect(try ParleyProcess.run(["add", "--library", library, folder.path]).status == 0)

        let session = TmuxSession()
        try session.start("'\(binary)' --library '\(library)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        _ = try session.wait(for: "Library 1 article,")
        try session.send("Enter")
        _ = try session.wait(for: "[article]")
        // The search match's sentence: a stance of a new actor on a new issue.
        try session.send("/", "next week", "Enter")
        _ = try session.wait(for: "Match 1 of 1")
        try session.send("A")
        _ = try session.wait(for: "Stance held by (name or rank; Enter: Poland):")
        try session.send("Fishermen", "Enter")
        _ = try session.wait(for: "Fishermen on (column or label")
        try session.send("weekly talks", "Enter")
        _ = try session.wait(for: "Fishermen on weekly talks: + support  - oppose  0 neutral")
        try session.send("+")
        var screen = try session.wait(for: "Added Fishermen (new) on weekly talks (new): support (u undoes)")
        #expect(screen.contains("Added Fishermen (new) on weekly talks (new): support (u undoes)"))
        try session.send("Tab", "K")
        _ = try session.wait(for: "Kind of Poland: C country G govt")
        try session.send("G")
        screen = try session.wait(for: "Poland's kind set to government everywhere (u undoes)")
        #expect(screen.contains("│ G "))
        try session.send("q")
        _ = try session.wait(for: "PARLEY-EXIT=0")

        let listed = try ParleyProcess.run(["correct", "--library", library, "--list"]).stdout
        let fields = listed.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(fields.map { $0.count > 3 ? [$0[2], $0[3]] : [] } == [
            [folder.appendingPathComponent("one/0000.txt").path, "added fishermen supports weekly talks"],
            ["library", "set poland's kind to government"],
        ])
        let csv = try ParleyProcess.run(["export", "--library", library, "--format", "csv"]).stdout
        let added = csv.components(separatedBy: "\r\n").filter { $0.contains(",fishermen,") }
        #expect(added.count == 1)
        #expect(added.first?.contains(",weekly talks,support,,user,") == true)
        #expect(added.first?.contains("next week") == true)
    }
}
