#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One actor reference found in a sentence, by token positions: what stance extraction works on.
public struct ActorSpan: Sendable, Equatable {
    public var sentence: Int
    public var tokens: Range<Int>
    public var actor: String
    public var via: MentionSource
}

/// A person seen in the article, before ids are final.
struct PersonDraft {
    /// Name words as written: ["Bashar", "al-Assad"], or just ["Kerry"] after "Mr".
    var words: [String]
    /// Lower-case titles seen with this person: "secretary of state", "president".
    var roles: Set<String> = []
    var affiliation: String?
    /// Spans still pointing at this draft's index.
    var spans: [(sentence: Int, tokens: Range<Int>, via: MentionSource)] = []
    /// Introduced as a former office holder ("former chief executive Jo Bell"): no affiliation from a role.
    var former = false
    /// Introduced with a title after a name Parley does not know ("Ruritanian President Jo Bell"):
    /// the title is someone else's, so it implies no affiliation.
    var qualifiedByUnknown = false
    /// The company, the organisation and the country the article mentioned last before this
    /// person (the country only if within the two sentences before): what their role implies
    /// they speak for when the text names no one.
    var companyBefore: String?
    var organisationBefore: String?
    /// The company was mentioned after the organisation.
    var companyIsNearer = false
    var countryBefore: String?
    /// The party the article mentioned last before this person: a leader's, when no other is named.
    var partyBefore: String?

    var fullName: String { words.joined(separator: " ") }

    /// Keys a later mention by family name can use: "Kerry"; "al-Assad" and "Assad"; "Ban" for "Ban Ki-moon".
    var surnameKeys: Set<String> {
        guard let last = words.last else { return [] }
        var keys: Set<String> = [last]
        let parts = last.split(separator: "-").map(String.init)
        if parts.count > 1 {
            if let capitalized = parts.last(where: { $0.first?.isUppercase == true }) { keys.insert(capitalized) }
            if parts.last?.first?.isLowercase == true, words.count > 1 { keys.insert(words[0]) }
        }
        // "Robert Kilroy Silk", written elsewhere "Kilroy-Silk": a double surname with or without its hyphen.
        if words.count >= 3, parts.count == 1, words[words.count - 2].first?.isUppercase == true {
            keys.insert(words[words.count - 2] + "-" + last)
        }
        return keys
    }
}

/// Collects actors and their mentions while the recogniser works, then finalises ids and order.
struct ActorRegistry {
    private(set) var drafts: [String: Actor] = [:]
    private(set) var spans: [ActorSpan] = []
    var people: [PersonDraft] = []
    /// Acronyms given in brackets after an organisation's name: "CBI" -> its id.
    var organisationAcronyms: [String: String] = [:]
    /// Organisation nouns of the organisations found by shape: "Society" -> ids.
    var organisationHeads: [String: Set<String>] = [:]
    /// One-word names learned from the article: a company found by its context ("Acme" after
    /// "shares in Acme"), or the first word of a company's longer name ("Harlow" for "Harlow &
    /// Finch"), with its id; matched wherever else they appear.
    var shortNames: [String: String] = [:]
    /// The company, and the organisation or party, mentioned last while the first pass reads the
    /// article in order.
    private(set) var lastCompany: String?
    private(set) var lastOrganisation: (id: String, sentence: Int)?
    /// Which of the two came last: a chairman or director with neither named runs that one.
    private(set) var companyCameLast = false
    private(set) var lastParty: String?
    private(set) var lastCountry: (id: String, sentence: Int)?
    /// Government departments found by shape with no country named ("the Department for
    /// Transport"): the government of the country the article is about, once that is known.
    var departments: Set<String> = []

    /// Makes the departments found mentions of `country`'s government.
    mutating func foldDepartments(into country: LexiconEntry) {
        guard !departments.isEmpty else { return }
        if drafts[country.id] == nil { drafts[country.id] = Actor(id: country.id, name: country.name, kind: .country, affiliation: country.parent) }
        for index in spans.indices where departments.contains(spans[index].actor) {
            spans[index].actor = country.id
            spans[index].via = .metonym
        }
        for id in departments { drafts[id] = nil }
        for index in people.indices where people[index].affiliation.map(departments.contains) == true { people[index].affiliation = country.id }
        for (key, id) in organisationAcronyms where departments.contains(id) { organisationAcronyms[key] = country.id }
        for (key, id) in shortNames where departments.contains(id) { shortNames[key] = country.id }
        for (key, ids) in organisationHeads { organisationHeads[key] = Set(ids.map { departments.contains($0) ? country.id : $0 }) }
        departments = []
    }

    /// The span added last.
    var lastSpan: ActorSpan? { spans.last }
    /// The person the last `addPerson` recorded.
    private(set) var lastPersonIndex: Int?
    /// People by surname key, built on first use after people were added or merged
    /// (adding spans to a person does not change it).
    private var surnameIndex: [String: [Int]]?

    mutating func add(_ id: String, name: String, kind: ActorKind, affiliation: String?, sentence: Int, tokens: Range<Int>, via: MentionSource) {
        if drafts[id] == nil {
            drafts[id] = Actor(id: id, name: name, kind: kind, affiliation: affiliation)
        } else if drafts[id]?.affiliation == nil {
            drafts[id]?.affiliation = affiliation
        }
        if drafts[id]?.kind == .company {
            lastCompany = id
            companyCameLast = true
        }
        if drafts[id]?.kind == .organisation || drafts[id]?.kind == .party {
            lastOrganisation = (id, sentence)
            companyCameLast = false
        }
        if drafts[id]?.kind == .party { lastParty = id }
        if drafts[id]?.kind == .country { lastCountry = (id, sentence) }
        spans.append(ActorSpan(sentence: sentence, tokens: tokens, actor: id, via: via))
    }

    /// The kind of a non-person actor seen so far.
    func kind(of id: String) -> ActorKind? { drafts[id]?.kind }

    /// An organisation or company already seen that `name` names: the same name, its start
    /// before "of" or "for" ("Reserve Bank" for "Reserve Bank of Australia"), or, for one word,
    /// the first word of a company's name ("Harlow" for "Harlow & Finch").
    /// The one organisation, company or party found so far whose name's capitalised words have
    /// these initials: "CSA" after "the Child Support Agency", "IFS" after "the Institute for
    /// Fiscal Studies".
    func organisation(withInitials acronym: String) -> String? {
        var found: String?
        for (id, actor) in drafts where actor.name.first == acronym.first && [.organisation, .company, .party, .government].contains(actor.kind) {
            let words = actor.name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { $0.first?.isUppercase == true }
            guard words.count >= 2, words.count == acronym.count, String(words.compactMap(\.first)) == acronym else { continue }
            if found != nil { return nil }
            found = id
        }
        return found
    }

    func organisation(named name: String) -> String? {
        var found: String?
        for (id, actor) in drafts where actor.kind == .organisation || actor.kind == .company || actor.kind == .party {
            if actor.name == name { return id }
            if actor.name.hasPrefix(name + " of ") || actor.name.hasPrefix(name + " for ")
                || (actor.kind == .company && !name.contains(" ") && actor.name.hasPrefix(name + " ")) {
                if found != nil && found != id { return nil }
                found = id
            }
        }
        return found
    }

    /// `id`, unless the lexicon already uses it for another actor.
    func freeID(for id: String, lexicon: Lexicon) -> String {
        lexicon.entry(id) == nil ? id : id + "-2"
    }

    /// Adds a span whose actor already has its final id (pronouns resolved after the first finish).
    mutating func addResolved(_ span: ActorSpan) {
        spans.append(span)
    }

    /// Records a person mention; returns the draft's index.
    @discardableResult
    mutating func addPerson(words: [String], role: String?, affiliation: String?, sentence: Int, tokens: Range<Int>, via: MentionSource) -> Int {
        let index: Int
        surnameIndex = nil
        if let existing = people.firstIndex(where: { $0.words == words }) {
            index = existing
        } else {
            let country = lastCountry.flatMap { sentence - $0.sentence <= 2 ? $0.id : nil }
            let organisation = lastOrganisation.flatMap { sentence - $0.sentence <= 2 ? $0.id : nil }
            people.append(PersonDraft(words: words, companyBefore: lastCompany, organisationBefore: organisation, companyIsNearer: companyCameLast,
                                      countryBefore: country, partyBefore: lastParty))
            index = people.count - 1
        }
        if let role { people[index].roles.insert(role) }
        if people[index].affiliation == nil { people[index].affiliation = affiliation }
        people[index].spans.append((sentence, tokens, via))
        lastPersonIndex = index
        return index
    }

    /// Folds people known only by a surname ("Mr Kerry") into the full name that has it ("John Kerry"),
    /// when exactly one full name does.
    mutating func mergePeople() {
        // "Mrs Parker Bowles" after "Camilla Parker Bowles": a longer name that ends with this one.
        var absorbed = Set<Int>()
        for (index, person) in people.enumerated() where person.words.count > 1 {
            let longer = people.indices.filter { people[$0].words.count > person.words.count && Array(people[$0].words.suffix(person.words.count)) == person.words }
            guard longer.count == 1 else { continue }
            people[longer[0]].spans += person.spans.map { ($0.sentence, $0.tokens, MentionSource.surname) }
            people[longer[0]].roles.formUnion(person.roles)
            if people[longer[0]].affiliation == nil { people[longer[0]].affiliation = person.affiliation }
            absorbed.insert(index)
        }
        if !absorbed.isEmpty { people = people.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element) }
        var merged: [PersonDraft] = []
        let full = people.filter { $0.words.count > 1 }
        var fullIndex: [String: Int] = [:]
        var spelled: [String: Int] = [:]
        for person in full {
            // "Robert Kilroy Silk" and "Robert Kilroy-Silk": one name, spelled with or without its hyphen.
            let key = String(person.fullName.map { $0 == "-" ? " " : $0 })
            if let same = spelled[key] {
                merged[same].spans += person.spans
                merged[same].roles.formUnion(person.roles)
                if merged[same].affiliation == nil { merged[same].affiliation = person.affiliation }
                fullIndex[person.fullName] = same
                continue
            }
            spelled[key] = merged.count
            fullIndex[person.fullName] = merged.count
            merged.append(person)
        }
        // Each full name's surname keys, worked out once (merged grows only by one-word names).
        let keys = merged.map(\.surnameKeys)
        for person in people where person.words.count == 1 {
            var owners = keys.indices.filter { keys[$0].contains(person.words[0]) }
            if owners.isEmpty {
                // "Sir Nigel" after "Sir Nigel Pembry": a given name that only one person has.
                owners = merged.indices.filter { merged[$0].words.count > 1 && merged[$0].words[0] == person.words[0] }
            }
            if owners.count > 1 {
                continue  // "Mr Vell" with two Vells in the story: no one can tell which
            }
            if owners.count == 1 {
                let owner = owners[0]
                merged[owner].roles.formUnion(person.roles)
                if merged[owner].affiliation == nil { merged[owner].affiliation = person.affiliation }
                merged[owner].former = merged[owner].former || person.former
                merged[owner].qualifiedByUnknown = merged[owner].qualifiedByUnknown || person.qualifiedByUnknown
                merged[owner].spans += person.spans.map { ($0.sentence, $0.tokens, MentionSource.surname) }
            } else if let same = merged.firstIndex(where: { $0.words == person.words }) {
                merged[same].spans += person.spans
            } else {
                merged.append(person)
            }
        }
        people = merged
        surnameIndex = nil
    }

    /// The country the article is about: the one it mentions most (the first of those mentioned
    /// as often), or, with no country named, the one most of its parties and public bodies belong to.
    func principalCountry(lexicon: Lexicon) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var parents: [String: (count: Int, first: Int)] = [:]
        for (order, span) in spans.enumerated() {
            guard let actor = drafts[span.actor] else { continue }
            if actor.kind == .country {
                // England has no government of its own: its mentions count for the United Kingdom.
                let id = lexicon.entry(actor.id)?.parent ?? actor.id
                counts[id] = ((counts[id]?.count ?? 0) + 1, counts[id]?.first ?? order)
            } else if actor.kind == .party || actor.kind == .government, let parent = actor.affiliation, lexicon.entry(parent)?.kind == .country {
                parents[parent] = ((parents[parent]?.count ?? 0) + 1, parents[parent]?.first ?? order)
            }
        }
        // A country's own people speak for it too: in a story about London's legal advice on the
        // Iraq war, Tony Blair's and Lord Goldsmith's mentions outweigh the mentions of Iraq.
        var pool = counts.isEmpty ? parents : counts
        for person in people {
            guard let country = person.affiliation, lexicon.entry(country)?.kind == .country, !person.spans.isEmpty else { continue }
            pool[country] = ((pool[country]?.count ?? 0) + person.spans.count, pool[country]?.first ?? Int.max)
        }
        return pool.min { ($1.value.count, $0.value.first) < ($0.value.count, $1.value.first) }?.key
    }

    /// The actor of `kind` with the most mentions so far (the first mentioned of those tied).
    func mostMentioned(kind: ActorKind) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (order, span) in spans.enumerated() where drafts[span.actor]?.kind == kind {
            counts[span.actor] = ((counts[span.actor]?.count ?? 0) + 1, counts[span.actor]?.first ?? order)
        }
        return counts.min { ($1.value.count, $0.value.first) < ($0.value.count, $1.value.first) }?.key
    }

    /// The people whose surname keys include `word`.
    mutating func people(withSurname word: String) -> [Int] {
        if surnameIndex == nil {
            var index: [String: [Int]] = [:]
            for (position, person) in people.enumerated() {
                for key in person.surnameKeys { index[key, default: []].append(position) }
            }
            surnameIndex = index
        }
        return surnameIndex?[word] ?? []
    }

    /// The final actors, sorted by mention count then first mention, and every span with final ids.
    /// Without `mentionTexts` the mentions' surface texts stay empty: passes that only need ids,
    /// kinds and spans (coreference, quote speakers) do not pay for building them.
    func finish(_ text: AnalyzedText, mentionTexts: Bool = true) -> (actors: [Actor], spans: [ActorSpan]) {
        var actors = drafts
        var allSpans = spans
        var usedIDs = Set(actors.keys)
        for person in people {
            var id = ActorRegistry.slug(person.fullName)
            if usedIDs.contains(id) { id += "-person" }
            usedIDs.insert(id)
            actors[id] = Actor(id: id, name: person.fullName, kind: .person, affiliation: person.affiliation)
            allSpans += person.spans.map { ActorSpan(sentence: $0.sentence, tokens: $0.tokens, actor: id, via: $0.via) }
        }
        allSpans.sort { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
        // Drop spans that overlap an earlier one: the first recogniser to claim tokens wins.
        var kept: [ActorSpan] = []
        for span in allSpans {
            if let last = kept.last, last.sentence == span.sentence, last.tokens.overlaps(span.tokens) {
                // "they" may stand for several actors at once.
                let shared = last.via == .pronoun && span.via == .pronoun && last.tokens == span.tokens && last.actor != span.actor
                if !shared { continue }
            }
            kept.append(span)
        }
        for span in kept {
            let tokens = text.tokens[span.sentence]
            let range = tokens[span.tokens.lowerBound].range.lowerBound..<tokens[span.tokens.upperBound - 1].range.upperBound
            actors[span.actor]?.mentions.append(Mention(range: range, text: mentionTexts ? text.string(range) : "", via: span.via))
        }
        let ordered = actors.values
            .filter { !$0.mentions.isEmpty }
            .sorted { left, right in
                if left.mentions.count != right.mentions.count { return left.mentions.count > right.mentions.count }
                return left.mentions[0].range.lowerBound < right.mentions[0].range.lowerBound
            }
        let present = Set(ordered.map(\.id))
        return (ordered, kept.filter { present.contains($0.actor) })
    }

    /// Letters that do not decompose into ASCII plus a diacritic.
    static let transliterations: [Character: String] = [
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE", "æ": "ae",
        "Œ": "OE", "œ": "oe", "ı": "i", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "Ħ": "H", "ħ": "h",
    ]

    /// A stable id from a name: lower case, ASCII letters and digits, hyphens between words.
    static func slug(_ name: String) -> String {
        let folded: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            folded = name.lowercased()
        } else {
            let transliterated = name.map { ActorRegistry.transliterations[$0] ?? String($0) }.joined()
            folded = withoutDiacritics(transliterated).lowercased()
        }
        var result: [UInt8] = []
        var pendingHyphen = false
        for byte in folded.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if pendingHyphen, !result.isEmpty { result.append(0x2D) }
                pendingHyphen = false
                result.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "actor" : String(decoding: result, as: UTF8.self)
    }

    /// Latin letters with diacritics as their base letter ("é" and "e" + U+0301 both give "e"),
    /// read from the Unicode character names so that no normalisation library is needed.
    static func withoutDiacritics(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let name = scalar.properties.name {
                let words = name.split(separator: " ")
                if words.count >= 4, words[0] == "LATIN", words[1] == "SMALL" || words[1] == "CAPITAL", words[2] == "LETTER",
                   words[3].count == 1, words.count == 4 || words[4] == "WITH" {
                    result += words[1] == "SMALL" ? words[3].lowercased() : String(words[3])
                    continue
                }
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
