import ArticleModel
import Foundation
import GRDB
@testable import Store
import Testing

/// What happens with files that are not a good library: each is one error naming the file.
@Suite("Library files")
struct LibraryFileTests {
    func path(in folder: URL) -> String { folder.appendingPathComponent("library.sqlite").path }

    func makeLibrary(in folder: URL) throws {
        let store = try LibraryStore(path: path(in: folder), modelVersion: "test-model")
        _ = try store.add([Addition(source: folder.appendingPathComponent("a.txt").path, prepared: try StoreFixtures.prepared(StoreFixtures.levy))],
                          analyse: StoreFixtures.analyse)
    }

    func openError(_ path: String, create: Bool = true) -> LibraryError? {
        do {
            _ = try LibraryStore(path: path, modelVersion: "test-model", create: create)
            return nil
        } catch {
            return error
        }
    }

    @Test("A file that is not SQLite")
    func notSQLite() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = path(in: folder)
        try Data(String(repeating: "These are my notes, not a database.\n", count: 200).utf8).write(to: URL(fileURLWithPath: file))
        let error = try #require(openError(file))
        #expect(error.kind == .notADatabase)
        #expect(error.description == "\(file): not a Parley library (the file is not an SQLite database): move it away, or choose another file with --library")
        // Refusing it changed nothing.
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("These are my notes"))
    }

    @Test("Another program's SQLite database")
    func otherDatabase() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = path(in: folder)
        try DatabaseQueue(path: file).write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)") }
        let error = try #require(openError(file))
        #expect(error.description == "\(file): not a Parley library (an SQLite database of something else): choose another file with --library")
    }

    @Test("A library from a newer Parley")
    func newerSchema() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeLibrary(in: folder)
        try DatabaseQueue(path: path(in: folder)).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')") }
        let error = try #require(openError(path(in: folder)))
        #expect(error.kind == .newerSchema)
        #expect(error.description == "\(path(in: folder)): the library was written by a newer Parley: upgrade Parley, or choose another file with --library")
    }

    @Test("A damaged library")
    func corrupt() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeLibrary(in: folder)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(in: folder)))
        try handle.seek(toOffset: 100)  // past the header: the schema's page
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 3_000))
        try handle.close()
        let error = try #require(openError(path(in: folder)))
        #expect(error.kind == .corrupt)
        #expect(error.description == "\(path(in: folder)): the library file is damaged: restore it from a backup, or move it away and add your articles again")
    }

    @Test("No library where one is needed")
    func missing() throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(openError(path(in: folder), create: false))
        #expect(error.description == "\(path(in: folder)): no library here: add articles with 'parley add PATH', or choose another file with --library")
        #expect(!FileManager.default.fileExists(atPath: path(in: folder)))
    }

    @Test("A read-only library opens read-only: everything reads, nothing changes")
    func readOnly() throws {
        let folder = try StoreFixtures.folder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path(in: folder))
            try? FileManager.default.removeItem(at: folder)
        }
        try makeLibrary(in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path(in: folder))
        let store = try LibraryStore(path: path(in: folder), modelVersion: "test-model")
        #expect(store.isReadOnly)
        let listed = try store.articles()
        #expect(listed.count == 1)
        #expect(try store.search(LibraryQuery(parsing: "levy")).count == 1)
        #expect(!(try store.article(id: listed[0].id, analyse: StoreFixtures.analyse).actors.isEmpty))
        #expect(throws: LibraryError.self) { try store.setRead(listed[0].id, true) }
        do {
            try store.setRead(listed[0].id, true)
        } catch {
            #expect(error.description == "\(path(in: folder)): the library is read-only: nothing can be added or changed")
        }
        // A newer model's analysis is made in memory and not stored.
        let newer = try LibraryStore(path: path(in: folder), modelVersion: "newer-model")
        #expect(!(try newer.article(id: listed[0].id, analyse: StoreFixtures.analyse).actors.isEmpty))
    }

    @Test("Migrations: a library left at every earlier schema version opens, keeps its articles and searches")
    func migrationsFromEveryVersion() throws {
        let migrator = LibrarySchema.migrator
        let steps = migrator.migrations
        #expect(steps.count >= 2)
        for (index, step) in ([nil] + steps.map(Optional.some)).enumerated() {
            let folder = try StoreFixtures.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let queue = try DatabaseQueue(path: path(in: folder))
            if let step { try migrator.migrate(queue, upTo: step) }
            if index > 0 {
                // What that version stores: a document and an article, written as it would have.
                try queue.write { db in
                    try db.execute(sql: "INSERT INTO document (contentHash, title, body, layout) VALUES ('h1', 'Levy row', 'Poland opposes the levy.', X'01001800')")
                    try db.execute(sql: """
                        INSERT INTO article (source, documentId, title, addedAt, sortDate, isRead) VALUES ('/old/a.txt', 1, 'Levy row', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)
                        """)
                }
            }
            try queue.close()
            let store = try LibraryStore(path: path(in: folder), modelVersion: "test-model")
            #expect(try store.read { db in try migrator.hasCompletedMigrations(db) })
            if index > 0 {
                let listed = try store.articles()
                #expect(listed.map(\.title) == ["Levy row"], "from version \(step ?? "none")")
                #expect(listed.first?.isRead == true)
                #expect(try store.search(LibraryQuery(parsing: "levy")).map(\.article.title) == ["Levy row"], "from version \(step ?? "none")")
                let article = try store.article(id: listed[0].id, analyse: StoreFixtures.analyse)
                #expect(article.text == "Poland opposes the levy.")
                #expect(article.actors.map(\.name).contains("Poland"))
            }
            _ = try store.add([Addition(source: folder.appendingPathComponent("b.txt").path, prepared: try StoreFixtures.prepared(StoreFixtures.harbour))],
                              analyse: StoreFixtures.analyse)
            #expect(try store.search(LibraryQuery(parsing: "harbour")).count == 1)
        }
    }
}
