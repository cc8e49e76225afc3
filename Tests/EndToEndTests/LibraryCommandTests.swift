import Foundation
import GRDB
import Testing

/// `parley add`, `search`, `import-opml` and the library list, run as a user would.
@Suite("Library commands", .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryCommandTests {
    @Test("add a folder, add it again, search it, list it")
    func addSearchList() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = try LibraryFixtures.folder(count: 6, in: temporary)
        try Data("not an article\u{0}\u{1}\u{2}".utf8).write(to: folder.appendingPathComponent("one/zz-binary.txt"))
        let library = temporary.appendingPathComponent("lib.sqlite").path
        let added = try ParleyProcess.run(["add", "--library", library, folder.path])
        #expect(added.status == 0)
        #expect(added.stdout == "")
        #expect(added.stderr == """
            parley: skipped \(folder.path)/one/zz-binary.txt: not a text file (binary data)
            parley: added 6 articles to \(library) (0 updated, 0 already there, 1 skipped)

            """)
        let again = try ParleyProcess.run(["add", "--library", library, folder.path + "/one"])
        #expect(again.stderr.hasSuffix("parley: added 0 articles to \(library) (0 updated, 3 already there, 1 skipped)\n"))

        let search = try ParleyProcess.run(["search", "--library", library, "treaty", "plan"])
        #expect(search.status == 0)
        let root = folder.resolvingSymlinksInPath().path
        #expect(search.stdout == """
            Spain and the treaty plan, part 4
              \(root)/one/0004.txt
              Spain has vowed to block the [treaty] [plan] number 4. Germany supports…
            Iceland and the treaty plan, part 3
              \(root)/two/deeper/0003.txt
              Iceland has vowed to block the [treaty] [plan] number 3. Germany supports…
            Denmark and the treaty plan, part 5
              \(root)/two/deeper/0005.txt
              Denmark has vowed to block the [treaty] [plan] number 5. Germany supports…

            """)

        let json = try ParleyProcess.run(["search", "--library", library, "--format", "json", "--limit", "1", "\"treaty plan\"", "unread"])
        #expect(json.status == 0)
        #expect(json.stdout == """
            {
              "hits" : [
                {
                  "flagged" : false,
                  "id" : 3,
                  "matches" : [
                    {
                      "end" : 40,
                      "start" : 29
                    }
                  ],
                  "read" : false,
                  "snippet" : "Spain has vowed to block the treaty plan number 4. Germany supports…",
                  "source" : "\(root)/one/0004.txt",
                  "title" : "Spain and the treaty plan, part 4"
                }
              ],
              "query" : "\\"treaty plan\\" unread"
            }

            """)
        let none = try ParleyProcess.run(["search", "--library", library, "zeppelin"])
        #expect(none.status == 1)
        #expect(none.stdout == "" && none.stderr == "")

        let listed = try ParleyProcess.run(["--library", library])
        #expect(listed.status == 0)
        #expect(listed.stdout.split(separator: "\n").map { String($0.prefix(2)) + String($0.dropFirst(14)) } == [
            "* Poland and the levy plan, part 0", "* Norway and the levy plan, part 2", "* Spain and the treaty plan, part 4",
            "* Germany and the levy plan, part 1", "* Iceland and the treaty plan, part 3", "* Denmark and the treaty plan, part 5",
        ])
    }

    @Test("Bad library files: one line naming the file and what to do, exit 1")
    func badFiles() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let notes = temporary.appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "my notes\n", count: 100).utf8).write(to: URL(fileURLWithPath: notes))
        for arguments in [["--library", notes], ["search", "--library", notes, "levy"], ["add", "--library", notes, notes]] {
            let result = try ParleyProcess.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "parley: \(notes): not a Parley library (the file is not an SQLite database): move it away, or choose another file with --library\n")
        }
        let missing = temporary.appendingPathComponent("none.sqlite").path
        let search = try ParleyProcess.run(["search", "--library", missing, "levy"])
        #expect(search.status == 1)
        #expect(search.stderr == "parley: \(missing): no library here: add articles with 'parley add PATH', or choose another file with --library\n")

        let newer = temporary.appendingPathComponent("newer.sqlite").path
        let folder = try LibraryFixtures.folder(count: 1, in: temporary)
        #expect(try ParleyProcess.run(["add", "--library", newer, folder.path]).status == 0)
        try DatabaseQueue(path: newer).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from a newer Parley')") }
        let refused = try ParleyProcess.run(["--library", newer])
        #expect(refused.status == 1)
        #expect(refused.stderr == "parley: \(newer): the library was written by a newer Parley: upgrade Parley, or choose another file with --library\n")
    }

    @Test("A read-only library opens read-only and says so; adding to it is refused")
    func readOnly() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let library = temporary.appendingPathComponent("lib.sqlite").path
        let folder = try LibraryFixtures.folder(count: 2, in: temporary)
        #expect(try ParleyProcess.run(["add", "--library", library, folder.path]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: library)
        let listed = try ParleyProcess.run(["--library", library])
        #expect(listed.status == 0)
        #expect(listed.stderr == "parley: \(library): read-only library: opened for reading, marks are not saved\n")
        #expect(listed.stdout.split(separator: "\n").count == 2)
        #expect(try ParleyProcess.run(["search", "--library", library, "levy"]).status == 0)
        let add = try ParleyProcess.run(["add", "--library", library, folder.path])
        #expect(add.status == 1)
        #expect(add.stderr == "parley: \(library): the library is read-only: nothing can be added or changed\n")
    }

    @Test("import-opml writes the urls file in newsboat's format, keeping what was there")
    func importOPML() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let config = temporary.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("parley"), withIntermediateDirectories: true)
        let urls = config.appendingPathComponent("parley/urls")
        try Data("# mine\nhttps://one.example.org/rss local\n".utf8).write(to: urls)
        let opml = temporary.appendingPathComponent("export.opml")
        try Data("""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Export</title></head><body>
              <outline text="World news" title="World news">
                <outline type="rss" text="Example Wire" xmlUrl="https://wire.example.org/feed.xml"/>
                <outline type="rss" text="One" xmlUrl="https://one.example.org/rss"/>
              </outline>
              <outline type="rss" title="Loose" xmlUrl="http://loose.example.net/atom"/>
            </body></opml>
            """.utf8).write(to: opml)
        let result = try ParleyProcess.run(["import-opml", opml.path], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 0)
        #expect(result.stderr == "parley: imported 2 feeds into \(urls.path) (1 already there)\n")
        #expect(try String(contentsOf: urls, encoding: .utf8) == """
            # mine
            https://one.example.org/rss local
            https://wire.example.org/feed.xml "~Example Wire" "World news"
            http://loose.example.net/atom "~Loose"

            """)
        let bad = try ParleyProcess.run(["import-opml", urls.path], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("parley: \(urls.path): not an OPML file"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }
}
