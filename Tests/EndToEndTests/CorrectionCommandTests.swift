import Foundation
import Store
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `parley correct`: decisions recorded by real processes, and none lost when one is killed.
@Suite("parley correct", .serialized, .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct CorrectionCommandTests {
    static let binary = ParleyProcess.binary ?? ""

    /// A library of `count` invented articles in a new folder, removed by the caller.
    func library(count: Int) throws -> (folder: URL, library: String) {
        let temporary = try ParleyProcess.temporaryDirectory()
        let articles = try LibraryFixtures.folder(count: count, in: temporary)
        let library = temporary.appendingPathComponent("library.sqlite").path
        #expect(try ParleyProcess.run(["add", "--library", library, articles.path]).status == 0)
        return (temporary, library)
    }

    @Test func aDecisionIsRecordedListedAppliedAndUndone() throws {
        let (folder, library) = try library(count: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("articles/one/0000.txt").path
        let set = try ParleyProcess.run(["correct", "--library", library, "--article", article, "--sentence", "Germany supports the levy.",
                                         "set-cell", "germany", "levy", "oppose"])
        #expect(set.status == 0)
        #expect(set.stdout == "1\tset germany on levy: oppose\n")
        #expect(try ParleyProcess.run(["correct", "--library", library, "set-kind", "germany", "government"]).stdout == "2\tset germany's kind to government\n")
        let listed = try ParleyProcess.run(["correct", "--library", library, "--list"]).stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(listed.map { [$0[0], $0[2], $0[3]] } == [["1", article, "set germany on levy: oppose"], ["2", "library", "set germany's kind to government"]])
        let csv = try ParleyProcess.run(["export", "--library", library, "--format", "csv"]).stdout
        let germany = csv.split(separator: "\r\n").filter { $0.contains(",germany,") }
        #expect(germany.count == 1)
        #expect(germany.first?.contains(",germany,Germany,government,,levy,levy,oppose,,user,FALSE,user,") == true)
        #expect(try ParleyProcess.run(["correct", "--library", library, "--undo"]).stdout == "undone: set germany's kind to government\n")
        #expect(try ParleyProcess.run(["correct", "--library", library, "--list"]).stdout.split(separator: "\n").count == 1)
    }

    @Test("a generic issue ('plans') renamed in one article keeps its name in another")
    func aGenericIssueIsRenamedInItsArticleOnly() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.txt").path, second = folder.appendingPathComponent("b.txt").path
        try "Coal talks\n\nGermany backs the plans.\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "Farm talks\n\nFrance rejects the plans.\n".write(toFile: second, atomically: true, encoding: .utf8)
        let library = folder.appendingPathComponent("library.sqlite").path
        #expect(try ParleyProcess.run(["add", "--library", library, first, second]).status == 0)
        let renamed = try ParleyProcess.run(["correct", "--library", library, "--article", first, "rename-issue", "plans", "coal plans"])
        #expect(renamed.stdout == "1\trenamed issue plans to coal plans\n")
        let listed = try ParleyProcess.run(["correct", "--library", library, "--list"]).stdout.split(separator: "\t").map(String.init)
        #expect(listed.dropFirst(2).first == first)
        let rows = try ParleyProcess.run(["export", "--library", library, "--format", "csv"]).stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.first?.contains(",germany,Germany,country,,coal-plan,coal plans,support,") == true)
        #expect(rows.last?.contains(",france,France,country,,plan-2,plans,oppose,") == true)
    }

    @Test func wrongDecisionsAreRefusedInOneLine() throws {
        let (folder, library) = try library(count: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [([String], Int32, String)] = [
            (["frobnicate"], 2, "parley: frobnicate: not a kind of correction (see parley correct --help)\n"),
            (["set-cell", "germany", "levy", "oppose"], 2, "parley: set-cell needs --article\n"),
            (["set-kind", "germany", "planet"], 2, "parley: planet: not a kind (country, government, person, organisation, company, party, group, other)\n"),
            (["rename-actor", "germany"], 2, "parley: rename-actor takes 2 values\n"),
            (["--article", "/nowhere.txt", "--sentence", "x", "set-cell", "a", "b", "support"], 1, "parley: /nowhere.txt: not in the library\n"),
        ]
        for (arguments, status, message) in cases {
            let result = try ParleyProcess.run(["correct", "--library", library] + arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr == message)
        }
        #expect(try ParleyProcess.run(["correct", "--library", library, "--undo"]).stderr == "parley: no correction to undo\n")
    }

    @Test("kill -9 during a correction loses no earlier one, and the library opens and takes more afterwards")
    func killDuringACorrection() throws {
        let (folder, library) = try library(count: 20)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("articles/one/0000.txt").path
        func arguments(_ round: Int) -> [String] {
            round % 2 == 0
                ? [Self.binary, "correct", "--library", library, "set-affiliation", "poland", "group-\(round)"]
                : [Self.binary, "correct", "--library", library, "--article", article, "--sentence", "Germany supports the levy.",
                   "set-cell", "germany", "levy", round % 4 == 1 ? "oppose" : "neutral"]
        }
        // How long one correction takes here, so that the kills land from its start to its end.
        let started = Date()
        #expect(try ParleyProcess.run(Array(arguments(1).dropFirst())).status == 0)
        let duration = Date().timeIntervalSince(started)
        var expected = ["set germany on levy: oppose"]
        var random = SplitMix(seed: 614)
        var killed = 0
        for round in 2..<26 {
            let pid = try Spawn.start(arguments(round))
            Thread.sleep(forTimeInterval: duration * Double(random.below(101)) / 100)
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
            let wasKilled = (raw & 0x7F) == SIGKILL
            let summaries = try LibraryStore(path: library, modelVersion: "any", create: false).corrections().map(\.correction.summary)
            // Every earlier decision is there, in order; the killed one is there whole or not at all.
            #expect(Array(summaries.prefix(expected.count)) == expected, "round \(round)")
            #expect(summaries.count == expected.count || summaries.count == expected.count + 1, "round \(round)")
            expected = summaries
            if wasKilled { killed += 1 }
            #expect(try LibraryFixtures.integrity(library) == "ok, search index ok", "round \(round)")
        }
        #expect(killed >= 5, "the kills did not land while parley correct ran")
        #expect(expected.count < 25, "every kill landed after its decision was committed: none tested a kill before the commit")
        let after = try ParleyProcess.run(["correct", "--library", library, "rename-actor", "poland", "Republic of Poland"])
        #expect(after.status == 0)
        #expect(try LibraryStore(path: library, modelVersion: "any", create: false).corrections().map(\.correction.summary) == expected + ["renamed poland to Republic of Poland"])
    }
}
