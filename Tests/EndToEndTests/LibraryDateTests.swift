import Foundation
import Testing

/// `since:` and `until:` in `parley search`, in `parley export QUERY` and in the reader's `/`,
/// whose list `M` then puts in the matrix across articles.
@Suite("Library dates", .serialized, .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryDateTests {
    /// Four fixture articles whose files were last changed on known days (their library date).
    func datedLibrary(in temporary: URL) throws -> (library: String, files: [String]) {
        let folder = try LibraryFixtures.folder(count: 4, in: temporary)
        let days = ["2024-01-15T10:00:00Z", "2024-02-10T10:00:00Z", "2024-03-31T23:00:00Z", "2025-01-01T00:00:00Z"]
        var files: [String] = []
        for (number, day) in days.enumerated() {
            let file = folder.appendingPathComponent(number % 2 == 0 ? "one" : "two/deeper").appendingPathComponent(String(format: "%04d.txt", number))
            try FileManager.default.setAttributes([.modificationDate: try Date(day, strategy: .iso8601)], ofItemAtPath: file.path)
            files.append(file.resolvingSymlinksInPath().path)
        }
        let library = temporary.appendingPathComponent("lib.sqlite").path
        #expect(try ParleyProcess.run(["add", "--library", library, folder.path]).status == 0)
        return (library, files)
    }

    @Test("parley search and parley export QUERY list the articles of a stretch of time; a bad date is refused in one line")
    func searchAndExport() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let (library, files) = try datedLibrary(in: temporary)
        let search = try ParleyProcess.run(["search", "--library", library, "since:2024-02", "until:2024-03"])
        #expect(search.status == 0)
        #expect(search.stdout == """
            Norway and the levy plan, part 2
              \(files[2])
            Germany and the levy plan, part 1
              \(files[1])

            """)
        let words = try ParleyProcess.run(["search", "--library", library, "levy", "until:2024-01-15"])
        #expect(words.stdout.hasPrefix("Poland and the levy plan, part 0\n  \(files[0])\n  Poland has vowed to block the [levy] plan"))
        #expect(words.stdout.split(separator: "\n").count == 3)

        let csv = try ParleyProcess.run(["export", "--library", library, "--format", "csv", "since:2024-03-31"])
        #expect(csv.status == 0)
        let sources = Set(csv.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: ",")[1] })
        #expect(sources == [Substring(files[2]), Substring(files[3])])

        for arguments in [["search", "--library", library, "since:2024-13"], ["export", "--library", library, "until:2023-02-29"]] {
            let refused = try ParleyProcess.run(arguments)
            #expect(refused.status == 2)
            #expect(refused.stdout == "")
            #expect(refused.stderr == "parley: \(arguments[3]): not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n")
        }
    }

    @Test("/ with dates in the reader lists those articles, and M puts only them in the matrix",
          .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func readerSearchAndMatrix() throws {
        let binary = try #require(ParleyProcess.binary)
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let (library, _) = try datedLibrary(in: temporary)
        let session = TmuxSession()
        try session.start("'\(binary)' --library '\(library)'; echo PARLEY-EXIT=$?; sleep 60", width: 100, height: 30)
        _ = try session.wait(for: "Library 4 articles")
        try session.send("/", "since:2024-13", "Enter")
        var screen = try session.wait(for: "not a date")
        #expect(screen.contains(" since:2024-13: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        try session.send("/", "since:2024-02 until:2024", "Enter")
        screen = try session.wait(for: "2 articles for since:2024-02 until:2024")
        #expect(screen.contains("Norway and the levy plan, part 2"))
        #expect(screen.contains("Germany and the levy plan, part 1"))
        #expect(!screen.contains("part 0"))
        try session.send("M")
        screen = try session.wait(for: "Across 2 articles")
        #expect(screen.contains(" Across 2 articles, "))
        try session.send("Escape", "Escape", "M")
        screen = try session.wait(for: "Across 4 articles")
        #expect(screen.contains(" Across 4 articles, "))
        try session.send("q")
        _ = try session.wait(for: "PARLEY-EXIT=0")
    }
}
