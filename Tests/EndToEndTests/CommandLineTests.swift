import Foundation
import Testing

@Suite("parley on the command line", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct CommandLineTests {
    let article = "Ministers split over fishing deal\n\nNorway backs the fishing deal. Sweden rejects the deal.\n"

    @Test func versionAndHelp() throws {
        let version = try ParleyProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try ParleyProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: parley"))
        #expect(help.stdout.contains("extract"))
    }

    @Test func missingFileIsOneLineAndExitOne() throws {
        let result = try ParleyProcess.run(["/nonexistent/story.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "parley: /nonexistent/story.txt: no such file or directory\n")
    }

    @Test func emptyBinaryAndUnreadableFiles() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]).write(to: binary)
        var result = try ParleyProcess.run([empty.path])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(empty.path): file is empty\n")
        result = try ParleyProcess.run([binary.path])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(binary.path): not a text file (binary data)\n")
        let emptyFolder = folder.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        result = try ParleyProcess.run([emptyFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: \(emptyFolder.path): no articles (.txt, .html or .htm files) in this directory\n")
    }

    @Test("Plain paths skip the option parser and behave exactly like `parley read PATH...`")
    func plainPathsMatchTheReadCommand() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = folder.appendingPathComponent("story.txt")
        try Data(article.utf8).write(to: story)
        for arguments in [[story.path], [story.path, story.path], ["/nonexistent/story.txt"], ["-"]] {
            let fast = try ParleyProcess.run(arguments, stdin: Data(article.utf8))
            let parsed = try ParleyProcess.run(["read"] + arguments, stdin: Data(article.utf8))
            #expect(fast.status == parsed.status)
            #expect(fast.stdout == parsed.stdout)
            #expect(fast.stderr == parsed.stderr)
        }
        // A path that looks like an option still goes to the parser and is refused by it.
        let option = try ParleyProcess.run(["--no-such-option", story.path])
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("Error: Unknown option '--no-such-option'"))
    }

    @Test("A folder that links back to itself is read once, without following the link")
    func folderWithALinkCycle() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(article.utf8).write(to: folder.appendingPathComponent("story.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("again.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("story.txt").path)
        let result = try ParleyProcess.run(["extract", "--format", "json", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.components(separatedBy: "\"title\" : \"Ministers split over fishing deal\"").count == 3)
    }

    @Test func unknownThemeExitsTwoListingThemes() throws {
        let result = try ParleyProcess.run(["--theme", "neon"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr == "parley: unknown theme 'neon' (available: default, light, mono)\n")
    }

    @Test func plainTextWhenStdoutIsNotATerminal() throws {
        let result = try ParleyProcess.run(["-"], stdin: Data(article.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == """
            Ministers split over fishing deal
            =================================

            Norway backs the fishing deal. Sweden rejects the deal.

            Actors
            ------
            C 1 Norway
            C 1 Sweden

            Stances
            -------
                   1
            Norway +
            Sweden -

            1. fishing deal

            + support  - oppose  ± mixed  = neutral  · no stance

            """)
    }

    @Test func controlSequencesNeverReachTheOutput() throws {
        let hostile = "Title \u{1B}]52;c;ZXZpbA==\u{07}\n\nBody \u{1B}[2J with \u{9B}31m and \u{202E}reversed.\n"
        let result = try ParleyProcess.run(["-"], stdin: Data(hostile.utf8))
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(result.stdout.hasPrefix("Title ^[]52;c;ZXZpbA==^G\n"))
    }

    @Test func extractPrintsTheModelAsJSON() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("fish.txt")
        try Data(article.utf8).write(to: file)
        let result = try ParleyProcess.run(["extract", "--format", "json", file.path])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(document["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
        let first = articles[0]
        #expect(first["source"] as? String == file.path)
        #expect(first["title"] as? String == "Ministers split over fishing deal")
        #expect(first["text"] as? String == "Norway backs the fishing deal. Sweden rejects the deal.")
        let actors = try #require(first["actors"] as? [[String: Any]])
        #expect(actors.map { $0["id"] as? String } == ["norway", "sweden"])
        #expect(actors[0]["affiliation"] is NSNull)
        let mention = try #require((actors[1]["mentions"] as? [[String: Any]])?.first)
        #expect(mention["start"] as? Int == 31)
        #expect(mention["end"] as? Int == 37)
        #expect(mention["text"] as? String == "Sweden")
        #expect(mention["via"] as? String == "name")
        let issues = try #require(first["issues"] as? [[String: Any]])
        #expect(issues.map { $0["label"] as? String } == ["fishing deal"])
        let stances = try #require(first["stances"] as? [[String: Any]])
        #expect(stances.map { $0["polarity"] as? String } == ["support", "oppose"])
        #expect(stances[1]["cue"] as? String == "rejects")
        #expect(stances[1]["negated"] as? Bool == false)
        #expect(stances[1]["source"] as? String == "rule")
        #expect(stances[1]["decided"] == nil)
        let evidence = try #require((stances[1]["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["sentence"] as? String == "Sweden rejects the deal.")
        #expect(evidence["start"] as? Int == 31)
        #expect(evidence["end"] as? Int == 55)
    }

    @Test func noPathOpensTheBundledSamples() throws {
        let result = try ParleyProcess.run([])
        #expect(result.status == 0)
        for title in ["Harbour treaty splits Nordic ministers", "Grain corridor talks stall over inspections", "Coal levy divides Warsaw and Brussels", "River dam dispute reaches the African Union"] {
            #expect(result.stdout.contains(title + "\n"))
        }
        #expect(result.stdout.contains("Łukasz Wróbel"))
    }

    @Test func directoriesAreSearchedRecursivelyAndBadFilesSkipped() throws {
        let folder = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data(article.utf8).write(to: nested.appendingPathComponent("one.txt"))
        try Data("Second story\n\nFrance backs the plan.\n".utf8).write(to: folder.appendingPathComponent("two.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("not an article".utf8).write(to: folder.appendingPathComponent("notes.md"))
        let result = try ParleyProcess.run(["extract", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr == "parley: skipped \(folder.path)/empty.txt: file is empty\n")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let titles = (document["articles"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(titles == ["Ministers split over fishing deal", "Second story"])
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(try #require(ParleyProcess.binary))' | head -c 10 > /dev/null; echo ${PIPESTATUS:-done}"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!stderr.contains("Fatal error"))
        #expect(!stderr.contains("crashed"))
    }

    @Test("A user lexicon adds actors; a malformed one is named with its line and ignored")
    func userLexicon() throws {
        let config = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        try FileManager.default.createDirectory(at: config.appendingPathComponent("parley"), withIntermediateDirectories: true)
        let lexicon = config.appendingPathComponent("parley/actors.toml")
        try Data("[[country]]\nid = \"ruritania\"\nname = \"Ruritania\"\nadjectives = [\"Ruritanian\"]\n".utf8).write(to: lexicon)
        let text = Data("Border talks\n\nRuritania backs the treaty.\n".utf8)
        var result = try ParleyProcess.run(["extract", "-"], stdin: text, environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\" : \"ruritania\""))
        try Data("[[country]]\nid = \"ruritania\"\nname = Ruritania\n".utf8).write(to: lexicon)
        result = try ParleyProcess.run(["extract", "-"], stdin: text, environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 0)
        #expect(result.stderr == "parley: \(lexicon.path): line 3: 'Ruritania' is not a value (strings need quotes) (using the bundled lexicon)\n")
        #expect(!result.stdout.contains("ruritania"))
    }
}
