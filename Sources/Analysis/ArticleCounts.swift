import ArticleModel

/// How many articles show one actor's position on one issue, by polarity.
///
/// An article counts once per polarity: in `support` when any of its stances of the actor on
/// the issue supports it, in `oppose` when any opposes it (so an article can count in both), in
/// `neutral` when all of them are neutral.
public struct ArticleCounts: Sendable, Equatable {
    public var support = 0
    public var oppose = 0
    public var neutral = 0
    /// Articles with any stance of the actor on the issue.
    public var articles = 0
    /// Articles in which an analyst decided at least one of these stances.
    public var corrected = 0

    public init(support: Int = 0, oppose: Int = 0, neutral: Int = 0, articles: Int = 0, corrected: Int = 0) {
        self.support = support
        self.oppose = oppose
        self.neutral = neutral
        self.articles = articles
        self.corrected = corrected
    }

    /// Support only, oppose only, both (mixed), or neither (neutral).
    public var balance: Polarity {
        switch (support > 0, oppose > 0) {
        case (true, false): return .support
        case (false, true): return .oppose
        case (true, true): return .mixed
        case (false, false): return .neutral
        }
    }

    /// The side most articles take: support or oppose when one outnumbers the other, nil when
    /// they are level (or there is only neutral). The congruence and conflict networks use it.
    public var leaning: Polarity? {
        if support > oppose { return .support }
        if oppose > support { return .oppose }
        return nil
    }

    /// The glyph of the balance, as the single-article matrix draws a cell: `+`, `-`, `±`, `=`.
    public var glyph: Character { balance.glyph }

    /// "3+ 1-": the counts that are not zero, for a cell or a line.
    public var summary: String {
        var parts: [String] = []
        if support > 0 { parts.append("\(support)+") }
        if oppose > 0 { parts.append("\(oppose)-") }
        if neutral > 0 { parts.append("\(neutral)=") }
        return parts.joined(separator: " ")
    }

    /// Adds one article's stances, given as the set of polarities they take.
    mutating func add(article flags: StanceFlags) {
        articles += 1
        if flags.contains(.support) { support += 1 }
        if flags.contains(.oppose) { oppose += 1 }
        if !flags.contains(.support) && !flags.contains(.oppose) { neutral += 1 }
        if flags.contains(.corrected) { corrected += 1 }
    }
}

/// The polarities one article's stances of an actor on an issue take, and whether a user decided one.
struct StanceFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let support = StanceFlags(rawValue: 1)
    static let oppose = StanceFlags(rawValue: 2)
    static let neutral = StanceFlags(rawValue: 4)
    static let corrected = StanceFlags(rawValue: 8)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ stance: Stance) {
        switch stance.polarity {
        case .support: self = .support
        case .oppose: self = .oppose
        case .mixed: self = [.support, .oppose]
        case .neutral: self = .neutral
        }
        if stance.source == .user { insert(.corrected) }
    }
}

extension Polarity {
    /// The matrix glyph: `+` support, `-` oppose, `±` mixed, `=` neutral.
    public var glyph: Character {
        switch self {
        case .support: return "+"
        case .oppose: return "-"
        case .mixed: return "±"
        case .neutral: return "="
        }
    }
}
