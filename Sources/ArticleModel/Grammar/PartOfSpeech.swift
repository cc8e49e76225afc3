import Synchronization

/// The part of speech of one token in its sentence.
public enum PartOfSpeech: UInt8, Sendable, Equatable {
    case noun, properNoun, pronoun, verb, auxiliary, modal, adjective, adverb
    case determiner, possessive, preposition, infinitiveTo, coordinator, subordinator, relative
    case negation, number, punctuation, quote, possessiveMarker

    /// Can stand inside a noun phrase before its head.
    var isNominalModifier: Bool { self == .adjective || self == .noun || self == .properNoun || self == .number }
}

/// A token's part of speech, lemma and inflection.
public struct TaggedWord: Sendable, Equatable {
    public var tag: PartOfSpeech
    /// Lower case; the WordNet lemma for open-class words ("plans" gives "plan").
    public var lemma: String
    public var inflection: Inflection
}

/// Tags the tokens of one sentence: closed-class words from short lists, open-class words from
/// WordNet's classes, and the ambiguous ones ("plans", "cut", "backing") by their neighbours,
/// the way a reader decides: after "the" a noun, after "to" or "will" a verb, after a subject a
/// finite verb. Actor names are proper nouns. Not a full tagger: enough to find noun phrases,
/// verbs and clause edges for the stance rules.
public enum PartOfSpeechTagger {
    public static func tag(_ tokens: [Token], actorTokens: Set<Int> = []) -> [TaggedWord] {
        var tagged: [TaggedWord] = []
        tagged.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            tagged.append(initialTag(token, index: index, tokens: tokens, isActor: actorTokens.contains(index)))
        }
        // Ambiguous open-class words, left to right, each seeing its left neighbour's final tag.
        for index in tagged.indices where tokens[index].kind == .word && !actorTokens.contains(index) && isOpen(tagged[index].tag) {
            tagged[index] = disambiguate(index, tokens: tokens, tagged: tagged)
        }
        return tagged
    }

    // MARK: - Closed classes

    static let determiners: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all", "both", "either", "neither", "another", "such", "many", "much", "few", "several", "most", "more", "less", "fewer", "other", "whose", "what"]
    static let possessives: Set<String> = ["his", "her", "its", "their", "our", "my", "your"]
    static let pronouns: Set<String> = ["i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "one", "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "nothing", "something", "everything", "anything", "mine", "yours", "hers", "ours", "theirs"]
    static let prepositions: Set<String> = ["of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "from", "up", "down", "over", "under", "around", "among", "across", "along", "behind", "beyond", "despite", "towards", "toward", "upon", "within", "without", "off", "out", "per", "via", "than", "amid", "amongst", "throughout", "like", "unlike", "including", "onto", "beside", "besides", "near", "past", "since", "until", "till", "except", "excluding", "following", "regarding", "concerning", "plus", "versus", "ahead", "inside", "outside"]
    static let coordinators: Set<String> = ["and", "or", "but", "nor", "yet"]
    static let subordinators: Set<String> = ["that", "if", "whether", "because", "while", "although", "though", "unless", "when", "whereas", "as", "once", "so", "where", "whenever", "wherever", "lest"]
    static let relatives: Set<String> = ["who", "whom", "which", "why", "how"]
    static let modals: Set<String> = ["will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought", "'ll", "'d"]
    static let auxiliaryLemmas: [String: String] = [
        "be": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "'s": "be", "'re": "be", "'m": "be",
        "have": "have", "has": "have", "had": "have", "having": "have", "'ve": "have",
        "do": "do", "does": "do", "did": "do", "doing": "do", "done": "do",
    ]
    static let negations: Set<String> = ["not", "never", "n't"]
    /// Contracted negatives: "didn't" is "did" + "not".
    static let contractedNegatives: [String: (String, PartOfSpeech)] = [
        "don't": ("do", .auxiliary), "doesn't": ("do", .auxiliary), "didn't": ("do", .auxiliary), "isn't": ("be", .auxiliary),
        "aren't": ("be", .auxiliary), "wasn't": ("be", .auxiliary), "weren't": ("be", .auxiliary), "hasn't": ("have", .auxiliary),
        "haven't": ("have", .auxiliary), "hadn't": ("have", .auxiliary), "won't": ("will", .modal), "wouldn't": ("would", .modal),
        "can't": ("can", .modal), "cannot": ("can", .modal), "couldn't": ("could", .modal), "shouldn't": ("should", .modal),
        "mustn't": ("must", .modal), "mightn't": ("might", .modal), "needn't": ("need", .modal),
    ]

    /// Every closed-class word with its tag, lemma and inflection: one lookup per token instead
    /// of one per word list. Built on first use.
    static let closedClass: [String: TaggedWord] = {
        var table: [String: TaggedWord] = [:]
        func add(_ words: Set<String>, _ tag: PartOfSpeech) {
            for word in words where table[word] == nil { table[word] = TaggedWord(tag: tag, lemma: word, inflection: .base) }
        }
        table["'s"] = TaggedWord(tag: .possessiveMarker, lemma: "'s", inflection: .base)
        for (word, (lemma, tag)) in contractedNegatives { table[word] = TaggedWord(tag: tag, lemma: lemma, inflection: .base) }
        for word in negations { table[word] = TaggedWord(tag: .negation, lemma: "not", inflection: .base) }
        add(modals, .modal)
        for (word, lemma) in auxiliaryLemmas where table[word] == nil {
            let inflection: Inflection = ["been", "done", "had", "was", "were", "did"].contains(word) ? .past : (word.hasSuffix("ing") ? .gerund : .base)
            table[word] = TaggedWord(tag: .auxiliary, lemma: lemma, inflection: inflection)
        }
        table["to"] = TaggedWord(tag: .infinitiveTo, lemma: "to", inflection: .base)
        add(possessives, .possessive)
        add(pronouns, .pronoun)
        add(determiners.subtracting(["that"]), .determiner)
        table["that"] = TaggedWord(tag: .subordinator, lemma: "that", inflection: .base)
        add(coordinators, .coordinator)
        add(relatives, .relative)
        add(subordinators, .subordinator)
        add(prepositions, .preposition)
        return table
    }()

    /// Whether a word is a contracted negative ("didn't", "won't", "cannot").
    public static func isNegativeContraction(_ word: String) -> Bool {
        contractedNegatives[word.replacingApostrophes()] != nil
    }

    // MARK: - First pass

    private static func initialTag(_ token: Token, index: Int, tokens: [Token], isActor: Bool) -> TaggedWord {
        let word = token.lowercased.replacingApostrophes()
        switch token.kind {
        case .number: return TaggedWord(tag: .number, lemma: word, inflection: .base)
        case .punctuation:
            let quote = QuoteMarks.isAny(token.text)
            return TaggedWord(tag: quote ? .quote : .punctuation, lemma: word, inflection: .base)
        case .word: break
        }
        if let closed = closedClass[word] {
            // An actor's name is a proper noun; a pronoun that refers to an actor stays a pronoun.
            if isActor, closed.tag != .pronoun, closed.tag != .possessive { return TaggedWord(tag: .properNoun, lemma: word, inflection: .base) }
            return closed
        }
        if isActor { return TaggedWord(tag: .properNoun, lemma: word, inflection: .base) }
        // A capitalised word inside the sentence is a name.
        if token.isCapitalized, index > 0, !(index == 1 && tokens[0].kind == .punctuation) {
            return TaggedWord(tag: .properNoun, lemma: word, inflection: .base)
        }
        return openTag(word, capitalisedOpening: token.isCapitalized)
    }

    /// Open-class words already tagged on their own, shared by every thread.
    private static let openTags = Mutex<[String: TaggedWord]>([:])

    /// The likeliest open class of a word alone, by WordNet's frequencies (remembered).
    private static func openTag(_ word: String, capitalisedOpening: Bool) -> TaggedWord {
        if !capitalisedOpening, let known = openTags.withLock({ $0[word] }) { return known }
        let tagged = lookUpOpenTag(word, capitalisedOpening: capitalisedOpening)
        if !capitalisedOpening {
            openTags.withLock { table in
                if table.count > 100_000 { table = [:] }
                table[word] = tagged
            }
        }
        return tagged
    }

    private static func lookUpOpenTag(_ word: String, capitalisedOpening: Bool) -> TaggedWord {
        let readings = WordClasses.readings(of: word)
        guard let best = bestReading(readings, word: word) else {
            // Unknown: "-ly" words are adverbs; anything else is taken for a noun (or a name).
            if word.hasSuffix("ly"), word.count > 4 { return TaggedWord(tag: .adverb, lemma: word, inflection: .base) }
            return TaggedWord(tag: capitalisedOpening ? .properNoun : .noun, lemma: word, inflection: .base)
        }
        return best
    }

    private static func bestReading(_ readings: [WordReading], word: String) -> TaggedWord? {
        var best: (TaggedWord, Int)?
        for reading in readings {
            let weight = (WordClasses.entry(reading.lemma)?.weight(reading.wordClass) ?? 0) + (reading.inflection == .base ? 0 : 1)
            if best == nil || weight > best!.1 {
                best = (TaggedWord(tag: tag(of: reading.wordClass), lemma: reading.lemma, inflection: reading.inflection), weight)
            }
        }
        return best?.0
    }

    private static func tag(of wordClass: WordClassSet) -> PartOfSpeech {
        switch wordClass {
        case .noun: return .noun
        case .verb: return .verb
        case .adjective: return .adjective
        default: return .adverb
        }
    }

    private static func isOpen(_ tag: PartOfSpeech) -> Bool {
        tag == .noun || tag == .verb || tag == .adjective || tag == .adverb
    }

    // MARK: - Context

    /// Chooses among a word's readings by its neighbours.
    private static func disambiguate(_ index: Int, tokens: [Token], tagged: [TaggedWord]) -> TaggedWord {
        let word = tokens[index].lowercased.replacingApostrophes()
        let readings = WordClasses.readings(of: word)
        let current = tagged[index]
        guard !readings.isEmpty else { return current }
        func reading(_ wordClass: WordClassSet, _ inflections: [Inflection]? = nil) -> TaggedWord? {
            let matching = readings.filter { $0.wordClass == wordClass && (inflections == nil || inflections!.contains($0.inflection)) }
            guard let first = matching.first else { return nil }
            return TaggedWord(tag: tag(of: wordClass), lemma: first.lemma, inflection: first.inflection)
        }
        var previous = previousWordTag(before: index, tagged: tagged)
        // "the Tories' call": an apostrophe after a plural name is a possessive.
        if index >= 2, QuoteMarks.isApostrophe(tokens[index - 1].text), tokens[index - 2].lowercased.hasSuffix("s"),
           [.properNoun, .noun].contains(tagged[index - 2].tag) {
            previous = .possessiveMarker
        }
        let previousWord = index > 0 ? tokens[index - 1].lowercased : ""
        let next = index + 1 < tagged.count ? tagged[index + 1].tag : .punctuation
        let nextWord = index + 1 < tokens.count ? tokens[index + 1].lowercased : ""

        switch previous {
        case .determiner, .possessive, .possessiveMarker, .number:
            // "the plans", "its backing", "Russia's veto": a noun or an adjective.
            // "a quick, fair and firm system": an adjective before a noun or another adjective.
            if let adjective = reading(.adjective), next == .noun || next == .adjective || nextWord == "," || nextWord == "and" { return adjective }
            if let noun = reading(.noun) { return noun }
            if let adjective = reading(.adjective) { return adjective }
            if let verb = reading(.verb, [.gerund, .past]) { return TaggedWord(tag: .adjective, lemma: verb.lemma, inflection: verb.inflection) }
        case .infinitiveTo:
            // "to back", "to the plan" (a preposition, tagged later).
            if let verb = reading(.verb, [.base]) { return verb }
        case .modal:
            if let verb = reading(.verb, [.base]) { return verb }
        case .auxiliary:
            let auxiliary = previousWordLemma(before: index, tokens: tokens, tagged: tagged)
            if auxiliary == "do", let verb = reading(.verb, [.base]) { return verb }
            if auxiliary == "have", let verb = reading(.verb, [.past]) { return verb }
            if auxiliary == "be" {
                if let verb = reading(.verb, [.gerund]) { return verb }
                // "was backed" (passive) but "is unfair", "was clear" (adjectives).
                let participle = reading(.verb, [.past])
                if let adjective = reading(.adjective, [.base]),
                   (WordClasses.entry(adjective.lemma)?.weight(.adjective) ?? 0) >= participle.map({ WordClasses.entry($0.lemma)?.weight(.verb) ?? -1 }) ?? -1 {
                    return adjective
                }
                if let verb = reading(.verb, [.past]) { return verb }
                if let adjective = reading(.adjective) { return adjective }
            }
        case .properNoun where index >= 2 && [.determiner, .possessive].contains(tagged[index - 2].tag):
            // "the Tory plans", "its UN partners": the name qualifies a noun.
            if let noun = reading(.noun) { return noun }
        case .properNoun where index >= 1 && tokens[index - 1].isAllCapitals && tokens[index - 1].text.count >= 2
            && !([.determiner, .possessive, .infinitiveTo, .pronoun, .properNoun, .subordinator, .number].contains(next) || nextWord == "that"):
            // "backed ID cards.", "EU rules on ...": after an abbreviation, a word that could be a verb
            // is a compound's noun unless what follows suits a verb ("the UN backs the plan").
            if let noun = reading(.noun) { return noun }
            if let verb = reading(.verb, [.thirdPerson, .past]) { return verb }
        case .pronoun, .properNoun, .relative:
            // "he backs", "Russia opposed", "which allows": a finite verb after a subject.
            if let verb = reading(.verb, [.thirdPerson, .past]) { return verb }
            if previous == .pronoun || previous == .relative, ["i", "we", "they", "you", "who", "which"].contains(previousWord), let verb = reading(.verb, [.base]) { return verb }
        case .noun:
            // "the government plans to", "ministers backed": a finite verb when what follows
            // suits a verb (an object, "to", a clause).
            let verbFollows = [.determiner, .possessive, .infinitiveTo, .pronoun, .properNoun, .subordinator, .number].contains(next) || nextWord == "that"
            if let verb = reading(.verb, [.thirdPerson, .past]), verbFollows { return verb }
            // "ministers support the plan": a plural subject takes the verb's base form.
            if let verb = reading(.verb, [.base]), verbFollows, index > 0, tagged[index - 1].inflection == .plural { return verb }
            // "immigration abuse": otherwise a noun after a noun is a compound.
            if let noun = reading(.noun) { return noun }
        case .verb where current.tag == .verb && [.base, .thirdPerson].contains(current.inflection)
            && !StanceTaggingWords.bareInfinitiveVerbs.contains(previousWordLemma(before: index, tokens: tokens, tagged: tagged))
            && ![.determiner, .possessive, .pronoun, .infinitiveTo].contains(next):
            // "condemned torture", "opposed cuts": after a verb, a word that can be a noun is its
            // object ("helped build the dam" and "let go" keep their verbs).
            if let noun = reading(.noun) { return noun }
        case .preposition:
            // "on tackling crime" (a gerund), "on drink driving" (nouns).
            if let verb = reading(.verb, [.gerund]) { return verb }
            if let noun = reading(.noun) { return noun }
            if let adjective = reading(.adjective) { return adjective }
        case .adjective:
            if let noun = reading(.noun) { return noun }
        case .adverb:
            if let verb = reading(.verb, [.thirdPerson, .past, .base]), index >= 2, [.pronoun, .properNoun, .noun, .modal, .auxiliary].contains(tagged[index - 2].tag) { return verb }
        case .negation:
            if let verb = reading(.verb, [.base, .past, .gerund]) { return verb }
        default:
            break
        }
        return current
    }

    /// The tag of the nearest word before `index`, skipping adverbs and quotes.
    private static func previousWordTag(before index: Int, tagged: [TaggedWord]) -> PartOfSpeech {
        var cursor = index - 1
        while cursor >= 0, tagged[cursor].tag == .quote || (tagged[cursor].tag == .adverb && cursor < index - 1 + 0) {
            cursor -= 1
        }
        guard cursor >= 0 else { return .punctuation }
        if tagged[cursor].tag == .adverb || tagged[cursor].tag == .negation {
            // "will not back", "has already backed": the word before the adverb decides.
            var before = cursor - 1
            while before >= 0, tagged[before].tag == .adverb || tagged[before].tag == .negation { before -= 1 }
            if before >= 0, [.modal, .auxiliary, .infinitiveTo].contains(tagged[before].tag) { return tagged[before].tag }
        }
        return tagged[cursor].tag
    }

    private static func previousWordLemma(before index: Int, tokens: [Token], tagged: [TaggedWord]) -> String {
        var cursor = index - 1
        while cursor >= 0, [.adverb, .negation, .quote].contains(tagged[cursor].tag) { cursor -= 1 }
        return cursor >= 0 ? tagged[cursor].lemma : ""
    }
}

/// Verbs followed by a bare infinitive ("helped build", "let go", "made do"), after which a word
/// that could be a verb is one.
enum StanceTaggingWords {
    static let bareInfinitiveVerbs: Set<String> = ["help", "let", "make", "go", "come", "dare", "see", "hear", "watch", "feel", "do", "need"]
}
