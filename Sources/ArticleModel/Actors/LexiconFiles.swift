import TOMLData

/// The shape of `lexicon.toml` (bundled, and the user's `actors.toml`).
struct LexiconFile: Sendable {
    var country: [CountryEntry]
    var organisation: [OrganisationEntry]

    struct CountryEntry: Sendable {
        var id: String
        var name: String
        var aliases: [String]
        var adjectives: [String]
        var people: [String]
        var capitals: [String]
        var seats: [String]
        /// The country whose government acts for this one, when it has none of its own (England's: the United Kingdom's).
        var government: String?
    }

    struct OrganisationEntry: Sendable {
        var id: String
        var name: String
        var kind: String?
        var aliases: [String]
        var parent: String?
        var adjectives: [String]
        var members: [String]
    }
}

extension LexiconFile {
    /// Reads the file from its TOML form.
    init(_ root: TOMLTable) throws(TOMLError) {
        try root.checkKeys(["country", "organisation"])
        country = []
        for table in try root.tables("country") {
            try table.checkKeys(["id", "name", "aliases", "adjectives", "people", "capitals", "seats", "government"])
            country.append(CountryEntry(
                id: try table.string("id"), name: try table.string("name"), aliases: try table.strings("aliases"),
                adjectives: try table.strings("adjectives"), people: try table.strings("people"),
                capitals: try table.strings("capitals"), seats: try table.strings("seats"), government: try table.optionalString("government")))
        }
        organisation = []
        for table in try root.tables("organisation") {
            try table.checkKeys(["id", "name", "kind", "aliases", "parent", "adjectives", "members"])
            let kind = try table.optionalString("kind")
            if let kind, !["organisation", "government", "company", "party", "court", "group"].contains(kind) {
                throw TOMLError(line: table.line, message: "'kind' in \(table.path) must be organisation, government, company, party, court or group, not '\(kind)'")
            }
            organisation.append(OrganisationEntry(
                id: try table.string("id"), name: try table.string("name"), kind: kind, aliases: try table.strings("aliases"),
                parent: try table.optionalString("parent"), adjectives: try table.strings("adjectives"), members: try table.strings("members")))
        }
    }
}

/// The shape of `roles.toml`: titles, names and word lists for finding people and groups.
struct RolesFile: Sendable {
    var honorifics: [String]
    var titles: [String]
    var roleNouns: [String]
    var givenNames: [String]
    var nameParticles: [String]
    var notNames: [String]
    var notPeople: [String]
    var governmentNouns: [String]
    var groupNouns: [String]
    var thingNouns: [String]
    var organisationNouns: [String]
    var companyNouns: [String]
    var wordNames: [String]
    var companyDescriptors: [String]
    var organisationDescriptors: [String]
    var corporateRoles: [String]
    var governmentRoles: [String]
    var officeHolders: [OfficeHolder]
    var nationalTitles: [NationalTitle]
    var officeTerms: [OfficeTerm] = []
    /// Well-known politicians' parties over some years ("Margaret Thatcher", the Conservatives,
    /// 1959-2013), `party_member` in the file; a defection starts a new record.
    var partyMembers: [OfficeHolder] = []

    /// A title of office that only one country has ("home secretary": the United Kingdom's).
    struct NationalTitle: Sendable {
        var title: String
        var actor: String
    }

    struct OfficeHolder: Sendable {
        var name: String
        var actor: String
        var from: Int
        var to: Int
    }

    /// An office a well-known person held ("Tony Blair", "prime minister", for the United
    /// Kingdom, 1997-2007): what "the prime minister" in an article that names them means.
    struct OfficeTerm: Sendable {
        var name: String
        var office: String
        var actor: String
        var from: Int
        var to: Int
    }
}

extension RolesFile {
    /// Reads the file from its TOML form.
    init(_ root: TOMLTable) throws(TOMLError) {
        honorifics = try root.strings("honorifics")
        titles = try root.strings("titles")
        roleNouns = try root.strings("role_nouns")
        givenNames = try root.strings("given_names")
        nameParticles = try root.strings("name_particles")
        notNames = try root.strings("not_names")
        notPeople = try root.strings("not_people")
        governmentNouns = try root.strings("government_nouns")
        groupNouns = try root.strings("group_nouns")
        thingNouns = try root.strings("thing_nouns")
        organisationNouns = try root.strings("organisation_nouns")
        companyNouns = try root.strings("company_nouns")
        wordNames = try root.strings("word_names")
        companyDescriptors = try root.strings("company_descriptors")
        organisationDescriptors = try root.strings("organisation_descriptors")
        corporateRoles = try root.strings("corporate_roles")
        governmentRoles = try root.strings("government_roles")
        officeHolders = []
        for table in try root.tables("office_holder") {
            officeHolders.append(OfficeHolder(name: try table.string("name"), actor: try table.string("actor"), from: try table.integer("from"), to: try table.integer("to")))
        }
        nationalTitles = []
        for table in try root.tables("national_title") {
            nationalTitles.append(NationalTitle(title: try table.string("title"), actor: try table.string("actor")))
        }
        for table in try root.tables("office_term") {
            officeTerms.append(OfficeTerm(name: try table.string("name"), office: try table.string("office"), actor: try table.string("actor"),
                                          from: try table.integer("from"), to: try table.integer("to")))
        }
        for table in try root.tables("party_member") {
            partyMembers.append(OfficeHolder(name: try table.string("name"), actor: try table.string("party"),
                                             from: try table.integer("from"), to: try table.integer("to")))
        }
    }
}
