/// The word lists of `roles.toml`, as sets and token sequences ready for matching (a class: the
/// recognisers read it everywhere, and a struct of twenty sets was copied on each read).
final class RoleWords: Sendable {
    let honorifics: WordSet
    /// Titles as lower-case token sequences ("secretary", "of", "state"), longest first; matched
    /// without regard to case, since papers write both "Shadow Home Secretary" and "shadow home secretary".
    let titles: PhraseTable
    /// Capitalised words of titles and honorifics: never part of a person's name.
    let titleWords: WordSet
    /// Role nouns as lower-case token sequences, longest first.
    let roleNouns: PhraseTable
    let givenNames: WordSet
    let particles: WordSet
    let notNames: WordSet
    let notPeople: WordSet
    let governmentNouns: PhraseTable
    let groupNouns: WordSet
    /// Lower-case nouns that make a neighbouring name the name of a thing ("Holm Bridge").
    let thingNouns: WordSet
    /// Capitalised nouns that make a name an organisation's ("Electoral Commission", "Confederation of ...").
    let organisationNouns: WordSet
    /// Capitalised legal forms and business nouns that make a name a company's ("... plc", "... Airways").
    let companyNouns: WordSet
    /// Company names that are also ordinary words ("Shell", "Next"): a capital at the start of a
    /// sentence does not make them the company.
    let wordNames: WordSet
    /// Lower-case nouns before a name that say it is a company's ("carmaker BMW", "rival Acme")
    /// or another organisation's ("the charity Shelter", "pressure group Liberty").
    let companyDescriptors: PhraseTable
    let organisationDescriptors: PhraseTable
    /// Roles that make a person speak for a company ("chief executive", "chairman"), and for a
    /// government ("minister", "home secretary"), matched in lower case.
    let corporateRoles: PhraseTable
    let governmentRoles: PhraseTable
    /// Well-known office holders and their terms.
    let officeHolders: [RolesFile.OfficeHolder]
    /// Offices well-known people held, for "the prime minister" in an article that names them.
    let officeTerms: [RolesFile.OfficeTerm]
    /// Well-known politicians' parties, for a person the text gives no affiliation: the records
    /// by full name, and the full names by family name.
    let partyMembers: [String: [RolesFile.OfficeHolder]]
    let partyMemberNames: [String: Set<String>]
    /// Titles of office that only one country has.
    let nationalTitles: [RolesFile.NationalTitle]
    /// Each office holder's family name (and each capitalised part of a hyphenated one) with
    /// their actor, at the same index in the two lists; one entry per (name, actor) pair, sorted
    /// by name, then actor.
    let surnames: [String]
    let surnameActors: [String]

    convenience init(_ file: RolesFile) {
        self.init(file, sets: RoleWordSets(file))
    }

    init(_ file: RolesFile, sets: RoleWordSets) {
        honorifics = sets.honorifics
        titles = sets.titles
        titleWords = sets.titleWords
        roleNouns = sets.roleNouns
        givenNames = sets.givenNames
        particles = sets.particles
        notNames = sets.notNames
        notPeople = sets.notPeople
        governmentNouns = sets.governmentNouns
        groupNouns = sets.groupNouns
        thingNouns = sets.thingNouns
        organisationNouns = sets.organisationNouns
        companyNouns = sets.companyNouns
        wordNames = sets.wordNames
        companyDescriptors = sets.companyDescriptors
        organisationDescriptors = sets.organisationDescriptors
        corporateRoles = sets.corporateRoles
        governmentRoles = sets.governmentRoles
        officeHolders = file.officeHolders
        officeTerms = file.officeTerms
        partyMembers = Dictionary(grouping: file.partyMembers, by: \.name)
        partyMemberNames = Dictionary(grouping: partyMembers.keys, by: { $0.spaceSeparatedWords.last ?? $0 }).mapValues(Set.init)
        nationalTitles = file.nationalTitles
        surnames = sets.surnames
        surnameActors = sets.surnameActors
    }

    /// The country whose government alone has this title ("home secretary": the United Kingdom).
    func nationalTitleActor(_ role: String) -> String? {
        nationalTitles.first { $0.title == role }?.actor
    }

    /// Whom the person named `words` (a full name, or a family name alone) held `office` for,
    /// if they held it; for `actor` only, when one is given ("the Tory leader": the Conservatives').
    func heldOffice(_ office: String, for actor: String?, by words: [String]) -> String? {
        let name = words.joined(separator: " ")
        return officeTerms.first { term in
            term.office == office && (actor == nil || term.actor == actor)
                && (term.name == name || words.count == 1 && term.name.split(separator: " ").last.map(String.init) == name)
        }?.actor
    }

    /// The office holders with this full name.
    func officeHolders(named name: String) -> [RolesFile.OfficeHolder] {
        officeHolders.filter { $0.name == name }
    }

    /// The actors whose well-known office holders have this family name ("Assad": syria), sorted.
    func officeHolderActors(withSurname surname: String) -> [String] {
        var low = 0, high = surnames.count
        while low < high {
            let middle = (low + high) / 2
            if surnames[middle] < surname { low = middle + 1 } else { high = middle }
        }
        var actors: [String] = []
        while low < surnames.count, surnames[low] == surname {
            actors.append(surnameActors[low])
            low += 1
        }
        return actors
    }

    /// A role ("chief executive", "co-chairman") that makes a person speak for a company.
    func isCorporateRole(_ role: String) -> Bool { corporateRoles.contains(phrase: role.spaceSeparatedWords) }

    /// A role ("home secretary", "minister") that makes a person speak for a government.
    func isGovernmentRole(_ role: String) -> Bool { governmentRoles.contains(phrase: role.spaceSeparatedWords) }

    /// The length of the longest sequence from `list` (up to three words, in lower case) that ends
    /// right before `end`: "carmaker" or "the IT giant" before a name.
    func longestMatch(_ list: PhraseTable, endingAt end: Int, in tokens: [Token]) -> Int? {
        list.longestMatch(in: tokens, endingAt: end, maximum: 3, lowercase: true)
    }

    /// The longest sequence from `list` that matches the tokens at `start` (compared in lower case
    /// when `lowercase`), as a token count.
    func longestMatch(_ list: PhraseTable, in tokens: [Token], at start: Int, lowercase: Bool) -> Int? {
        list.longestMatch(in: tokens, at: start, lowercase: lowercase).map { list.phrase($0).count }
    }
}

/// The word sets of `roles.toml`, as `RoleWords` looks them up; the bundled ones are compiled in
/// as ready tables (Generated/BundledWordSets.swift).
struct RoleWordSets: Sendable {
    var honorifics, titleWords, givenNames, particles, notNames, notPeople, groupNouns, thingNouns, organisationNouns, companyNouns, wordNames: WordSet
    /// Titles, role nouns, government nouns, descriptors and roles as lower-case token sequences.
    var titles, roleNouns, governmentNouns, companyDescriptors, organisationDescriptors, corporateRoles, governmentRoles: PhraseTable
    /// Office holders' family names with their actors, as `RoleWords.surnames` describes.
    var surnames, surnameActors: [String]

    /// Each sequence list with its field name: for the generator.
    var namedSequences: [(String, PhraseTable)] {
        [("titles", titles), ("roleNouns", roleNouns), ("governmentNouns", governmentNouns), ("companyDescriptors", companyDescriptors),
         ("organisationDescriptors", organisationDescriptors), ("corporateRoles", corporateRoles), ("governmentRoles", governmentRoles)]
    }

    /// Each set with its field name, in declaration order: for the generator and its test.
    var named: [(String, WordSet)] {
        [("honorifics", honorifics), ("titleWords", titleWords), ("givenNames", givenNames), ("particles", particles), ("notNames", notNames),
         ("notPeople", notPeople), ("groupNouns", groupNouns), ("thingNouns", thingNouns), ("organisationNouns", organisationNouns),
         ("companyNouns", companyNouns), ("wordNames", wordNames)]
    }
}

extension RoleWordSets {
    /// The sets as `RoleWords` makes them from the file.
    init(_ file: RolesFile) {
        honorifics = WordSet(file.honorifics.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        titleWords = WordSet(file.titles.flatMap { $0.spaceSeparatedWords }.filter { $0.first?.isUppercase == true })
        givenNames = WordSet(file.givenNames)
        particles = WordSet(file.nameParticles)
        notNames = WordSet(file.notNames)
        notPeople = WordSet(file.notPeople)
        groupNouns = WordSet(file.groupNouns.map { $0.lowercased() })
        thingNouns = WordSet(file.thingNouns.map { $0.lowercased() })
        organisationNouns = WordSet(file.organisationNouns)
        companyNouns = WordSet(file.companyNouns)
        wordNames = WordSet(file.wordNames)
        companyDescriptors = Self.sequences(file.companyDescriptors)
        organisationDescriptors = Self.sequences(file.organisationDescriptors)
        corporateRoles = Self.sequences(file.corporateRoles)
        governmentRoles = Self.sequences(file.governmentRoles)
        titles = Self.sequences(file.titles.filter { !$0.hasSuffix(".") })
        roleNouns = Self.sequences(file.roleNouns)
        governmentNouns = Self.sequences(file.governmentNouns)
        var pairs: Set<[String]> = []
        for holder in file.officeHolders {
            guard let last = holder.name.spaceSeparatedWords.last else { continue }
            pairs.insert([last, holder.actor])
            // Each capitalised part of a hyphenated family name too.
            guard last.utf8.contains(UInt8(ascii: "-")) else { continue }
            for part in last.split(separator: "-") where part.first?.isUppercase == true {
                pairs.insert([String(part), holder.actor])
            }
        }
        let sorted = pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        surnames = sorted.map { $0[0] }
        surnameActors = sorted.map { $0[1] }
    }

    /// Phrases as lower-case token sequences.
    static func sequences(_ phrases: [String]) -> PhraseTable {
        PhraseTable(phrases.map { $0.lowercased().phraseTokens })
    }
}
