/// What sort of actor: the sidebar shows it as a one-letter marker.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case country, government, person, organisation, company, party, group, other

    /// The marker shown in the actors pane.
    public var marker: Character {
        switch self {
        case .country: return "C"
        case .government: return "G"
        case .person: return "P"
        case .organisation: return "O"
        case .company: return "B"
        case .party: return "Y"
        case .group: return "R"
        case .other: return "?"
        }
    }

    /// "C country  G government  ...": every kind's marker with its name, for the help overlay
    /// (the README's legend says the same, and a test keeps the two in step).
    public static var legend: String {
        allCases.filter { $0 != .other }.map { "\($0.marker) \($0.rawValue)" }.joined(separator: "  ")
    }
}

/// How a mention was tied to its actor.
public enum MentionSource: String, Sendable, Codable {
    /// The actor's own name: "France", "John Kerry".
    case name
    /// A short form or other name: "US", "Britain", "Nato".
    case alias
    /// A demonym: "Russian officials", "the French".
    case demonym
    /// A capital or seat standing for a government: "Moscow insists", "the Kremlin".
    case metonym
    /// A role: "the foreign secretary", "his Russian counterpart".
    case role
    /// A family name alone or with an honorific: "Kerry", "Mr Kerry".
    case surname
    /// A pronoun resolved to the last compatible actor: "it", "he".
    case pronoun
}

/// One place in the body where an actor is referred to.
public struct Mention: Sendable, Equatable {
    public var range: Range<Int>
    public var text: String
    public var via: MentionSource

    public init(range: Range<Int>, text: String, via: MentionSource) {
        self.range = range
        self.text = text
        self.via = via
    }
}

/// Someone or something that acts in the story: a country, government, person, organisation, company, party or group.
public struct Actor: Sendable, Equatable, Identifiable {
    public var id: String
    /// The fullest form of the name seen.
    public var name: String
    public var kind: ActorKind
    /// The id of the actor this one belongs to, when known: a minister's country, a party's country.
    public var affiliation: String?
    /// Mentions in text order.
    public var mentions: [Mention]

    public init(id: String, name: String, kind: ActorKind, affiliation: String? = nil, mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.mentions = mentions
    }
}
