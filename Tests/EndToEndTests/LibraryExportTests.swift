import ArticleModel
import Corrections
import Foundation
import Store
import Testing

/// `extract` and `export` over the library: the analyst's corrections ride along as "user".
@Suite("Exports of the library with its corrections", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryExportTests {
    let fish = "Ministers split over fishing deal\n\nNorway backs the fishing deal. Sweden rejects the deal.\n"
    let harbour = "Harbour fees rise again\n\nIceland opposes the harbour fees.\n"
    let time = "2026-12-06T06:00:00Z"
    let header = "article,source,title,date,actor,actor_name,kind,affiliation,issue,issue_label,polarity,cue,rule,negated,stance_source,decided_at,sentence,start,end\r\n"

    /// A library with the two articles, and Sweden's stance turned around by the analyst.
    func correctedLibrary() throws -> (folder: URL, library: String, fish: String, harbour: String) {
        let folder = try ParleyProcess.temporaryDirectory()
        let fishPath = folder.appendingPathComponent("fish.txt").path, harbourPath = folder.appendingPathComponent("harbour.txt").path
        try Data(fish.utf8).write(to: URL(fileURLWithPath: fishPath))
        try Data(harbour.utf8).write(to: URL(fileURLWithPath: harbourPath))
        let library = folder.appendingPathComponent("library.sqlite").path
        let added = try ParleyProcess.run(["add", "--library", library, fishPath, harbourPath])
        #expect(added.status == 0)
        // Another process (this test) decides, as the reader would.
        let store = try LibraryStore(path: library, modelVersion: "any")
        let id = try #require(try store.articles().first { $0.source == fishPath }?.id)
        let deal = IssueAnchor(key: IssueMatcher().key(for: Issue(id: "fishing-deal", label: "fishing deal")), label: "fishing deal")
        try store.record(Correction(action: .setCell(actor: "sweden", issue: deal, polarity: .support), article: nil,
                                    sentences: ["Sweden rejects the deal."], decidedAt: time), article: id)
        try store.record(Correction(action: .setAffiliation(actor: "norway", affiliation: "eea"), article: nil, decidedAt: time), article: nil)
        return (folder, library, fishPath, harbourPath)
    }

    @Test func theCSVOfTheLibraryCarriesTheAnalystsDecisions() throws {
        let (folder, library, fishPath, harbourPath) = try correctedLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ParleyProcess.run(["export", "--library", library, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == header + """
            1,\(fishPath),Ministers split over fishing deal,,norway,Norway,country,eea,fishing-deal,fishing deal,support,backs,subject,FALSE,rule,,Norway backs the fishing deal.,0,30\r
            1,\(fishPath),Ministers split over fishing deal,,sweden,Sweden,country,,fishing-deal,fishing deal,support,,user,FALSE,user,\(time),Sweden rejects the deal.,31,55\r
            2,\(harbourPath),Harbour fees rise again,,iceland,Iceland,country,,harbour-fees,harbour fees,oppose,opposes,subject,FALSE,rule,,Iceland opposes the harbour fees.,0,33\r

            """)
    }

    @Test func aQueryExportsOnlyTheArticlesItFinds() throws {
        let (folder, library, _, harbourPath) = try correctedLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ParleyProcess.run(["export", "--library", library, "--format", "csv", "--query", "harbour"])
        #expect(result.status == 0)
        #expect(result.stdout == header + """
            1,\(harbourPath),Harbour fees rise again,,iceland,Iceland,country,,harbour-fees,harbour fees,oppose,opposes,subject,FALSE,rule,,Iceland opposes the harbour fees.,0,33\r

            """)
        let refused = try ParleyProcess.run(["export", "--library", library, "--query", "harbour", harbourPath])
        #expect(refused.status == 2)
        #expect(refused.stderr == "parley: --query searches the library: give it without paths\n")
    }

    @Test func extractOfTheLibraryNamesWhoDecided() throws {
        let (folder, library, _, _) = try correctedLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ParleyProcess.run(["extract", "--library", library, "--query", "fishing"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        let stances = try #require(articles[0]["stances"] as? [[String: Any]])
        #expect(stances.map { "\($0["actor"]!) \($0["polarity"]!) \($0["source"]!) \($0["decided"] ?? "-")" } == ["norway support rule -", "sweden support user \(time)"])
    }

    @Test func aCorrectionWhoseSentenceIsGoneIsNamedOnStandardError() throws {
        let (folder, library, fishPath, _) = try correctedLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(fish.replacingOccurrences(of: "Sweden rejects the deal.", with: "Sweden said nothing.").utf8).write(to: URL(fileURLWithPath: fishPath))
        #expect(try ParleyProcess.run(["add", "--library", library, fishPath]).status == 0)
        let result = try ParleyProcess.run(["export", "--library", library, "--format", "csv", "--query", "fishing"])
        #expect(result.status == 0)
        #expect(result.stderr == "parley: \(fishPath): a correction no longer finds its sentence: set sweden on fishing deal: support\n")
        #expect(result.stdout == header + """
            1,\(fishPath),Ministers split over fishing deal,,norway,Norway,country,eea,fishing-deal,fishing deal,support,backs,subject,FALSE,rule,,Norway backs the fishing deal.,0,30\r

            """)
    }

    @Test("A query given as arguments (words that name no file or URL) exports what --query would; paths stay paths; both at once is refused")
    func aQueryAsArguments() throws {
        let (folder, library, fishPath, harbourPath) = try correctedLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let harbourRow = "1,\(harbourPath),Harbour fees rise again,,iceland,Iceland,country,,harbour-fees,harbour fees,oppose,opposes,subject,FALSE,rule,,Iceland opposes the harbour fees.,0,33\r\n"
        for arguments in [["harbour"], ["actor:iceland", "fees"], ["--query", "actor:iceland", "harbour"]] {
            let result = try ParleyProcess.run(["export", "--library", library, "--format", "csv"] + arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stderr == "", "\(arguments)")
            #expect(result.stdout == header + harbourRow, "\(arguments)")
        }
        // A file is read as it is: the model's stances, without the library's corrections.
        let file = try ParleyProcess.run(["export", "--library", library, "--format", "csv", fishPath])
        #expect(file.status == 0)
        #expect(file.stdout.contains(",sweden,Sweden,country,,fishing-deal,fishing deal,oppose,rejects,subject,FALSE,rule,,Sweden rejects the deal.,31,55\r\n"))
        #expect(!file.stdout.contains(",user,"))

        let mixed = try ParleyProcess.run(["export", "--library", library, "--format", "csv", "harbour", fishPath])
        #expect(mixed.status == 2)
        #expect(mixed.stdout == "")
        #expect(mixed.stderr == "parley: harbour is no file or URL, but \(fishPath) is: give paths, or a library query alone (as parley search)\n")
        // A mistyped file name is reported as missing, not searched for.
        let gone = folder.appendingPathComponent("gone.txt").path
        let missing = try ParleyProcess.run(["export", "--library", library, "--format", "csv", gone])
        #expect(missing.status == 1)
        #expect(missing.stderr == "parley: \(gone): no such file or directory\n")
        // extract takes a query the same way.
        let extracted = try ParleyProcess.run(["extract", "--library", library, "harbour"])
        #expect(extracted.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        #expect((document["articles"] as? [[String: Any]])?.map { $0["source"] as? String } == [harbourPath])
    }
}
