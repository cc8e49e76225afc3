import Foundation
import GRDB
import Store

/// Folders of invented articles and libraries in temporary folders, for the library tests.
enum LibraryFixtures {
    static let places = ["Poland", "Germany", "Norway", "Iceland", "Spain", "Denmark", "France", "Italy"]
    static let topics = ["levy", "treaty", "dam", "tariff", "quota", "pipeline", "subsidy", "ceasefire"]

    /// Article `number`: a title and two short paragraphs, different for every number.
    static func article(_ number: Int) -> String {
        let place = places[number % places.count], other = places[(number / places.count + 1) % places.count]
        let topic = topics[(number / 3) % topics.count]
        return """
            \(place) and the \(topic) plan, part \(number)

            \(place) has vowed to block the \(topic) plan number \(number). \(other) supports the \(topic).

            Officials said talks on the \(topic) would go on next week, for the \(number)th time.
            """
    }

    /// When every fixture file was last modified: one time for all, so that the library lists
    /// them in path order (files without a date are listed by modification time, in seconds,
    /// and writing them can cross a second on a busy machine).
    static let modified = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    /// A folder with `count` articles in two subfolders (a.txt files), and a file that is no article.
    static func folder(count: Int, in parent: URL) throws -> URL {
        let folder = parent.appendingPathComponent("articles")
        for sub in ["one", "two/deeper"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for number in 0..<count {
            let sub = number % 2 == 0 ? "one" : "two/deeper"
            let name = String(format: "%04d.txt", number)
            let file = folder.appendingPathComponent(sub).appendingPathComponent(name)
            try Data(article(number).utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        }
        return folder
    }

    /// Articles in the library, read by another process (this one), as a reader would.
    static func count(_ library: String) throws -> Int {
        let queue = try DatabaseQueue(path: library, configuration: readOnly)
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// SQLite's own check of every page and index.
    static func integrity(_ library: String) throws -> String {
        let queue = try DatabaseQueue(path: library)
        return try queue.write { db in
            let pages = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            let search = (try? db.execute(sql: "INSERT INTO documentSearch(documentSearch, rank) VALUES('integrity-check', 1)")) == nil ? "damaged" : "ok"
            return pages + ", search index " + search
        }
    }

    static var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        return configuration
    }
}
