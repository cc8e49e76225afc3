import ArticleModel
import Corrections
import Synchronization
import TerminalCore
import Testing
@testable import Reader

/// Decisions kept for several articles, laid over each as the store does: a decision across the
/// library applies to all, one about stances to its own article.
final class SharedDecisions: Sendable {
    let decisions = Mutex<[Correction]>([])
    let time = "2026-12-06T06:00:00Z"

    func corrected(_ article: Article, id: Int64) -> Article {
        CorrectionApplier().apply(decisions.withLock { $0 }, to: article, contentHash: "hash-\(id)").article
    }
}

/// A library of a few articles, each read (lazily) with the decisions made so far.
final class SeveralArticlesLibrary: LibraryService {
    let originals: [Int64: Article]
    let shared = SharedDecisions()

    init(_ originals: [Int64: Article]) {
        self.originals = originals
    }

    func entries() -> [LibraryEntry] {
        originals.keys.sorted().map { id in
            let original = originals[id]!, shared = self.shared
            var entry = LibraryEntry(title: original.title, key: "library:\(id)") { shared.corrected(original, id: id) }
            entry.id = id
            return entry
        }
    }

    func setRead(_ id: Int64, _ isRead: Bool) -> String? { nil }
    func setFlagged(_ id: Int64, _ isFlagged: Bool) -> String? { nil }
    func search(_ query: String, limit: Int) -> Result<(hits: [LibraryHit], total: Int), LibraryServiceError> { .success(([], 0)) }

    func correct(_ action: Correction.Action, sentences: [String], article: Int64) -> Result<Article, LibraryServiceError> {
        let correction = Correction(action: action, article: nil, sentences: sentences, decidedAt: shared.time)
        shared.decisions.withLock { $0.append(correction.isAboutStances ? Correction(action: action, article: "hash-\(article)", sentences: sentences, decidedAt: shared.time) : correction) }
        return .success(shared.corrected(originals[article]!, id: article))
    }

    func undoLastCorrection(article: Int64) -> Result<(summary: String, article: Article), LibraryServiceError> {
        guard let last = shared.decisions.withLock({ $0.popLast() }) else { return .failure(LibraryServiceError("No correction to undo")) }
        return .success((last.summary, shared.corrected(originals[article]!, id: article)))
    }
}

@Suite("Decisions across the library in the reader")
struct CorrectionAcrossTests {
    @Test("A merge made in one article shows in another already read and in the matrix across the library; undo takes it back there too")
    func mergeReachesOtherArticles() throws {
        let reader = ArticleReader()
        let fishing = try reader.read(text: Fixtures.fishing, source: "fish.txt")
        let quota = try reader.read(text: "Quota row\n\nFinland opposes the fishing deal. Norway backs the fishing deal.\n", source: "quota.txt")
        let library = SeveralArticlesLibrary([7: fishing, 8: quota])
        let app = ReaderApp(state: AppState(entries: library.entries(), size: Size(width: 80, height: 24), isStoredLibrary: true), theme: ThemeLoader.standard, library: library)
        func press(_ names: String...) { for name in names { app.send(.keyPressed(Key(name: name)!)) } }
        func type(_ text: String) { for character in text { app.send(.keyPressed(.character(character))) } }
        func rows(_ range: ClosedRange<Int>) -> [String] { Array(app.render().lines[range]) }
        // Both articles read, and put in the matrix across them, before the decision.
        press("j", "Enter", "Esc", "M")
        #expect(rows(0...6) == [
            " Across 2 articles, 5 actors x 2 issues",
            "                deal      compromi…",
            " Finland        - 2-      ·",
            " Norway         + 2+      ·",
            " Denmark        ·         + 1+",
            " Iceland        ·         + 1+",
            " Sweden         - 1-      - 1-",
        ])
        press("Esc", "k", "Enter", "Tab", "j", "j", "j", "J")
        type("Sweden")
        press("Enter", "Esc", "M")
        #expect(rows(0...5) == [
            " Across 2 articles, 4 actors x 2 issues",
            "                compromi… deal",
            " Norway         ·         + 2+",
            " Sweden         - 1-      - 2-",
            " Denmark        + 1+      ·",
            " Iceland        + 1+      ·",
        ])
        press("Esc", "j", "Enter")
        #expect(rows(1...2).map { String($0.split(separator: "│").last ?? "") } == [" C 1 Sweden", " C 1 Norway"])
        press("u")
        #expect(app.render().lines[23] == " Undone: merged finland into sweden                            all  2/2  ? help")
        #expect(rows(1...2).map { String($0.split(separator: "│").last ?? "") } == [" C 1 Finland", " C 1 Norway"])
        press("Esc", "M")
        #expect(rows(2...6) == [
            " Finland        - 2-      ·",
            " Norway         + 2+      ·",
            " Denmark        ·         + 1+",
            " Iceland        ·         + 1+",
            " Sweden         - 1-      - 1-",
        ])
    }

    @Test("M reads the listed articles not yet read together, once, and each then opens without being read again")
    func theMatrixReadsArticlesTogether() throws {
        let reader = ArticleReader()
        let originals: [Int64: Article] = [
            7: try reader.read(text: Fixtures.fishing, source: "fish.txt"),
            8: try reader.read(text: Fixtures.tariffs, source: "tariffs.txt"),
            9: try reader.read(text: Fixtures.council, source: "council.txt"),
        ]
        let library = BulkReadingLibrary(originals)
        let app = ReaderApp(state: AppState(entries: library.entries(), size: Size(width: 80, height: 24), isStoredLibrary: true), theme: ThemeLoader.standard, library: library)
        app.send(.keyPressed(.enter))
        app.send(.keyPressed(.escape))
        #expect(library.log.ids.withLock { $0 } == [7])
        app.send(.keyPressed(Key(name: "M")!))
        #expect(library.readTogether == [[8, 9]])
        #expect(app.render().lines[0].hasPrefix(" Across 3 articles, "))
        app.send(.keyPressed(.escape))
        app.send(.keyPressed(Key(name: "j")!))
        app.send(.keyPressed(.enter))
        #expect(app.render().lines[1].hasPrefix(" Steel tariff row deepens"))
        app.send(.keyPressed(.escape))
        app.send(.keyPressed(Key(name: "M")!))
        #expect(library.readTogether == [[8, 9]])
        #expect(library.log.ids.withLock { $0 } == [7])
    }
}

/// A library that says which articles it read one by one (opening them) and which together.
final class BulkReadingLibrary: LibraryService {
    let originals: [Int64: Article]
    let log = ReadLog()
    var readTogether: [[Int64]] = []

    init(_ originals: [Int64: Article]) {
        self.originals = originals
    }

    func entries() -> [LibraryEntry] {
        originals.keys.sorted().map { id in
            let original = originals[id]!, log = self.log
            var entry = LibraryEntry(title: original.title, key: "library:\(id)") {
                log.ids.withLock { $0.append(id) }
                return original
            }
            entry.id = id
            return entry
        }
    }

    func articles(_ ids: [Int64]) -> [Int64: Article]? {
        readTogether.append(ids)
        return originals.filter { ids.contains($0.key) }
    }

    func setRead(_ id: Int64, _ isRead: Bool) -> String? { nil }
    func setFlagged(_ id: Int64, _ isFlagged: Bool) -> String? { nil }
    func search(_ query: String, limit: Int) -> Result<(hits: [LibraryHit], total: Int), LibraryServiceError> { .success(([], 0)) }
    func correct(_ action: Correction.Action, sentences: [String], article: Int64) -> Result<Article, LibraryServiceError> { .failure(LibraryServiceError("no")) }
    func undoLastCorrection(article: Int64) -> Result<(summary: String, article: Article), LibraryServiceError> { .failure(LibraryServiceError("no")) }
}

/// The ids of the articles read one by one, from whichever thread read them.
final class ReadLog: Sendable {
    let ids = Mutex<[Int64]>([])
}
