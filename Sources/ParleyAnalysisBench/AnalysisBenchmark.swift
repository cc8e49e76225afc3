import ArticleModel
import Foundation
import ModelScoring

/// Scores the article model on the hand-coded real articles (Tests/ArticleModelTests/Coded):
/// per-article and total actor recall and precision, affiliations, split actors, stance recall
/// and precision, column coherence, and the missed stances by construction. A benchmark, not a
/// test: run by `.ci/analysis-benchmark`. The held-out set is scored in total only, unless
/// `--details` asks for it: its misses are not for tuning rules on.
@main
struct AnalysisBenchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let showHeldOutDetails = arguments.contains("--details")
        arguments.removeAll { $0 == "--details" }
        guard arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: parley-analysis-bench [--details] CODED_FOLDER CORPUS_FOLDER\n".utf8))
            exit(2)
        }
        let (coded, corpus) = (arguments[0], arguments[1])
        let reader = ArticleReader()
        let development = try CodedSetScore(folder: coded + "/Development", corpus: corpus, reader: reader)
        print("Development set: \(development.items.count) articles coded to the codebook")
        report(development, details: true)
        let heldOut = try CodedSetScore(folder: coded + "/HeldOut", corpus: corpus, reader: reader)
        print("\nHeld-out set: \(heldOut.items.count) articles, never used to write rules")
        report(heldOut, details: showHeldOutDetails)
    }

    static func report(_ set: CodedSetScore, details: Bool) {
        if details {
            print(pad("article", 24) + pad("actors", 9) + pad("act P", 7) + pad("affil", 7) + pad("stances", 9) + pad("tp/fp", 7) + "columns")
            for item in set.items {
                let score = item.score
                print(pad(item.coded.file, 24) + pad("\(score.foundActors)/\(score.codedActors)", 9) + pad(fixed(score.actorPrecision), 7)
                      + pad("\(score.affiliationsRight)/\(score.affiliations)", 7) + pad("\(score.foundStances)/\(score.codedStances)", 9)
                      + pad("\(score.truePositives)/\(score.falsePositives)", 7) + "\(score.coherentColumns)/\(score.multiActorColumns)")
            }
        }
        print("total: " + set.total.summary)
        guard details else { return }
        var byRule: [String: (right: Int, wrong: Int)] = [:]
        for item in set.items {
            for outcome in item.details.ruleOutcomes {
                // The rule family: the holder's rule and the object's, without chained details.
                let family = outcome.rule.split(separator: "+").prefix(2).joined(separator: "+")
                byRule[family, default: (0, 0)].right += outcome.matched ? 1 : 0
                byRule[family, default: (0, 0)].wrong += outcome.matched ? 0 : 1
            }
        }
        print("\npredicted stances by rule (matched / not matched):")
        for (rule, counts) in byRule.sorted(by: { $0.value.right + $0.value.wrong > $1.value.right + $1.value.wrong }) {
            print("  \(pad(rule, 34))\(counts.right) / \(counts.wrong)")
        }
        print("\nmissed stances by construction:")
        for group in set.missesByConstruction {
            print("  \(group.construction): \(group.misses.count)")
        }
        if ProcessInfo.processInfo.environment["PARLEY_BENCH_VERBOSE"] != nil {
            for item in set.items {
                print("== \(item.coded.file)")
                if !item.details.missedActors.isEmpty { print("  missed actors: \(item.details.missedActors.joined(separator: ", "))") }
                if !item.details.extraActors.isEmpty { print("  extra actors: \(item.details.extraActors.joined(separator: ", "))") }
                for wrong in item.details.wrongAffiliations { print("  affiliation: \(wrong)") }
                for stance in item.details.missedStances {
                    print("  missed \(stance.id) [\(stance.construction ?? "untagged")] \(stance.actorAny.joined(separator: "/")) \(stance.polarity) \(stance.column) | \(stance.evidenceAny.joined(separator: " / "))")
                }
                for line in item.details.unmatchedStances { print("  unmatched: \(line)") }
                for found in item.details.foundColumns { print("  found \(found.id) [\(found.column)] -> \(found.issues.joined(separator: ", "))") }
            }
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
}
