import Foundation
import Testing
@testable import ArticleModel

/// Runs actor recognition on every invented case of Validation/actors.txt: each case lists the
/// complete set of actors (id, kind, affiliation), some mentions and how they were found, and
/// text that must not be an actor.
@Suite("Actor validation set")
struct ActorValidationTests {
    static func check() throws -> (cases: Int, failures: [String]) {
        let file = try ValidationFile.load("actors.txt")
        let reader = ArticleReader(lexicon: file.lexicon)
        var failures: [String] = []
        for item in file.cases {
            let article = try reader.read(text: item.articleText, source: "case \(item.number)")
            var expectedActors: Set<String> = []
            var problems: [String] = []
            for line in item.expectations {
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                switch parts[0] {
                case "actor":
                    expectedActors.insert(parts[1])
                case "mention":
                    let fields = parts[1].split(separator: "\"", omittingEmptySubsequences: false).map(String.init)
                    guard fields.count == 3 else { problems.append("bad line: \(line)"); continue }
                    let id = fields[0].trimmingCharacters(in: .whitespaces), surface = fields[1], via = fields[2].trimmingCharacters(in: .whitespaces)
                    let found = article.actor(id: id)?.mentions.contains { $0.text == surface && $0.via.rawValue == via } ?? false
                    if !found { problems.append("no mention \(id) \"\(surface)\" \(via)") }
                case "not":
                    let surface = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    for range in TextRanges.occurrences(of: surface, in: article.text) {
                        for actor in article.actors where actor.mentions.contains(where: { $0.range.overlaps(range) }) {
                            problems.append("\"\(surface)\" is a mention of \(actor.id)")
                        }
                    }
                default:
                    problems.append("bad line: \(line)")
                }
            }
            let found = Set(article.actors.map { "\($0.id) \($0.kind.rawValue) \($0.affiliation ?? "-")" })
            for missing in expectedActors.subtracting(found).sorted() { problems.append("missing actor \(missing)") }
            for extra in found.subtracting(expectedActors).sorted() { problems.append("extra actor \(extra)") }
            if !problems.isEmpty {
                failures.append("case \(item.number) (line \(item.line), \(item.rule)): " + problems.joined(separator: "; ") + " in: " + item.paragraphs.joined(separator: " "))
            }
        }
        return (file.cases.count, failures)
    }

    @Test func everyCaseHasExactlyItsActors() throws {
        let (cases, failures) = try Self.check()
        print("actor validation: \(cases) cases, \(cases - failures.count) right, \(failures.count) wrong")
        for failure in failures { print("  " + failure) }
        #expect(cases >= 120)
        #expect(failures.isEmpty)
    }
}

/// Scalar ranges of every occurrence of a string, to compare with mention ranges.
enum TextRanges {
    static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        let haystack = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
        guard !target.isEmpty, target.count <= haystack.count else { return [] }
        return (0...(haystack.count - target.count)).filter { Array(haystack[$0..<($0 + target.count)]) == target }.map { $0..<($0 + target.count) }
    }
}
