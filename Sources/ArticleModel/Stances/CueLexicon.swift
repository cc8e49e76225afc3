import TOMLData

/// The class of a stance cue, as in `cues.toml`.
public enum CueClass: String, Sendable, Equatable, CaseIterable {
    case support, oppose, propose, report, againstActor = "against_actor", forActor = "for_actor"

    /// `allCases` made once: a compiled cue form's flags hold its class's index in it.
    static let all = allCases
}

/// The shape of `cues.toml`.
struct CueFile: Sendable {
    var support, supportNominal, oppose, opposeNominal, opposeEvaluative, supportEvaluative: [String]
    var propose, report, againstActor, forActor, negators, negatingWords, limitingWords, issueNouns, containerNouns: [String]
    var proposalNouns, objectControl, evaluationVerbs: [String]
    var issueSynonyms: [[String]]
    var irregular: [String: [String]]
}

extension CueFile {
    /// Reads the file from its TOML form.
    init(_ root: TOMLTable) throws(TOMLError) {
        support = try root.strings("support")
        supportNominal = try root.strings("support_nominal")
        oppose = try root.strings("oppose")
        opposeNominal = try root.strings("oppose_nominal")
        opposeEvaluative = try root.strings("oppose_evaluative")
        supportEvaluative = try root.strings("support_evaluative")
        propose = try root.strings("propose")
        report = try root.strings("report")
        againstActor = try root.strings("against_actor")
        forActor = try root.strings("for_actor")
        negators = try root.strings("negators")
        negatingWords = try root.strings("negating_words")
        limitingWords = try root.strings("limiting_words")
        issueNouns = try root.strings("issue_nouns")
        containerNouns = try root.strings("container_nouns")
        proposalNouns = try root.strings("proposal_nouns")
        objectControl = try root.strings("object_control")
        evaluationVerbs = try root.strings("evaluation_verbs")
        issueSynonyms = []
        if case .array(let groups)? = root["issue_synonyms"] {
            for group in groups {
                guard case .array(let words) = group else { continue }
                issueSynonyms.append(words.compactMap { if case .string(let word) = $0 { return word } else { return nil } })
            }
        }
        let table = try root.table("irregular")
        var irregular: [String: [String]] = [:]
        for key in table.keys { irregular[key] = try table.strings(key) }
        self.irregular = irregular
    }
}

/// Stance cues with every verb form spelled out, indexed by first word for matching tokens.
public struct CueLexicon: Sendable {
    /// One cue phrase in one form.
    struct Form: Sendable {
        var words: ArraySlice<String>
        var cueClass: CueClass
        var lemma: String
        var isVerb: Bool
        var isEvaluative: Bool
        /// Past participle: "backed by" makes a passive.
        var isParticiple: Bool
        /// "-ing" form: "agreeing to" after "see X".
        var isGerund: Bool
        /// Only a cue in "urged X to ...": "asked", "persuaded".
        var isControlOnly = false
    }

    /// Every form's words, found by the first; each form's lemma and flags (as
    /// `DerivedForms.formFlags`) in the table's order.
    let forms: PhraseTable
    let formLemmas: [String]
    let formFlags: [UInt8]
    let negators: Set<String>
    /// Words that negate the infinitive after them ("refusal to accept", "reluctant to back").
    let negatingWords: Set<String>
    /// Words that make "keep X" a limit on X ("keep taxes down"), as word sequences.
    let limitingWords: [[String]]
    let issueNouns: Set<String>
    /// Heads that stand for another issue ("a plan for a levy"; "the plan" later).
    let containerNouns: Set<String>
    /// Containers whose for/to/of phrase is the real issue.
    let proposalNouns: Set<String>
    /// Lemmas that pass a stance through "X to ...": urge, ask, persuade.
    let objectControlLemmas: Set<String>
    /// Lemmas that take an actor as their target: blame, accuse, praise, back.
    let actorTargetLemmas: Set<String>
    /// The head that stands for a group of synonyms: "accession" gives "membership".
    let canonicalHead: [String: String]
    /// Every form of the verbs that evaluate: "called the deployment a grave error".
    let evaluationVerbForms: Set<String>
    /// Every form of every reporting and stance verb: used to tell statements from venues.
    let statementVerbs: Set<String>
    /// Every single-word form of the verbs that take an actor as object (blame, accuse, praise).
    let actorTargetVerbs: Set<String>

    public static let bundled: CueLexicon = {
        CueLexicon(CueFile.bundled, forms: .bundled)
    }()

    /// Every form of every cue, and the verb sets derived from them: the costly part of
    /// reading a cue file, compiled in for the bundled one (Generated/BundledCueForms.swift) as
    /// flat arrays of literals.
    struct DerivedForms: Sendable, Equatable {
        /// Each form's words, grouped by first word, longest first.
        var forms: PhraseTable
        var formLemmas: [String]
        /// Each form's class (its index in `CueClass.allCases`) and flags: 8 verb, 16 evaluative,
        /// 32 participle, 64 gerund, 128 control only.
        var formFlags: [UInt8]
        var statementVerbs: [String]
        var actorTargetVerbs: [String]
        var evaluationVerbForms: [String]
    }

    init(_ file: CueFile) {
        self.init(file, forms: CueLexicon.derive(file))
    }

    static func derive(_ file: CueFile) -> DerivedForms {
        var forms: [Form] = []
        var verbs: Set<String> = []
        var targetVerbs: Set<String> = []
        for lemma in file.againstActor + file.forActor where !lemma.contains(" ") {
            for form in VerbForms.forms(of: lemma, irregular: file.irregular) { targetVerbs.insert(form.words[0]) }
        }
        func addVerbs(_ lemmas: [String], _ cueClass: CueClass) {
            for lemma in lemmas {
                let isAuxiliary = lemma.hasPrefix("be ") || lemma.hasPrefix("have ") || lemma == "be" || lemma == "have"
                for (words, participle, gerund) in VerbForms.forms(of: lemma, irregular: file.irregular) {
                    forms.append(Form(words: words[...], cueClass: cueClass, lemma: lemma, isVerb: true, isEvaluative: false, isParticiple: participle, isGerund: gerund))
                    if words.count <= 2, !isAuxiliary { verbs.insert(words[0]) }
                }
            }
        }
        func addPhrases(_ phrases: [String], _ cueClass: CueClass, evaluative: Bool) {
            for phrase in phrases {
                let words = phrase.phraseTokens.map { $0.lowercased() }
                forms.append(Form(words: words[...], cueClass: cueClass, lemma: phrase, isVerb: false, isEvaluative: evaluative, isParticiple: false, isGerund: false))
            }
        }
        addVerbs(file.support, .support)
        addVerbs(file.oppose, .oppose)
        addVerbs(file.propose, .propose)
        addVerbs(file.report, .report)
        addVerbs(file.againstActor, .againstActor)
        addVerbs(file.forActor, .forActor)
        let known = Set(file.support + file.oppose + file.propose + file.report)
        for lemma in file.objectControl where !known.contains(lemma) {
            for (words, participle, gerund) in VerbForms.forms(of: lemma, irregular: file.irregular) {
                var form = Form(words: words[...], cueClass: .support, lemma: lemma, isVerb: true, isEvaluative: false, isParticiple: participle, isGerund: gerund)
                form.isControlOnly = true
                forms.append(form)
            }
        }
        var evaluation: Set<String> = []
        for lemma in file.evaluationVerbs {
            for form in VerbForms.forms(of: lemma, irregular: file.irregular) where form.words.count == 1 { evaluation.insert(form.words[0]) }
        }
        addPhrases(file.supportNominal, .support, evaluative: false)
        addPhrases(file.opposeNominal, .oppose, evaluative: false)
        addPhrases(file.supportEvaluative, .support, evaluative: true)
        addPhrases(file.opposeEvaluative, .oppose, evaluative: true)
        return DerivedForms(
            forms: forms, statementVerbs: verbs.sorted(),
            actorTargetVerbs: targetVerbs.sorted(), evaluationVerbForms: evaluation.sorted()
        )
    }

    init(_ file: CueFile, forms derived: DerivedForms) {
        forms = derived.forms
        formLemmas = derived.formLemmas
        formFlags = derived.formFlags
        statementVerbs = Set(derived.statementVerbs)
        actorTargetVerbs = Set(derived.actorTargetVerbs)
        evaluationVerbForms = Set(derived.evaluationVerbForms)
        negators = Set(file.negators)
        negatingWords = Set(file.negatingWords)
        limitingWords = file.limitingWords.map { $0.spaceSeparatedWords }
        issueNouns = Set(file.issueNouns)
        containerNouns = Set(file.containerNouns)
        proposalNouns = Set(file.proposalNouns)
        objectControlLemmas = Set(file.objectControl)
        actorTargetLemmas = Set(file.againstActor + file.forActor)
        var canonical: [String: String] = [:]
        for group in file.issueSynonyms {
            guard let first = group.first else { continue }
            for word in group { canonical[word] = first }
        }
        canonicalHead = canonical
    }

    /// Whether a word is a form of a reporting verb: "said", "insists", "told".
    func isReportVerb(_ word: String) -> Bool {
        cues(in: [word], at: 0).contains { $0.cueClass == .report && $0.isVerb && $0.words.count == 1 }
    }

    /// A phrase made with "be" without the adverb in "-ly" that stands second in it ("is deeply
    /// concerned about" read as "is concerned about"), or nil when there is none.
    static func droppingAdverb(_ words: [String]) -> [String]? {
        guard words.count > 2, words[1].count > 3, words[1].hasSuffix("ly") else { return nil }
        var plain = words
        plain.remove(at: 1)
        return plain
    }

    /// Every cue that starts at token `start` (lower-cased words), longest first.
    func cues<Words: RandomAccessCollection>(in words: Words, at start: Int) -> [Form] where Words.Element == String, Words.Index == Int {
        guard start >= words.startIndex, start < words.endIndex else { return [] }
        var found: [Form] = []
        for candidate in forms.candidates(startingWith: words[start]) where forms.matches(candidate, words, at: start) {
            let flags = formFlags[candidate]
            found.append(Form(words: forms.phrase(candidate), cueClass: CueClass.all[Int(flags & 7)], lemma: formLemmas[candidate],
                              isVerb: flags & 8 != 0, isEvaluative: flags & 16 != 0, isParticiple: flags & 32 != 0, isGerund: flags & 64 != 0,
                              isControlOnly: flags & 128 != 0))
        }
        return found
    }
}

extension CueLexicon.DerivedForms {
    /// The forms filed in a phrase table, with their lemmas and flags in its order.
    init(forms: [CueLexicon.Form], statementVerbs: [String], actorTargetVerbs: [String], evaluationVerbForms: [String]) {
        let (table, order) = PhraseTable.build(forms.map { Array($0.words) })
        self.forms = table
        formLemmas = order.map { forms[$0].lemma }
        formFlags = order.map { index in
            let form = forms[index]
            var flags = UInt8(CueClass.all.firstIndex(of: form.cueClass)!)
            if form.isVerb { flags |= 8 }
            if form.isEvaluative { flags |= 16 }
            if form.isParticiple { flags |= 32 }
            if form.isGerund { flags |= 64 }
            if form.isControlOnly { flags |= 128 }
            return flags
        }
        self.statementVerbs = statementVerbs
        self.actorTargetVerbs = actorTargetVerbs
        self.evaluationVerbForms = evaluationVerbForms
    }
}

/// Spells out the forms of a regular English verb phrase: "push for" gives "push for",
/// "pushes for", "pushed for", "pushing for".
enum VerbForms {
    static func forms(of lemma: String, irregular: [String: [String]]) -> [(words: [String], participle: Bool, gerund: Bool)] {
        var words = lemma.spaceSeparatedWords
        guard let verb = words.first else { return [] }
        words.removeFirst()
        let rest = words
        let inflected: [String]
        if let listed = irregular[verb], listed.count == 4 {
            inflected = listed
        } else if let (pastForm, participle) = WordClasses.irregularPast(ofVerb: verb) {
            // WordNet knows it: "throw" gives "threw", "thrown"; "uphold" gives "upheld".
            inflected = [thirdPerson(verb), pastForm, participle, gerund(verb)]
        } else {
            inflected = [thirdPerson(verb), past(verb), past(verb), gerund(verb)]
        }
        var result: [(words: [String], participle: Bool, gerund: Bool)] = []
        if verb == "be" {
            for form in ["be", "is", "are", "was", "were", "been", "being", "'s", "'re"] {
                result.append(([form] + rest, false, form == "being"))
            }
            return result
        }
        result.append(([verb] + rest, false, false))
        result.append(([inflected[0]] + rest, false, false))
        result.append(([inflected[1]] + rest, inflected[1] == inflected[2], false))
        if inflected[2] != inflected[1] { result.append(([inflected[2]] + rest, true, false)) }
        result.append(([inflected[3]] + rest, false, true))
        // "cancelled", "labelling": British English doubles a final "l" after one vowel; the
        // American spelling with one "l" is kept beside it.
        if irregular[verb] == nil, doublesFinalL(verb), !doublesFinalConsonant(verb) {
            result.append(([verb + "ed"] + rest, true, false))
            result.append(([verb + "ing"] + rest, false, true))
        }
        return result
    }

    /// Whether British English doubles the verb's final "l": one vowel after a consonant before
    /// it ("cancel", "label", "signal"; not "appeal", "install").
    static func doublesFinalL(_ verb: String) -> Bool {
        let letters = Array(verb)
        guard letters.count >= 4, letters.last == "l" else { return false }
        let vowels = "aeiou"
        return vowels.contains(letters[letters.count - 2]) && !vowels.contains(letters[letters.count - 3])
    }

    static func thirdPerson(_ verb: String) -> String {
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: verb.hasSuffix) { return verb + "es" }
        return verb + "s"
    }

    static func past(_ verb: String) -> String {
        if verb.hasSuffix("e") { return verb + "d" }
        if doublesFinalL(verb) { return verb + "led" }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ied" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ed" }
        return verb + "ed"
    }

    static func gerund(_ verb: String) -> String {
        if verb.hasSuffix("ie") { return verb.dropLast(2) + "ying" }
        if verb.hasSuffix("e"), !verb.hasSuffix("ee"), verb != "be" { return verb.dropLast() + "ing" }
        if doublesFinalL(verb) { return verb + "ling" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ing" }
        return verb + "ing"
    }

    /// Short verbs ending consonant-vowel-consonant double it: stop, veto is not, ban, scrap.
    static func doublesFinalConsonant(_ verb: String) -> Bool {
        let letters = Array(verb)
        guard letters.count >= 3, letters.count <= 4 else { return ["regret", "commit", "control", "patrol", "compel", "propel", "expel", "rebel", "submit", "admit", "permit", "omit", "refer", "prefer", "deter", "defer", "abet", "allot", "forbid", "scrap", "stab", "drop", "plan", "ban"].contains(verb) }
        let vowels = "aeiou"
        let last = letters[letters.count - 1], middle = letters[letters.count - 2], first = letters[letters.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(middle) && !vowels.contains(first)
    }
}
