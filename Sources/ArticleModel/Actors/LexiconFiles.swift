/// The shape of `lexicon.toml` (bundled, and the user's `actors.toml`).
struct LexiconFile: Decodable, Sendable {
    var country: [CountryEntry]?
    var organisation: [OrganisationEntry]?

    struct CountryEntry: Decodable, Sendable {
        var id: String
        var name: String
        var aliases: [String]?
        var adjectives: [String]?
        var people: [String]?
        var capitals: [String]?
        var seats: [String]?
    }

    struct OrganisationEntry: Decodable, Sendable {
        var id: String
        var name: String
        var kind: String?
        var aliases: [String]?
        var parent: String?
        var adjectives: [String]?
        var members: [String]?
    }
}

/// The shape of `roles.toml`: titles, names and word lists for finding people and groups.
struct RolesFile: Decodable, Sendable {
    var honorifics: [String]
    var titles: [String]
    var role_nouns: [String]
    var given_names: [String]
    var name_particles: [String]
    var not_names: [String]
    var not_people: [String]
    var government_nouns: [String]
    var group_nouns: [String]
    var office_holder: [OfficeHolder]?

    struct OfficeHolder: Decodable, Sendable {
        var name: String
        var actor: String
        var from: Int
        var to: Int
    }
}
