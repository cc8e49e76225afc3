extension StanceExtractor {
    /// Prepositions after which "back" is an adverb ("came back to"), not a cue.
    static let adverbialFollowers: Set<String> = ["to", "in", "on", "into", "from", "at", "down", "up", "off", "home", "out", "away"]

    /// Words after which "back" means a return: forms of "be" and verbs of motion.
    static let returnVerbs: Set<String> = ["is", "was", "are", "were", "be", "been", "being", "'s", "'re", "come", "came", "comes", "coming",
                                           "go", "went", "goes", "going", "gone", "get", "got", "gets", "getting", "bring", "brought", "brings",
                                           "fight", "fought", "fights", "hit", "hits", "way", "bounce", "bounced", "bounces", "step", "stepped"]

    /// Every cue in the sentence, longest match first, skipping words used as nouns
    /// ("its veto", "the attack") and actor names.
    func cueHits(in view: SentenceView) -> [CueHit] {
        var hits: [CueHit] = []
        var index = 0
        while index < view.count {
            if view.isInsideSpan(index) {
                index += 1
                continue
            }
            let forms = cues.cues(in: view.words, at: index)
            guard let form = forms.first(where: { !$0.isEvaluative && isCueUse($0, at: index, in: view) }) else {
                // "is deeply concerned about", "were firmly committed to": an adverb inside a
                // stance phrase made with "be".
                if let hit = beCueAroundAdverb(at: index, in: view) {
                    hits.append(hit)
                    index = hit.end
                } else {
                    index += 1
                }
                continue
            }
            if StanceExtractor.backingMarkers.contains(where: { $0.elementsEqual(form.words) }) {
                index += form.words.count
                continue
            }
            // "sanctions against Iran": "against" right after a cue is that cue's target, not a second cue.
            if form.words.elementsEqual(["against"]), let last = hits.last, last.end == index {
                index += 1
                continue
            }
            hits.append(CueHit(start: index, end: index + form.words.count, form: form))
            index += form.words.count
        }
        return hits
    }

    /// A stance phrase made with "be" whose second word follows an adverb in "-ly": the phrase is
    /// matched without the adverb and the hit covers it.
    private func beCueAroundAdverb(at index: Int, in view: SentenceView) -> CueHit? {
        guard index + 2 < view.count, StanceExtractor.beForms.contains(view.words[index]),
              let words = CueLexicon.droppingAdverb(Array(view.words[index..<min(view.count, index + 6)])) else { return nil }
        guard let form = cues.cues(in: words, at: 0).first(where: { !$0.isEvaluative && $0.isVerb && $0.words.count >= 3 && $0.words.first == view.words[index] }) else { return nil }
        return CueHit(start: index, end: index + form.words.count + 1, form: form)
    }

    /// Forms of "be" that open a stance phrase ("is opposed to", "was committed to").
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]

    /// Whether a limiting phrase ("down", "in check", "under") starts at `index`.
    func startsLimitingPhrase(at index: Int, in view: SentenceView) -> Bool {
        cues.limitingWords.contains { words in words.indices.allSatisfy { view.words[index + $0] == words[$0] } }
    }

    /// Whether a limiting word ("down", "below") follows within the clause.
    func isLimited(after start: Int, in view: SentenceView) -> Bool {
        var index = start
        while index < view.count, index - start < 10, !StanceExtractor.clauseStops.contains(view.words[index]), view.words[index] != "," {
            if startsLimitingPhrase(at: index, in: view) { return true }
            index += 1
        }
        return false
    }

    /// Whether the words at `index` are the cue and not a noun, adverb or adjective that looks like one.
    private func isCueUse(_ form: CueLexicon.Form, at index: Int, in view: SentenceView) -> Bool {
        let previous = index > 0 ? view.words[index - 1] : ""
        let next = index + form.words.count < view.count ? view.words[index + form.words.count] : ""
        // "hard-working", "self-defeating": the second half of a compound adjective.
        if previous == "-", view.tokens[index - 1].range.upperBound == view.tokens[index].range.lowerBound { return false }
        // "signed over his shareholding", "backed away from": a particle makes another verb.
        if form.isVerb, form.words.count == 1, ["over", "away"].contains(next) { return false }
        // "due to welcome delegates", "welcomed the visitors": greeting people is no stance.
        if form.lemma == "welcome", form.isVerb {
            let objectIndex = index + form.words.count + (StanceExtractor.determiners.contains(next) ? 1 : 0)
            if objectIndex < view.count, !view.tokens[objectIndex].isCapitalized,
               WordClasses.readings(of: view.words[objectIndex]).contains(where: { WordClasses.entry($0.lemma)?.nounField == .person }) { return false }
        }
        if form.isVerb {
            if StanceExtractor.determiners.contains(previous) && form.words.count == 1 { return false }
            if ["at", "for", "of", "in"].contains(previous) && form.words.count == 1 && !form.isGerund { return false }
            if form.lemma == "back", StanceExtractor.adverbialFollowers.contains(next) { return false }
            // "the Commons is back after the recess", "came back", "get back": returning, not backing.
            if form.lemma == "back", view.words[index] == "back", StanceExtractor.returnVerbs.contains(previous) { return false }
            // "suggested the \"government was spending more\"", "suggested that ...": a claim reported.
            // "ETFs offer an alternative way", "the exchange offers firms access": what something
            // offers as a rule is what it provides; an offer made is told in the past or future.
            if form.lemma == "offer", ["offer", "offers"].contains(view.words[index]), previous != "to", !ActorRecognizer.auxiliaries.contains(previous),
               !(index > 1 && ActorRecognizer.auxiliaries.contains(view.words[index - 2])) { return false }
            if form.cueClass == .propose, (QuoteMarks.isOpeningDouble(next) || next == "that") || (["the", "a"].contains(next) && index + form.words.count + 1 < view.count && view.words[index + form.words.count + 1] == "\"") { return false }
            // "keep council tax rises below 5%": a limit, not support.
            if form.lemma == "keep", isLimited(after: index + form.words.count, in: view) { return false }
            // Phrasal verbs mean something else: "end up", "stop by", "attack on" is a noun.
            // ("unveiled by the Tories" is a passive, not a phrasal verb.)
            if form.words.count == 1, ["up", "by", "on"].contains(next), form.lemma != "stand", !(next == "by" && form.isParticiple) { return false }
            if form.words.count == 1, form.isParticiple, StanceExtractor.determiners.contains(previous) { return false }
            // "threatened to raise taxes": before an infinitive, a verb of blame states an intention.
            if form.cueClass == .againstActor || form.cueClass == .forActor, next == "to", form.words.count == 1 { return false }
            // A capitalised cue word in mid-sentence is a name ("Hope", "Welcome Trust").
            if index > 0, view.tokens[index].isCapitalized { return false }
        } else if form.words.count == 2, form.words.last == "to", namesAnIntent(form.words[form.words.startIndex]),
                  index + 2 < view.count, StanceExtractor.determiners.contains(next) || view.tokens[index + 2].kind == .number || view.tokens[index + 2].isCapitalized {
            // "up its bid to the £1.5bn mark", "a proposal to the council": "to" begins a place or
            // an amount here, not the act the noun intends.
            return false
        }
        return true
    }
}

extension StanceExtractor {
    /// A noun that names something intended or proposed ("bid", "plans", "decision", "pledge"):
    /// its "to" takes a verb, and it stands for what it intends.
    func namesAnIntent(_ word: String) -> Bool {
        cues.proposalNouns.contains(word) || cues.containerNouns.contains(word) || StanceExtractor.intentionNouns.contains(word)
    }
}
