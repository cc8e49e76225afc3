import Synchronization

/// The open word classes a word can belong to, from WordNet: noun, verb, adjective, adverb.
public struct WordClassSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let noun = WordClassSet(rawValue: 1)
    public static let verb = WordClassSet(rawValue: 2)
    public static let adjective = WordClassSet(rawValue: 4)
    public static let adverb = WordClassSet(rawValue: 8)
}

/// How an inflected form relates to its lemma.
public enum Inflection: Sendable, Equatable {
    /// The lemma itself: "plan", "back", "fair".
    case base
    /// A noun plural: "plans", "taxes".
    case plural
    /// A verb's third person singular: "backs".
    case thirdPerson
    /// A verb's past or past participle: "backed", "chose", "chosen".
    case past
    /// A verb's present participle or gerund: "backing".
    case gerund
    /// An adjective's comparative or superlative: "fairer", "fairest".
    case graded
}

/// One reading of a word form: its lemma, class and inflection.
public struct WordReading: Sendable, Equatable {
    public var lemma: String
    public var wordClass: WordClassSet
    public var inflection: Inflection
}

/// What WordNet says about one lemma: its classes, how common each is, and the semantic field
/// (lexicographer file) of its most common noun and verb senses.
public struct WordEntry: Sendable, Equatable {
    public var classes: WordClassSet
    /// How often each class was seen in WordNet's sense-tagged corpus, on a log scale 0-25
    /// (noun, verb, adjective, adverb); nil where the word is not of that class.
    public var weights: (noun: Int?, verb: Int?, adjective: Int?, adverb: Int?)
    public var nounField: NounField?
    /// WordNet's verb lexicographer file number minus 29 (0 body ... 14 weather).
    public var verbField: Int?
    /// For a verb, the noun that names its action: "apologise" gives "apology".
    public var actionNoun: String?

    public static func == (lhs: WordEntry, rhs: WordEntry) -> Bool {
        lhs.classes == rhs.classes && lhs.weights == rhs.weights && lhs.nounField == rhs.nounField && lhs.verbField == rhs.verbField
            && lhs.actionNoun == rhs.actionNoun
    }

    /// The weight of one class (-1 when the word is not of it).
    public func weight(_ wordClass: WordClassSet) -> Int {
        switch wordClass {
        case .noun: return weights.noun ?? -1
        case .verb: return weights.verb ?? -1
        case .adjective: return weights.adjective ?? -1
        default: return weights.adverb ?? -1
        }
    }
}

/// The semantic field of a noun's most common sense (WordNet's noun lexicographer files).
public enum NounField: Int, Sendable, Equatable {
    case top = 3, act, animal, artifact, attribute, body, cognition, communication, event, feeling, food, group,
         location, motive, object, person, phenomenon, plant, possession, process, quantity, relation, shape, state,
         substance, time
}

/// Word classes and lemmas of English words, from WordNet 3.0 compiled in as two sorted string
/// literals (Generated/BundledWordClasses.swift) that are searched by halving: nothing is
/// parsed or built at start-up.
public enum WordClasses {
    /// Lookups already made: words repeat within and across articles, and each lookup searches
    /// the tables several times. Shared by every thread; emptied when it grows large.
    private static let memo = Mutex<(entries: [String: WordEntry?], readings: [String: [WordReading]])>(([:], [:]))
    private static let memoLimit = 200_000

    /// The entry of a lemma (lower case), if WordNet has it.
    public static func entry(_ lemma: String) -> WordEntry? {
        if let known = memo.withLock({ $0.entries[lemma] }) { return known }
        let found = searchEntry(lemma)
        memo.withLock { memo in
            if memo.entries.count > memoLimit { memo.entries = [:] }
            memo.entries[lemma] = .some(found)
        }
        return found
    }

    private static func searchEntry(_ lemma: String) -> WordEntry? {
        guard let fields = find(lemma, in: bundledEntries), fields.count >= 6 else { return nil }
        func weight(_ byte: UInt8) -> Int? { byte == UInt8(ascii: "-") ? nil : Int(byte) - 0x61 }
        var classes: WordClassSet = []
        let weights = (weight(fields[0]), weight(fields[1]), weight(fields[2]), weight(fields[3]))
        if weights.0 != nil { classes.insert(.noun) }
        if weights.1 != nil { classes.insert(.verb) }
        if weights.2 != nil { classes.insert(.adjective) }
        if weights.3 != nil { classes.insert(.adverb) }
        let nounField = fields[4] == UInt8(ascii: "-") ? nil : NounField(rawValue: Int(fields[4]) - 0x41 + 3)
        let verbField = fields[5] == UInt8(ascii: "-") ? nil : Int(fields[5]) - 0x61
        let derived = fields.count > 7 && fields[6] == 0x09 ? String(decoding: fields[7...], as: UTF8.self) : nil
        return WordEntry(classes: classes, weights: weights, nounField: nounField, verbField: verbField, actionNoun: derived)
    }

    /// Every reading of a word form (lower case): irregular forms from WordNet's exception
    /// lists, then regular endings whose stem WordNet knows. A form that is itself a lemma
    /// reads as its base first.
    public static func readings(of form: String) -> [WordReading] {
        if let known = memo.withLock({ $0.readings[form] }) { return known }
        let found = searchReadings(of: form)
        memo.withLock { memo in
            if memo.readings.count > memoLimit { memo.readings = [:] }
            memo.readings[form] = found
        }
        return found
    }

    private static func searchReadings(of form: String) -> [WordReading] {
        var result: [WordReading] = []
        if let entry = entry(form) {
            for wordClass in [WordClassSet.noun, .verb, .adjective, .adverb] where entry.classes.contains(wordClass) {
                result.append(WordReading(lemma: form, wordClass: wordClass, inflection: .base))
            }
        }
        for (lemma, wordClass) in irregular(form) {
            result.append(WordReading(lemma: lemma, wordClass: wordClass, inflection: inflection(of: form, wordClass: wordClass)))
        }
        for rule in suffixRules where form.hasSuffix(rule.ending) && form.utf8.count > rule.ending.utf8.count + 1 {
            let stem = String(form.dropLast(rule.ending.count)) + rule.replacement
            for candidate in rule.doubled ? undoubled(stem) : [stem] {
                guard let entry = entry(candidate), entry.classes.contains(rule.wordClass) else { continue }
                let reading = WordReading(lemma: candidate, wordClass: rule.wordClass, inflection: rule.inflection)
                if !result.contains(reading) { result.append(reading) }
            }
        }
        return result
    }

    /// The noun that names a verb's action, for one issue under both ("should apologise",
    /// "a personal apology"): the verb itself when it is also a noun ("reform", "cut").
    public static func actionNoun(of verb: String) -> String? {
        guard let entry = entry(verb), entry.classes.contains(.verb) else { return nil }
        if entry.classes.contains(.noun) { return verb }
        return entry.actionNoun
    }

    /// The lemma of a noun form: "proposals" gives "proposal", "taxes" "tax"; the form itself
    /// when WordNet knows no noun it comes from.
    public static func nounLemma(_ form: String) -> String {
        let readings = readings(of: form).filter { $0.wordClass == .noun }
        // "talks", "arms", "sanctions" are lemmas of their own: the base reading comes first.
        return readings.first?.lemma ?? form
    }

    // MARK: - Morphology

    private struct SuffixRule {
        var ending: String
        var replacement: String
        var wordClass: WordClassSet
        var inflection: Inflection
        /// "planned", "stopping": the stem may end in a doubled consonant.
        var doubled = false
    }

    /// WordNet's detachment rules (morphy), with the doubled consonant of "planned" added.
    private static let suffixRules: [SuffixRule] = [
        SuffixRule(ending: "ies", replacement: "y", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "ses", replacement: "s", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "xes", replacement: "x", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "zes", replacement: "z", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "ches", replacement: "ch", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "shes", replacement: "sh", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "men", replacement: "man", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "s", replacement: "", wordClass: .noun, inflection: .plural),
        SuffixRule(ending: "ies", replacement: "y", wordClass: .verb, inflection: .thirdPerson),
        SuffixRule(ending: "es", replacement: "e", wordClass: .verb, inflection: .thirdPerson),
        SuffixRule(ending: "es", replacement: "", wordClass: .verb, inflection: .thirdPerson),
        SuffixRule(ending: "s", replacement: "", wordClass: .verb, inflection: .thirdPerson),
        SuffixRule(ending: "ied", replacement: "y", wordClass: .verb, inflection: .past),
        SuffixRule(ending: "ed", replacement: "e", wordClass: .verb, inflection: .past),
        SuffixRule(ending: "ed", replacement: "", wordClass: .verb, inflection: .past, doubled: true),
        SuffixRule(ending: "ing", replacement: "e", wordClass: .verb, inflection: .gerund),
        SuffixRule(ending: "ing", replacement: "", wordClass: .verb, inflection: .gerund, doubled: true),
        SuffixRule(ending: "er", replacement: "", wordClass: .adjective, inflection: .graded, doubled: true),
        SuffixRule(ending: "est", replacement: "", wordClass: .adjective, inflection: .graded, doubled: true),
        SuffixRule(ending: "er", replacement: "e", wordClass: .adjective, inflection: .graded),
        SuffixRule(ending: "est", replacement: "e", wordClass: .adjective, inflection: .graded),
        SuffixRule(ending: "ier", replacement: "y", wordClass: .adjective, inflection: .graded),
        SuffixRule(ending: "iest", replacement: "y", wordClass: .adjective, inflection: .graded),
    ]

    /// The stem as it is, and without a doubled final consonant ("plann" gives "plan").
    private static func undoubled(_ stem: String) -> [String] {
        let bytes = Array(stem.utf8)
        guard bytes.count >= 3, bytes[bytes.count - 1] == bytes[bytes.count - 2], !"aeiou".utf8.contains(bytes[bytes.count - 1]) else { return [stem] }
        return [stem, String(decoding: bytes.dropLast(), as: UTF8.self)]
    }

    private static func inflection(of form: String, wordClass: WordClassSet) -> Inflection {
        switch wordClass {
        case .noun: return .plural
        case .adjective: return .graded
        case .verb: return form.hasSuffix("ing") ? .gerund : (form.hasSuffix("s") ? .thirdPerson : .past)
        default: return .base
        }
    }

    /// Irregular readings of a form: "went" is "go" (verb), "men" is "man" (noun).
    static func irregular(_ form: String) -> [(String, WordClassSet)] {
        var result: [(String, WordClassSet)] = []
        forEachLine(startingWith: form, in: bundledExceptions) { fields in
            // fields: lemma TAB class
            guard let tab = fields.firstIndex(of: 0x09), tab + 1 < fields.count else { return }
            let lemma = String(decoding: fields[..<tab], as: UTF8.self)
            let wordClass: WordClassSet
            switch fields[tab + 1] {
            case UInt8(ascii: "n"): wordClass = .noun
            case UInt8(ascii: "v"): wordClass = .verb
            case UInt8(ascii: "a"): wordClass = .adjective
            default: wordClass = .adverb
            }
            result.append((lemma, wordClass))
        }
        return result
    }

    /// The irregular past and past participle of a verb, from WordNet's exception list ("throw":
    /// "threw", "thrown"); nil for a regular verb. Scans the whole list: for building word lists,
    /// not for reading text.
    public static func irregularPast(ofVerb verb: String) -> (past: String, participle: String)? {
        var forms: [String] = []
        bundledExceptions.withUTF8Buffer { buffer in
            var lineStart = 0
            for index in 0...buffer.count where index == buffer.count || buffer[index] == 0x0A {
                let line = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<index]), as: UTF8.self)
                lineStart = index + 1
                let fields = line.split(separator: "\t")
                if fields.count == 3, fields[2] == "v", fields[1] == verb, !fields[0].hasSuffix("ing"), !fields[0].hasSuffix("s") || fields[0].hasSuffix("ss") {
                    forms.append(String(fields[0]))
                }
            }
        }
        // Regular forms with a doubled consonant ("abetted") are spelled by rule.
        guard forms.contains(where: { !$0.hasSuffix("ed") }) else { return nil }
        let past = forms.first { !$0.hasSuffix("n") } ?? forms[0]
        let participle = forms.first { $0.hasSuffix("n") && $0 != past } ?? past
        return (past, participle)
    }

    // MARK: - Searching the sorted tables

    /// The fields after `key` TAB on the line that starts with `key`, if any.
    private static func find(_ key: String, in table: StaticString) -> [UInt8]? {
        var found: [UInt8]?
        forEachLine(startingWith: key, in: table) { fields in
            if found == nil { found = Array(fields) }
        }
        return found
    }

    /// Calls `body` with the rest of every line `key` TAB ..., in a table of sorted lines.
    private static func forEachLine(startingWith key: String, in table: StaticString, _ body: (ArraySlice<UInt8>) -> Void) {
        let keyBytes = Array(key.utf8)
        guard !keyBytes.isEmpty, !keyBytes.contains(0x09), !keyBytes.contains(0x0A) else { return }
        table.withUTF8Buffer { buffer in
            // Lines compare by their key (the bytes before the first tab), as the generator sorted them.
            func lineStart(containing position: Int) -> Int {
                var start = position
                while start > 0, buffer[start - 1] != 0x0A { start -= 1 }
                return start
            }
            func compare(lineAt start: Int) -> (order: Int, fieldsStart: Int) {
                var offset = 0
                while true {
                    let position = start + offset
                    let byte: UInt8 = position < buffer.count ? buffer[position] : 0x0A
                    let lineEnded = byte == 0x09 || byte == 0x0A
                    if offset == keyBytes.count { return (lineEnded ? 0 : -1, position + 1) }
                    if lineEnded { return (1, position) }
                    if byte != keyBytes[offset] { return (keyBytes[offset] < byte ? -1 : 1, position) }
                    offset += 1
                }
            }
            var low = 0, high = buffer.count
            var match: Int?
            while low < high {
                let start = lineStart(containing: (low + high) / 2)
                let (order, _) = compare(lineAt: start)
                if order == 0 {
                    match = start
                    break
                }
                if order < 0 {
                    high = start
                } else {
                    var end = start
                    while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                    low = end + 1
                }
            }
            guard let first = match else { return }
            // Equal keys sit together (the exception table may list a form twice): back up, then walk.
            var start = first
            while start > 0 {
                let previous = lineStart(containing: start - 1)
                guard compare(lineAt: previous).order == 0 else { break }
                start = previous
            }
            while start < buffer.count {
                let (order, fieldsStart) = compare(lineAt: start)
                guard order == 0 else { break }
                var end = fieldsStart
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                body(ArraySlice(UnsafeBufferPointer(rebasing: buffer[fieldsStart..<end])))
                start = end + 1
            }
        }
    }
}
