/// Something actors take positions on: a proposal, policy, action or decision, or another actor.
public struct Issue: Sendable, Equatable, Identifiable {
    public var id: String
    /// A short readable label built from the text: "UN resolution (threat of force)".
    public var label: String
    /// A few words for a narrow column: what sets this issue apart ("Libya") or its head noun.
    public var shortLabel: String
    /// When the issue is an actor (blame, praise), that actor's id.
    public var targetActor: String?

    public init(id: String, label: String, shortLabel: String? = nil, targetActor: String? = nil) {
        self.id = id
        self.label = label
        self.shortLabel = shortLabel ?? label
        self.targetActor = targetActor
    }
}

/// Which way an actor leans on an issue.
public enum Polarity: String, Sendable, Codable, CaseIterable {
    case support, oppose, mixed, neutral
}

/// A sentence that shows a stance, with the range of its cue.
public struct Evidence: Sendable, Equatable {
    public var sentence: Int
    public var range: Range<Int>
    public var cue: Range<Int>?

    public init(sentence: Int, range: Range<Int>, cue: Range<Int>? = nil) {
        self.sentence = sentence
        self.range = range
        self.cue = cue
    }
}

/// Who decided a stance: the model's rules, or an analyst's correction (`"source"` in the JSON).
public enum StanceSource: String, Sendable, Codable, CaseIterable {
    case rule, user
}

/// One actor's position on one issue, as one sentence shows it.
public struct Stance: Sendable, Equatable {
    public var actor: String
    public var issue: String
    public var polarity: Polarity
    /// The words that carry the stance: "is pushing for", "does not want".
    public var cue: String
    /// The cue's class: support, oppose, propose, report.
    public var cueClass: String
    /// Which rule found it, for `e` in the matrix and for debugging.
    public var rule: String
    public var negated: Bool
    public var evidence: [Evidence]
    /// The rules, unless an analyst set, added or changed it.
    public var source: StanceSource
    /// When the analyst decided (ISO 8601, UTC); nil for the rules' stances.
    public var decidedAt: String?

    public init(actor: String, issue: String, polarity: Polarity, cue: String, cueClass: String, rule: String, negated: Bool, evidence: [Evidence],
                source: StanceSource = .rule, decidedAt: String? = nil) {
        self.actor = actor
        self.issue = issue
        self.polarity = polarity
        self.cue = cue
        self.cueClass = cueClass
        self.rule = rule
        self.negated = negated
        self.evidence = evidence
        self.source = source
        self.decidedAt = decidedAt
    }
}
