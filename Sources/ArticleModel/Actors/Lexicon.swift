import TOMLData

/// One known actor from the lexicon: a country, organisation, body, party, court or group.
public struct LexiconEntry: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var parent: String?
}

/// What a phrase in the lexicon stands for.
public struct PhraseMeaning: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case name, alias, adjective, people, capital, seat, member

        /// `allCases` made once: a compiled phrase's flags hold its role's index in it.
        static let all = allCases
    }

    public var entry: String
    public var role: Role
    /// The phrase is written with "the" ("the Kremlin"): the mention includes it.
    public var hasArticle = false
}

/// The actor lexicon: known actors and the phrases that name them, indexed for matching tokens.
public struct Lexicon: Sendable {
    /// The known actors, sorted by id.
    public private(set) var entries: [LexiconEntry] = []
    /// Each entry's abbreviation for labels ("UN"), "" when it has none; in `entries` order.
    private var entryShortForms: [String] = []
    /// The phrases as token sequences, found by their first token; each phrase's entry and
    /// flags (as `CompiledLexicon.phraseFlags`) in the table's order.
    private(set) var phrases: PhraseTable
    private var phraseEntries: [String] = []
    private var phraseFlags: [UInt8] = []
    private(set) var words: RoleWords
    /// Lower-case words that can open a phrase, title or group: known ahead of time for the
    /// bundled lexicon, worked out by the recognizer otherwise.
    private(set) var lowercaseStarters: WordSet?

    /// The lexicon compiled into Parley.
    public static let bundled = Lexicon(words: RoleWords(RolesFile.bundled, sets: .bundled), compiled: .bundled)

    /// A lexicon whose index was built ahead of time (the bundled one: Generated/BundledLexiconIndex.swift).
    init(words: RoleWords, compiled: CompiledLexicon) {
        self.words = words
        entries = compiled.entries
        entryShortForms = compiled.entryShortForms
        phrases = compiled.phrases
        phraseEntries = compiled.phraseEntries
        phraseFlags = compiled.phraseFlags
        lowercaseStarters = compiled.lowercaseStarters
    }

    /// The index flattened for compiling in.
    var compiled: CompiledLexicon {
        CompiledLexicon(
            entryIDs: entries.map(\.id), entryNames: entries.map(\.name), entryKinds: entries.map(\.kind.rawValue),
            entryParents: entries.map { $0.parent ?? "" }, entryShortForms: entryShortForms,
            phrases: phrases, phraseEntries: phraseEntries, phraseFlags: phraseFlags,
            lowercaseStarters: WordSet(ActorRecognizer.lowercaseStarterWords(of: self).sorted())
        )
    }

    /// An empty lexicon, for `add`.
    init(words: RoleWords) {
        self.words = words
        phrases = PhraseTable([])
    }

    /// This lexicon with the entries of a user lexicon (TOML text) added; an entry whose id is
    /// already known replaces the bundled one.
    public func merging(userTOML text: String, path: String) throws(LexiconError) -> Lexicon {
        merging(try UserLexicon(toml: text, path: path))
    }

    /// This lexicon with a user lexicon's entries added; an entry whose id is already known
    /// replaces the bundled one.
    public func merging(_ user: UserLexicon) -> Lexicon {
        var copy = self
        copy.add(user.file, overriding: true)
        return copy
    }

    /// Indexes the file's entries. When `overriding`, an entry replaces a known one with its id,
    /// phrases and all, and a phrase replaces any other entry's identical phrase (the user's
    /// "FSA" wins over the bundled one).
    mutating func add(_ file: LexiconFile, overriding: Bool = false) {
        var byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        var list = indexedPhrases
        if overriding {
            let replaced = Set(file.country.map(\.id) + file.organisation.map(\.id))
            list.removeAll { replaced.contains($0.meaning.entry) }
        }
        func index(_ phrase: String, _ role: PhraseMeaning.Role, _ id: String) {
            var tokens = phrase.phraseTokens
            // A leading "the" is matched separately, so "the Kremlin" and "The Kremlin" both work.
            var hasArticle = false
            if tokens.count > 1, tokens[0] == "the" || tokens[0] == "The" {
                tokens.removeFirst()
                hasArticle = true
            }
            guard !tokens.isEmpty else { return }
            if overriding { list.removeAll { $0.tokens == tokens && $0.meaning.entry != id } }
            list.append((tokens, PhraseMeaning(entry: id, role: role, hasArticle: hasArticle)))
        }
        for country in file.country {
            byID[country.id] = LexiconEntry(id: country.id, name: country.name, kind: .country, parent: country.government)
            index(country.name, .name, country.id)
            for alias in country.aliases { index(alias, .alias, country.id) }
            for adjective in country.adjectives { index(adjective, .adjective, country.id) }
            for people in country.people { index(people, .people, country.id) }
            for capital in country.capitals { index(capital, .capital, country.id) }
            for seat in country.seats { index(seat, .seat, country.id) }
        }
        for organisation in file.organisation {
            let kind = ActorKind(rawValue: organisation.kind ?? "organisation") ?? (organisation.kind == "court" ? .organisation : .other)
            byID[organisation.id] = LexiconEntry(id: organisation.id, name: organisation.name, kind: kind, parent: organisation.parent)
            index(organisation.name, .name, organisation.id)
            for alias in organisation.aliases { index(alias, .alias, organisation.id) }
            for adjective in organisation.adjectives { index(adjective, .adjective, organisation.id) }
            for member in organisation.members { index(member, .member, organisation.id) }
        }
        entries = byID.keys.sorted().map { byID[$0]! }
        let (table, order) = PhraseTable.build(list.map(\.tokens))
        phrases = table
        phraseEntries = order.map { list[$0].meaning.entry }
        phraseFlags = order.map { CompiledLexicon.flags(of: list[$0].meaning, company: byID[list[$0].meaning.entry]?.kind == .company) }
        let shortForms = Lexicon.shortForms(of: order.map { list[$0] })
        entryShortForms = entries.map { shortForms[$0.id] ?? "" }
        lowercaseStarters = nil
    }

    /// Every phrase with its meaning, in table order.
    var indexedPhrases: [(tokens: [String], meaning: PhraseMeaning)] {
        (0..<phrases.count).map { (Array(phrases.phrase($0)), meaning(of: $0)) }
    }

    private func meaning(of phrase: Int) -> PhraseMeaning {
        let flags = phraseFlags[phrase]
        return PhraseMeaning(entry: phraseEntries[phrase], role: PhraseMeaning.Role.all[Int(flags & 7)], hasArticle: flags & 8 != 0)
    }

    /// The longest lexicon phrase that starts at `start`, with the number of tokens it covers.
    func match(_ tokens: [Token], at start: Int) -> (meaning: PhraseMeaning, length: Int)? {
        phrases.longestMatch(in: tokens, at: start).map { (meaning(of: $0), phrases.phrase($0).count) }
    }

    /// Some lexicon phrase starts with the token's text, other than a longer name of a company:
    /// "Johnson" opens "Johnson & Johnson" but is still a family name.
    func hasPhrase(startingWith token: Token) -> Bool {
        phrases.candidates(forKey: PhraseTable.nonzero(token.textKey)).contains { candidate in
            let phrase = phrases.phrase(candidate)
            guard phrase.first == token.text else { return false }
            return phrase.count == 1 || phraseFlags[candidate] & 16 == 0
        }
    }

    public func entry(_ id: String) -> LexiconEntry? {
        index(of: id).map { entries[$0] }
    }

    /// Where the entry with `id` is in `entries` (sorted by id).
    private func index(of id: String) -> Int? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].id == id ? low : nil
    }

    /// The first token of every phrase, as written.
    var phraseFirstWords: Set<String> { Set((0..<phrases.count).compactMap { phrases.phrase($0).first }) }
}

/// A user's lexicon file, read and checked: it can be reported at once and merged into the
/// bundled lexicon later, when that has finished loading.
public struct UserLexicon: Sendable {
    let file: LexiconFile

    public init(toml text: String, path: String) throws(LexiconError) {
        do {
            file = try LexiconFile(TOMLParser.parse(text))
        } catch {
            throw LexiconError(path: path, message: error.description)
        }
    }
}

/// A user lexicon that could not be read: where and why.
public struct LexiconError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }

}

extension Lexicon {
    /// The shortest alias of an entry that is an abbreviation ("UN", "EU"), for labels.
    func shortForm(of id: String) -> String? {
        index(of: id).flatMap { entryShortForms[$0].isEmpty ? nil : entryShortForms[$0] }
    }

    /// Each entry's shortest all-capitals alias of up to five letters; of two as short, the
    /// alphabetically first, so that labels do not depend on the order of the phrases.
    static func shortForms(of phrases: [(tokens: [String], meaning: PhraseMeaning)]) -> [String: String] {
        var best: [String: String] = [:]
        for phrase in phrases where phrase.meaning.role == .alias && phrase.tokens.count == 1 {
            let text = phrase.tokens[0]
            guard text.count <= 5, text.allSatisfy({ $0.isUppercase }) else { continue }
            if let current = best[phrase.meaning.entry], (current.count, current) <= (text.count, text) { continue }
            best[phrase.meaning.entry] = text
        }
        return best
    }
}

/// The bundled lexicon's index, built from `lexicon.toml` and `roles.toml` ahead of time, as
/// flat arrays of literals (quick to compile, nothing to parse or build at start-up).
struct CompiledLexicon: Sendable {
    var entryIDs: [String], entryNames: [String], entryKinds: [String], entryParents: [String]
    /// Each entry's abbreviation for labels, "" when it has none.
    var entryShortForms: [String]
    var phrases: PhraseTable
    var phraseEntries: [String]
    /// Each phrase's role (its index in `Role.allCases`), plus 8 when it has "the" and 16 when
    /// it names a company.
    var phraseFlags: [UInt8]
    var lowercaseStarters: WordSet

    var entries: [LexiconEntry] {
        entryIDs.indices.map {
            LexiconEntry(id: entryIDs[$0], name: entryNames[$0], kind: ActorKind(rawValue: entryKinds[$0]) ?? .other,
                         parent: entryParents[$0].isEmpty ? nil : entryParents[$0])
        }
    }

    static func flags(of meaning: PhraseMeaning, company: Bool) -> UInt8 {
        UInt8(PhraseMeaning.Role.all.firstIndex(of: meaning.role)!) | (meaning.hasArticle ? 8 : 0) | (company ? 16 : 0)
    }
}
