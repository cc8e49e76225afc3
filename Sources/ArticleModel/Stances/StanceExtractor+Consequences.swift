extension StanceExtractor {
    /// Verbs, by lemma, that say what a measure does to those it touches: for it when it helps
    /// (+1), against it when it harms (-1). Effects that depend on their object ("reduce", "cut",
    /// "raise", "cost") are left out.
    static let effectVerbs: [String: Int] = [
        "help": 1, "boost": 1, "improve": 1, "benefit": 1, "strengthen": 1, "protect": 1, "save": 1,
        "ensure": 1, "safeguard": 1, "enhance": 1, "revive": 1, "transform": 1,
        "damage": -1, "harm": -1, "hurt": -1, "undermine": -1, "threaten": -1, "endanger": -1,
        "jeopardise": -1, "jeopardize": -1, "weaken": -1, "destroy": -1, "wreck": -1, "cripple": -1,
        "penalise": -1, "penalize": -1, "punish": -1, "erode": -1, "stifle": -1, "discourage": -1,
        "hit": -1, "squeeze": -1,
    ]

    /// Modals that put an effect in the future or the conditional: "would save", "will hurt".
    static let effectModals: Set<String> = ["would", "will", "could", "can", "may", "might", "'ll", "wo", "won't", "wouldn't", "couldn't", "can't", "cannot"]

    /// "cutting the limit would save 65 lives", "the tax will hurt small firms", "the law would not
    /// help anyone": what a speaker says a measure would do is their judgement of it. Only with a
    /// modal, and only when the subject is a measure, not an actor ("Britain will help" is an act).
    func consequence(at index: Int, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        guard view.tag(index) == .verb, index < view.tags.count else { return nil }
        let lemma = view.tags[index].lemma
        if let particle = StanceExtractor.carrierVerbs[lemma] { return carried(at: index, particle: particle, in: range, of: view) }
        guard let sign = StanceExtractor.effectVerbs[lemma] else { return nil }
        let (back, negations) = verbGroupStart(before: index, in: range, of: view)
        let sawModal = view.words[(back + 1)..<index].contains(where: StanceExtractor.effectModals.contains)
        guard sawModal, back >= range.lowerBound, back < index - 1 else { return nil }
        // "It will provide every tool to the military, will protect the homeland": a second verb
        // phrase shares the first one's subject, which the words before it are not.
        guard view.words[back] != "," else { return nil }
        // "price improvements would only improve our outlook": what helps a forecast is a forecast.
        var objectStart = index + 1
        while objectStart < range.upperBound, StanceExtractor.determiners.contains(view.words[objectStart]) || StanceExtractor.possessives.contains(view.words[objectStart]) { objectStart += 1 }
        if objectStart < range.upperBound, StanceExtractor.assessmentNouns.contains(view.words[objectStart]) { return nil }
        guard let subject = judgedSubject(endingBefore: back + 1, after: index + 1, in: range, of: view) else { return nil }
        if case .actor = subject { return nil }
        let value = negations % 2 == 1 ? -sign : sign
        return Judgement(subject: subject, sign: value, negated: negations > 0, cue: (back + 1)..<(index + 1), rule: "consequence")
    }

    /// "many small firms could be crippled by the move", "savers will be hurt by the tax": what a
    /// measure would do, said in the passive, judges the measure after "by" (a quoted participle too).
    func passiveConsequence(at index: Int, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        var before = index - 1
        var after = index + 1
        if before >= range.lowerBound, after < range.upperBound, view.tag(before) == .quote, view.tag(after) == .quote { before -= 1; after += 1 }
        // The cheap checks first: this runs on every verb and adjective of a judged stretch.
        guard before > range.lowerBound, ["be", "been"].contains(view.words[before]), after + 1 < range.upperBound, view.words[after] == "by" else { return nil }
        // (The tagger may read the participle after "be" as an adjective: "crippled".)
        guard let sign = WordClasses.readings(of: view.words[index]).lazy
                .filter({ $0.wordClass == .verb && $0.inflection == .past }).compactMap({ StanceExtractor.effectVerbs[$0.lemma] }).first,
              let mention = objectIssue(from: after + 1, in: range, of: view) else { return nil }
        let (back, negations) = verbGroupStart(before: before, in: range, of: view)
        guard view.words[(back + 1)..<before].contains(where: StanceExtractor.effectModals.contains) else { return nil }
        let value = negations % 2 == 1 ? -sign : sign
        return Judgement(subject: .issue(mention), sign: value, negated: negations > 0, cue: (back + 1)..<(index + 1), rule: "consequence")
    }

    /// Verbs that carry an evaluation in their object, by lemma, with the particle they need
    /// ("" for none): "sends the wrong message", "marks a step forward", "amounts to theft",
    /// "will make a real difference", "can play a valuable role".
    static let carrierVerbs: [String: String] = [
        "send": "", "mark": "", "represent": "", "produce": "", "create": "", "bring": "", "deliver": "",
        "mean": "", "amount": "to", "lead": "to", "result": "in", "spell": "", "make": "", "play": "",
    ]

    /// "the freeze sends the wrong message", "the plans may not produce an effective system", "the
    /// deal marks a step forward": the measure is judged by the evaluative phrase its verb carries.
    private func carried(at index: Int, particle: String, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        // "would be made legally binding": a passive carries nothing of its subject's.
        if index > range.lowerBound, StanceExtractor.copulas.contains(view.words[index - 1]) || view.words[index - 1] == "being" { return nil }
        var cursor = index + 1
        if !particle.isEmpty {
            guard cursor < range.upperBound, view.words[cursor] == particle else { return nil }
            cursor += 1
        }
        while cursor < range.upperBound, view.tag(cursor) == .quote || view.tag(cursor) == .adverb { cursor += 1 }
        guard cursor < range.upperBound, let (sign, length) = evaluative(at: cursor, in: view), cursor + length <= range.upperBound else { return nil }
        // "will create a great deal of difficulty", "a good many": an amount, not a judgement.
        if cursor + length < range.upperBound, ["deal", "many", "number"].contains(view.words[cursor + length]) { return nil }
        let (back, negations) = verbGroupStart(before: index, in: range, of: view)
        // "had failed to deliver a boost": an infinitive's judgement turns on the verb before it.
        guard back >= range.lowerBound, view.words[back] != "to",
              let subject = judgedSubject(endingBefore: back + 1, after: cursor + length, in: range, of: view) else { return nil }
        if case .actor = subject { return nil }
        let value = negations % 2 == 1 ? -sign : sign
        return Judgement(subject: subject, sign: value, negated: negations > 0, cue: (back + 1)..<(cursor + length), rule: "consequence")
    }
}
