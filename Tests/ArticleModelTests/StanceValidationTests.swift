import Foundation
import Testing
@testable import ArticleModel

/// Runs the stance extractor on every invented case of Validation/stances.txt.
///
/// Fails on any wrong stance (one the case does not expect, or the wrong polarity);
/// stances the extractor misses are counted and printed, since precision comes first.
@Suite("Stance validation set")
struct StanceValidationTests {
    struct Outcome {
        var correct = 0, missed = 0, extra = 0
        var extras: [String] = []
        var misses: [String] = []
    }

    static func run() throws -> (file: ValidationFile, outcome: Outcome) {
        let file = try ValidationFile.load("stances.txt")
        let reader = ArticleReader(lexicon: file.lexicon)
        var outcome = Outcome()
        for item in file.cases {
            let article = try reader.read(text: item.articleText, source: "case \(item.number)")
            let expected = Set(item.expectations.compactMap(expectation))
            let found = Set(article.stances.map { stance -> String in
                let issue = article.issue(id: stance.issue)
                let target = issue?.targetActor.map { "@" + $0 } ?? stance.issue
                return "\(symbol(stance.polarity)) \(stance.actor) \(target)"
            })
            outcome.correct += expected.intersection(found).count
            for miss in expected.subtracting(found).sorted() {
                outcome.missed += 1
                outcome.misses.append("case \(item.number) (line \(item.line), \(item.rule)): missed \(miss)")
            }
            for extra in found.subtracting(expected).sorted() {
                outcome.extra += 1
                outcome.extras.append("case \(item.number) (line \(item.line), \(item.rule)): wrong \(extra) in: \(item.paragraphs.joined(separator: " "))")
            }
        }
        return (file, outcome)
    }

    static func symbol(_ polarity: Polarity) -> String {
        switch polarity {
        case .support: return "+"
        case .oppose: return "-"
        case .neutral, .mixed: return "="
        }
    }

    static func expectation(_ line: String) -> String? {
        let parts = line.split(separator: " ")
        guard parts.count == 3, ["+", "-", "="].contains(parts[0]) else { return nil }
        return parts.joined(separator: " ")
    }

    @Test func noWrongStances() throws {
        let (file, outcome) = try Self.run()
        print("stance validation: \(file.cases.count) cases, \(outcome.correct) correct, \(outcome.missed) missed, \(outcome.extra) wrong")
        for line in outcome.extras { print("  " + line) }
        if ProcessInfo.processInfo.environment["PARLEY_SHOW_MISSES"] != nil {
            for line in outcome.misses { print("  " + line) }
        }
        #expect(file.cases.count >= 150)
        #expect(outcome.extra == 0, "wrong stances: \(outcome.extras.count)")
    }
}
