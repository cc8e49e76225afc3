import Dispatch
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
    }

    public var entry: String
    public var role: Role
    /// The phrase is written with "the" ("the Kremlin"): the mention includes it.
    public var hasArticle = false
}

/// The actor lexicon: known actors and the phrases that name them, indexed for matching tokens.
public struct Lexicon: Sendable {
    public private(set) var entries: [String: LexiconEntry] = [:]
    /// Phrases by their first token; each phrase as tokens, longest first.
    private(set) var phrases: [String: [(tokens: [String], meaning: PhraseMeaning)]] = [:]
    private(set) var words: RoleWords
    /// Lower-case words that can open a phrase, title or group: known ahead of time for the
    /// bundled lexicon, worked out by the recognizer otherwise.
    private(set) var lowercaseStarters: WordSet?
    /// Each entry's abbreviation, for labels (see `shortForm(of:)`).
    private(set) var shortForms: [String: String] = [:]
    private var overriding = false

    /// The lexicon compiled into Parley.
    public static let bundled: Lexicon = {
        // The role words and the actor index are built at the same time: most of the start-up work.
        let roles = ParallelLoad<RoleWords>(), index = ParallelLoad<Lexicon>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                roles.value = RoleWords(RolesFile.bundled, sets: .bundled)
            } else {
                index.value = Lexicon(words: RoleWords(RolesFile.none), compiled: .bundled)
            }
        }
        var result = index.value!
        result.words = roles.value!
        return result
    }()

    /// A lexicon whose index was built ahead of time (the bundled one: Generated/BundledLexiconIndex.swift).
    init(words: RoleWords, compiled: CompiledLexicon) {
        self.words = words
        entries.reserveCapacity(compiled.entryIDs.count)
        for entry in compiled.entries { entries[entry.id] = entry }
        phrases = .groupingRuns(compiled.phrases) { $0.tokens[0] }
        lowercaseStarters = compiled.lowercaseStarters
        shortForms = Lexicon.shortForms(of: phrases)
    }

    /// The index as `add` builds it, flattened for compiling in: entries by id, phrases by
    /// first token in key order, each bucket longest first.
    var compiled: CompiledLexicon {
        CompiledLexicon(
            entries: entries.keys.sorted().map { entries[$0]! },
            phrases: phrases.keys.sorted().flatMap { key in
                phrases[key]!.map { CompiledLexicon.Phrase(tokens: $0.tokens, entry: $0.meaning.entry, role: $0.meaning.role, hasArticle: $0.meaning.hasArticle) }
            },
            lowercaseStarters: WordSet(ActorRecognizer.lowercaseStarterWords(of: self).sorted())
        )
    }

    init(words: RoleWords) {
        self.words = words
    }

    /// This lexicon with the entries of a user lexicon (TOML text) added; an entry whose id is
    /// already known replaces the bundled one.
    public func merging(userTOML text: String, path: String) throws(LexiconError) -> Lexicon {
        merging(try UserLexicon(toml: text, path: path))
    }

    /// This lexicon with a user lexicon's entries added; an entry whose id is already known
    /// replaces the bundled one.
    public func merging(_ user: UserLexicon) -> Lexicon {
        let file = user.file
        var copy = self
        copy.lowercaseStarters = nil
        let replaced = Set(file.country.map(\.id) + file.organisation.map(\.id))
        if !replaced.isEmpty {
            for (key, list) in copy.phrases {
                copy.phrases[key] = list.filter { !replaced.contains($0.meaning.entry) }
            }
        }
        copy.add(file, overriding: true)
        return copy
    }

    /// Indexes the file's entries; when `overriding`, a phrase replaces any earlier entry's
    /// identical phrase (the user's "FSA" wins over the bundled one).
    mutating func add(_ file: LexiconFile, overriding: Bool = false) {
        self.overriding = overriding
        defer { self.overriding = false }
        for country in file.country {
            entries[country.id] = LexiconEntry(id: country.id, name: country.name, kind: .country, parent: nil)
            index(country.name, .name, country.id)
            for alias in country.aliases { index(alias, .alias, country.id) }
            for adjective in country.adjectives { index(adjective, .adjective, country.id) }
            for people in country.people { index(people, .people, country.id) }
            for capital in country.capitals { index(capital, .capital, country.id) }
            for seat in country.seats { index(seat, .seat, country.id) }
        }
        for organisation in file.organisation {
            let kind = ActorKind(rawValue: organisation.kind ?? "organisation") ?? (organisation.kind == "court" ? .organisation : .other)
            entries[organisation.id] = LexiconEntry(id: organisation.id, name: organisation.name, kind: kind, parent: organisation.parent)
            index(organisation.name, .name, organisation.id)
            for alias in organisation.aliases { index(alias, .alias, organisation.id) }
            for adjective in organisation.adjectives { index(adjective, .adjective, organisation.id) }
            for member in organisation.members { index(member, .member, organisation.id) }
        }
        for key in phrases.keys {
            phrases[key]?.sort { $0.tokens.count > $1.tokens.count }
        }
        shortForms = Lexicon.shortForms(of: phrases)
    }

    private mutating func index(_ phrase: String, _ role: PhraseMeaning.Role, _ id: String) {
        var tokens = phrase.phraseTokens
        // A leading "the" is matched separately, so "the Kremlin" and "The Kremlin" both work.
        var hasArticle = false
        if tokens.count > 1, tokens[0] == "the" || tokens[0] == "The" {
            tokens.removeFirst()
            hasArticle = true
        }
        guard let first = tokens.first else { return }
        var meaning = PhraseMeaning(entry: id, role: role)
        meaning.hasArticle = hasArticle
        if overriding {
            phrases[first]?.removeAll { $0.tokens == tokens && $0.meaning.entry != id }
        }
        phrases[first, default: []].append((tokens, meaning))
    }

    /// The longest lexicon phrase that starts at `start`, with the number of tokens it covers.
    func match(_ tokens: [Token], at start: Int) -> (meaning: PhraseMeaning, length: Int)? {
        guard start >= 0, start < tokens.count, let candidates = phrases[tokens[start].text] else { return nil }
        for candidate in candidates where start + candidate.tokens.count <= tokens.count {
            var matches = true
            for (offset, word) in candidate.tokens.enumerated() where tokens[start + offset].text != word {
                matches = false
                break
            }
            if matches { return (candidate.meaning, candidate.tokens.count) }
        }
        return nil
    }

    public func entry(_ id: String) -> LexiconEntry? { entries[id] }

    /// The first token of every phrase, as written.
    var phraseFirstWords: Dictionary<String, [(tokens: [String], meaning: PhraseMeaning)]>.Keys { phrases.keys }
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
    func shortForm(of id: String) -> String? { shortForms[id] }

    /// Each entry's shortest all-capitals alias of up to five letters; of two as short, the
    /// alphabetically first, so that labels do not depend on dictionary order.
    static func shortForms(of phrases: [String: [(tokens: [String], meaning: PhraseMeaning)]]) -> [String: String] {
        var best: [String: String] = [:]
        for list in phrases.values {
            for phrase in list where phrase.meaning.role == .alias && phrase.tokens.count == 1 {
                let text = phrase.tokens[0]
                // Up to five capitals ("UN", "NATO"): checked on the bytes when they are ASCII,
                // which they nearly always are, instead of as characters.
                let isAbbreviation = text.utf8.allSatisfy { $0 < 0x80 }
                    ? text.utf8.count <= 5 && text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
                    : text.count <= 5 && text.allSatisfy { $0.isUppercase }
                guard isAbbreviation else { continue }
                if let current = best[phrase.meaning.entry], (current.count, current) <= (text.count, text) { continue }
                best[phrase.meaning.entry] = text
            }
        }
        return best
    }
}

/// A slot filled by one task of `concurrentPerform` and read after it returns.
final class ParallelLoad<Value>: @unchecked Sendable {
    var value: Value?
}

/// The bundled lexicon's index, built from `lexicon.toml` and `roles.toml` ahead of time, as
/// flat arrays of literals (quick to compile, nothing to parse at start-up).
struct CompiledLexicon: Sendable {
    /// One phrase as `Lexicon.add` files it: tokens without a leading "the".
    struct Phrase: Equatable, Sendable {
        var tokens: [String]
        var entry: String
        var role: PhraseMeaning.Role
        var hasArticle: Bool
    }

    var entryIDs: [String], entryNames: [String], entryKinds: [String], entryParents: [String]
    /// Every phrase's tokens, one phrase after another; `phraseLengths` says how many are each
    /// phrase's. Kept apart so that start-up slices them instead of splitting text.
    var phraseWords: [String]
    var phraseLengths: [UInt8]
    var phraseEntries: [String]
    /// Each phrase's role (its index in `Role.allCases`), plus 8 when it has "the".
    var phraseFlags: [UInt8]
    var lowercaseStarters: WordSet

    var entries: [LexiconEntry] {
        entryIDs.indices.map {
            LexiconEntry(id: entryIDs[$0], name: entryNames[$0], kind: ActorKind(rawValue: entryKinds[$0]) ?? .other,
                         parent: entryParents[$0].isEmpty ? nil : entryParents[$0])
        }
    }

    /// The phrases with their meanings, in order: tokens sliced from the flat word list.
    var phrases: [(tokens: [String], meaning: PhraseMeaning)] {
        let roles = PhraseMeaning.Role.allCases
        var start = 0
        return phraseLengths.indices.map { index in
            let flags = phraseFlags[index], end = start + Int(phraseLengths[index])
            defer { start = end }
            return (Array(phraseWords[start..<end]), PhraseMeaning(entry: phraseEntries[index], role: roles[Int(flags & 7)], hasArticle: flags & 8 != 0))
        }
    }
}

extension CompiledLexicon {
    /// An index flattened into the arrays that are compiled in.
    init(entries: [LexiconEntry], phrases: [Phrase], lowercaseStarters: WordSet) {
        entryIDs = entries.map(\.id)
        entryNames = entries.map(\.name)
        entryKinds = entries.map(\.kind.rawValue)
        entryParents = entries.map { $0.parent ?? "" }
        phraseWords = phrases.flatMap(\.tokens)
        phraseLengths = phrases.map { UInt8($0.tokens.count) }
        phraseEntries = phrases.map(\.entry)
        phraseFlags = phrases.map { UInt8(PhraseMeaning.Role.allCases.firstIndex(of: $0.role)!) | ($0.hasArticle ? 8 : 0) }
        self.lowercaseStarters = lowercaseStarters
    }
}
