/// The counts that score one article (or, summed, a set) against its coding, by the codebook's
/// scoring rules; the same rules as `../shared/tools/score_extract.py`.
public struct ArticleScore: Sendable, Equatable {
    public var codedActors = 0, foundActors = 0, forbiddenActors = 0, predictedActors = 0, splitActors = 0, extraActors = 0
    public var codedStances = 0, foundStances = 0, truePositives = 0, falsePositives = 0
    public var multiActorColumns = 0, coherentColumns = 0
    public var affiliations = 0, affiliationsRight = 0

    public init() {}

    public var actorRecall: Double { ratio(foundActors, codedActors) }
    /// Predicted actors that are coded or optional, over all predicted.
    public var actorPrecision: Double { predictedActors == 0 ? 1 : 1 - Double(forbiddenActors + extraActors) / Double(predictedActors) }
    public var stanceRecall: Double { ratio(foundStances, codedStances) }
    public var stancePrecision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var coherence: Double { multiActorColumns == 0 ? 1 : Double(coherentColumns) / Double(multiActorColumns) }
    public var affiliationAccuracy: Double { affiliations == 0 ? 1 : Double(affiliationsRight) / Double(affiliations) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { Double(part) / Double(max(1, whole)) }

    public static func + (lhs: ArticleScore, rhs: ArticleScore) -> ArticleScore {
        var sum = lhs
        sum.codedActors += rhs.codedActors
        sum.foundActors += rhs.foundActors
        sum.forbiddenActors += rhs.forbiddenActors
        sum.predictedActors += rhs.predictedActors
        sum.splitActors += rhs.splitActors
        sum.extraActors += rhs.extraActors
        sum.codedStances += rhs.codedStances
        sum.foundStances += rhs.foundStances
        sum.truePositives += rhs.truePositives
        sum.falsePositives += rhs.falsePositives
        sum.multiActorColumns += rhs.multiActorColumns
        sum.coherentColumns += rhs.coherentColumns
        sum.affiliations += rhs.affiliations
        sum.affiliationsRight += rhs.affiliationsRight
        return sum
    }

    /// One line with every figure, worded as score_extract.py's total.
    public var summary: String {
        func fixed(_ value: Double) -> String {
            let hundredths = Int((value * 100).rounded())
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        }
        return "actor recall \(fixed(actorRecall)) (\(foundActors)/\(codedActors)), actor precision \(fixed(actorPrecision)), "
            + "split actors \(splitActors), affiliations \(affiliationsRight)/\(affiliations), forbidden \(forbiddenActors), "
            + "stance recall \(fixed(stanceRecall)) (\(foundStances)/\(codedStances)), stance precision \(fixed(stancePrecision)), "
            + "column coherence \(coherentColumns)/\(multiActorColumns)"
    }
}
