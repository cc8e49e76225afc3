import Foundation
import Testing

/// The library in a real terminal: add a folder, read one article, quit, open again, and find
/// the read mark and a search hit.
@Suite("Library in tmux", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryTmuxTests {
    @Test func addQuitReopenFindsMarksAndSearchHits() throws {
        let binary = try #require(ParleyProcess.binary)
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = try LibraryFixtures.folder(count: 5, in: temporary)
        let library = temporary.appendingPathComponent("lib.sqlite").path
        let added = try ParleyProcess.run(["add", "--library", library, folder.path])
        #expect(added.status == 0)

        let first = TmuxSession()
        try first.start("'\(binary)' --library '\(library)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        var screen = try first.wait(for: "Library 5 articles, 5 unread")
        #expect(screen.contains(" Library 5 articles, 5 unread"))
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[1].hasPrefix(" ● Poland and the levy plan, part 0"))
        try first.send("Enter")
        screen = try first.wait(for: "[article]")
        #expect(screen.contains("Poland has vowed to block the levy plan number 0."))
        try first.send("Escape")
        screen = try first.wait(for: "5 articles, 4 unread")
        try first.send("j", "f", "q")
        screen = try first.wait(for: "PARLEY-EXIT=0")
        #expect(screen.contains("PARLEY-EXIT=0"))

        let second = TmuxSession()
        try second.start("'\(binary)' --library '\(library)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        screen = try second.wait(for: "Library 5 articles, 4 unread")
        #expect(screen.contains(" Library 5 articles, 4 unread"))
        let reopened = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(reopened[1].hasPrefix("   Poland and the levy plan, part 0"))
        #expect(reopened[2].hasPrefix("!● "))
        try second.send("/", "treaty", "Enter")
        screen = try second.wait(for: "Search treaty")
        #expect(screen.contains(" Search treaty: 2 articles"))
        #expect(screen.contains("Iceland has vowed to block the treaty plan number 3."))
        try second.send("Enter")
        screen = try second.wait(for: "[article]")
        #expect(screen.contains("and the treaty plan, part"))
        try second.send("q")
        #expect(try second.wait(for: "PARLEY-EXIT=0").contains("PARLEY-EXIT=0"))
    }
}
