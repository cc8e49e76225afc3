import Analysis
import ArticleModel
import Foundation
import Synchronization
import Testing

/// Where ../shared (the corpus, read in place, never copied) is, and whether it is there.
enum SharedFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var corpus: String { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path }
    static var hasBBC: Bool { FileManager.default.fileExists(atPath: corpus + "/bbc/politics") }
}

@Suite("The matrix across the BBC corpus", .enabled(if: SharedFiles.hasBBC, "needs ../shared/corpus/bbc (absent in a user's clone)"))
struct CorpusMatrixTests {
    /// Every article of the corpus, analysed on every core, in path order.
    static func corpus() throws -> [Article] {
        let root = SharedFiles.corpus + "/bbc"
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
        let reader = ArticleReader()
        let results = Mutex<[Article?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard let data = FileManager.default.contents(atPath: root + "/" + files[index]) else { return }
            let article = try? reader.read(bytes: [UInt8](data), source: files[index])
            results.withLock { $0[index] = article }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Articles per polarity for each actor and issue, counted from what `parley extract
    /// --format json` prints for each article, without the matrix's code.
    static func countsFromExtract(_ articles: [Article]) throws -> [String: ArticleCounts] {
        let matcher = IssueMatcher()
        var counts: [String: ArticleCounts] = [:]
        for (number, article) in articles.enumerated() {
            let json = try ExtractDocument.encode(article, indent: 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let issues = try #require(object["issues"] as? [[String: Any]])
            var keys: [String: String] = [:]
            for issue in issues {
                let id = try #require(issue["id"] as? String), label = try #require(issue["label"] as? String)
                let key = matcher.key(for: Issue(id: id, label: label, targetActor: issue["actor"] as? String))
                // One generic word ("plans") matches nothing in another article.
                keys[id] = matcher.isGeneric(key) ? key + " @\(number + 1)" : key
            }
            var polarities: [String: Set<String>] = [:]
            for stance in try #require(object["stances"] as? [[String: Any]]) {
                let actor = try #require(stance["actor"] as? String), issue = try #require(stance["issue"] as? String)
                polarities[actor + " | " + (try #require(keys[issue])), default: []].insert(try #require(stance["polarity"] as? String))
            }
            for (cell, seen) in polarities {
                var count = counts[cell] ?? ArticleCounts()
                count.articles += 1
                if seen.contains("support") || seen.contains("mixed") { count.support += 1 }
                if seen.contains("oppose") || seen.contains("mixed") { count.oppose += 1 }
                if seen == ["neutral"] { count.neutral += 1 }
                counts[cell] = count
            }
        }
        return counts
    }

    /// Runs a minute of work on a thread of its own: on one of the few threads that async tests
    /// share, it kept a fetch test waiting 106 s for a thread in a whole-suite run.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    @Test func everyCellMatchesTheCountsOfTheExtractOutput() async throws {
        let (articles, expected, matrix) = try await Self.offThePool { () throws -> ([Article], [String: ArticleCounts], CrossMatrix) in
            let articles = try Self.corpus()
            return (articles, try Self.countsFromExtract(articles), CrossMatrix(articles: articles))
        }
        #expect(articles.count == 2_225)
        var found: [String: ArticleCounts] = [:]
        for row in matrix.rows {
            for column in matrix.columns {
                guard let cell = matrix.cell(actor: row, issue: column) else { continue }
                found[matrix.actors[row].id + " | " + matrix.issues[column].key] = cell.counts
            }
        }
        #expect(found.count == expected.count)
        let differing = expected.filter { found[$0.key] != $0.value }.map(\.key).sorted()
        #expect(differing.isEmpty, "cells that differ: \(differing.prefix(10))")
        // The corpus gives a real grid: measured 2026-12-07, 1,146 actors with stances x 1,687 issues, 2,492 cells.
        #expect(matrix.rows.count > 1_000)
        #expect(found.count > 2_000)
        // Some issues are matched across articles: fewer columns than issues named in articles.
        #expect(matrix.columns.count < articles.reduce(0) { $0 + $1.issues.count })
    }
}
