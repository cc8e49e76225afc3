/// Who does not hold a stance though the words put them near it (the codebook's "not the
/// holder"): an actor asked or allowed to act, a report inside another speaker's report, what a
/// rumour says, the possessor of the subject's head, the people of an actor or a place inside
/// the subject, a participle's object inside the subject, the subject of an embedded question,
/// the owners of a concessive "despite opposition from"; and the word lists these checks read.
extension StanceExtractor {
    /// "the US had allowed Britain and France to take the lead": an actor right before "to",
    /// after the subject's verb, is the one the infinitive is asked of or left to.
    func hasObjectBeforeInfinitive(from subjectStart: Int, to end: Int, in view: SentenceView) -> Bool {
        var index = subjectStart + 1
        var sawVerb = false
        while index < end {
            if view.tag(index) == .verb || view.tag(index) == .auxiliary { sawVerb = true }
            if sawVerb, view.words[index] == "to", index > 0, !view.spans(endingAt: index - 1).isEmpty { return true }
            index += 1
        }
        return false
    }

    /// What someone inside a relative clause thinks or says ("people who think we ought to ...")
    /// is theirs, not the speaker's.
    func isRelativeBelief(from start: Int, to end: Int, in view: SentenceView) -> Bool {
        guard end - start >= 2 else { return false }
        return (start..<(end - 1)).contains { ["who", "which"].contains(view.words[$0]) && (cues.isReportVerb(view.words[$0 + 1]) || StanceExtractor.claimVerbs.contains(view.words[$0 + 1])) }
    }

    /// "Mr Sands says Lord Goldsmith warned that the war could be illegal", "According to Mr Sands,
    /// Lord Goldsmith had warned ...": a report inside another speaker's report is that speaker's
    /// claim about someone else, no stance of either ("he said he thought ..." is one speaker).
    func isNestedReport(_ hit: CueHit, holders: [String], before cue: Int, in view: SentenceView, hits: [CueHit]) -> Bool {
        let mine = Set(holders)
        let reports = hits.filter { $0.form.cueClass == .report && $0.form.isVerb && $0.start != hit.start }
        for other in reports where other.start < cue && (other.start > hit.start || other.end <= hit.start) {
            // Only a report whose words reach this one: no sentence-level break between them.
            let between = other.start > hit.start ? hit.end..<other.start : other.end..<hit.start
            if view.words[between].contains(where: { StanceExtractor.clauseStops.contains($0) || $0 == "and" }) { continue }
            guard let theirs = findHolders(for: other, in: view, hits: hits) else {
                if other.start > hit.start, other.start > 0, !["i", "we", "he", "she", "they"].contains(view.words[other.start - 1]) { return true }
                continue
            }
            if mine.isDisjoint(with: theirs.actors) { return true }
        }
        // "according to X", before or after the report.
        if let according = view.words.indices.first(where: { view.words[$0] == "according" && $0 + 1 < view.count && view.words[$0 + 1] == "to" }) {
            // (Only the first name: "According to Mr Sands, Lord Goldsmith ..." is no list.)
            let start = according + 2 < view.count && view.words[according + 2] == "the" ? according + 3 : according + 2
            let source = view.spans(startingAt: start).map(\.actor)
            if mine.isDisjoint(with: source) { return true }
        }
        return false
    }

    /// Nouns for what might happen: "the prospect of X launching a bid".
    static let prospectNouns: Set<String> = ["prospect", "prospects", "possibility", "likelihood", "risk", "threat", "danger", "fear", "fears", "chance", "chances", "spectre", "thought", "idea"]

    /// Nouns for what is said or feared without being asserted here: "speculation that ...".
    static let claimNouns: Set<String> = ["speculation", "rumour", "rumours", "rumor", "rumors", "report", "reports", "claim", "claims", "suggestion",
                                          "suggestions", "allegation", "allegations", "accusation", "accusations", "complaint", "complaints",
                                          "fears", "talk", "gossip", "whispers", "scenario"]

    /// Whether `index` lies in the clause a claim noun opens: "speculation that he would ...",
    /// "amid rumours the German group may raise its bid", "complaints from some MPs that he had
    /// taken too long to unveil the plans", "one scenario is that the firm will back it".
    func isInsideClaim(_ index: Int, in view: SentenceView) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 24 {
            let word = view.words[cursor]
            if StanceExtractor.clauseStops.contains(word) || word == "," { return false }
            if word == "that", opensAClaim(that: cursor, in: view) { return true }
            if index - cursor <= 12, StanceExtractor.claimNouns.contains(word), cursor + 1 < index {
                let next = view.words[cursor + 1]
                return next == "that" || StanceExtractor.determiners.contains(next) || !view.spans(startingAt: cursor + 1).isEmpty || ["he", "she", "it", "they", "we"].contains(next)
            }
            cursor -= 1
        }
        return false
    }

    /// Whether the "that" at `that` completes a claim noun: right after it, after "is", or after
    /// a short phrase naming who claims it ("complaints from some of the party's MPs that").
    private func opensAClaim(that: Int, in view: SentenceView) -> Bool {
        var cursor = that - 1
        while cursor >= 0, that - cursor <= 9 {
            let word = view.words[cursor]
            if StanceExtractor.claimNouns.contains(word), view.tag(cursor) != .verb {
                let between = view.words[(cursor + 1)..<that]
                return between.isEmpty || between.elementsEqual(["is"]) || between.elementsEqual(["was"]) || ["from", "by", "among"].contains(between.first ?? "")
            }
            if StanceExtractor.clauseStops.contains(word) || word == "," || view.tag(cursor) == .verb || view.tag(cursor) == .modal, !["is", "was"].contains(word) { return false }
            cursor -= 1
        }
        return false
    }

    /// Nouns whose infinitive is theirs, not the clause subject's: "an order to stop", "the right to strike".
    static let infinitiveComplementNouns: Set<String> = [
        "order", "orders", "instruction", "instructions", "request", "requests", "demand", "demands", "ruling", "right", "rights",
        "power", "powers", "ability", "time", "chance", "opportunity", "freedom", "permission", "mandate", "licence", "license",
        "obligation", "duty", "pressure", "invitation", "incentive", "reason", "need",
    ]

    /// Verbs that deliver a nominal stance: "launched an attack on", "voiced support for".
    static let deliveryVerbs: Set<String> = ["launch", "mount", "stage", "voice", "express", "lead", "renew", "intensify", "step", "issue", "signal", "reiterate", "repeat", "declare", "pledge", "give", "offer", "lend", "throw"]

    /// Prepositions before a gerund whose doer is the clause's subject: "after criticising".
    static let gerundPrepositions: Set<String> = ["after", "before", "by", "while", "since", "when", "without", "through"]

    /// Verbs whose subject meets a stance rather than holding it: "faces opposition", "drew criticism".
    static let receivingVerbs: Set<String> = [
        "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "attract", "attracts", "attracted", "attracting",
        "meet", "meets", "met", "meeting", "encounter", "encounters", "encountered", "receive", "receives", "received", "receiving",
        "provoke", "provokes", "provoked", "provoking", "spark", "sparks", "sparked", "sparking", "win", "wins", "won", "winning",
        "earn", "earns", "earned", "earning", "suffer", "suffers", "suffered",
    ]

    /// People of an actor who do not speak for it: its investors, staff, voters or customers.
    static let peopleNotVoice: Set<String> = [
        "investors", "shareholders", "workers", "employees", "staff", "customers", "members", "voters", "residents", "fans", "users",
        "passengers", "consumers", "savers", "pensioners", "students", "farmers", "supporters", "viewers", "readers", "taxpayers", "citizens",
    ]

    /// "Mr Blair's most vocal critics seemed to agree": the possessor of the subject's head is not
    /// the subject, unless the head speaks for it ("Mr Blair's spokesman", "Britain's government").
    func isPossessorOfOthers(after end: Int, in view: SentenceView) -> Bool {
        guard end + 1 < view.count, view.words[end] == "'s" || view.words[end] == "'" else { return false }
        var head = end + 1
        while head + 1 < view.count, head - end <= 3, view.tag(head) != .noun, view.words[head].first?.isLetter == true { head += 1 }
        guard view.tag(head) == .noun else { return false }
        return !StanceExtractor.spokespeople.contains(view.words[head]) && !["administration", "cabinet", "leadership", "party"].contains(view.words[head])
            // ("Ruritania's refusal to accept", "Ruritania's plan": a noun of the actor's own will,
            // intent or stance.)
            && !namesAnIntent(view.words[head]) && !cues.negatingWords.contains(view.words[head]) && cues.cues(in: view.words, at: head).isEmpty
    }

    /// Whether the word after an actor makes it a modifier of its people: "Acme investors", "Tory voters".
    func isPeopleOfActor(after end: Int, in view: SentenceView) -> Bool {
        end < view.count && StanceExtractor.peopleNotVoice.contains(view.words[end])
    }

    /// Whether the actor starting at `start` is only part of a larger subject, which is the one that
    /// speaks: a relation of it ("an associate of"), a share of its people ("two-thirds of
    /// Britons"), a place after the subject's head ("the top Catholic in England"), or a
    /// participle's object ("the unions meeting Mr Prescott").
    func isInsideLargerSubject(startingAt start: Int, in view: SentenceView) -> Bool {
        isRelativeOf(startingAt: start, in: view) || isPartitive(before: start, in: view)
            || isPlaceInsideSubject(before: start, in: view) || isObjectOfParticiple(before: start, in: view) || isObjectOfRelative(before: start, in: view)
    }

    /// "The five unions which met Mr Prescott want ...": an actor right after the verb of a
    /// relative clause on a plain noun is that verb's object, inside the subject.
    func isObjectOfRelative(before start: Int, in view: SentenceView) -> Bool {
        var verb = wordBefore(actorAt: start, in: view)
        if verb >= 0, case let title = view.words[verb].lowercased(), title == "dr" || Coreference.maleTitles.contains(title) || Coreference.femaleTitles.contains(title) { verb -= 1 }
        guard verb >= 2, view.tag(verb) == .verb, [.past, .thirdPerson].contains(view.tags[verb].inflection),
              ["which", "who", "that"].contains(view.words[verb - 1]), view.spans(endingAt: verb - 2).isEmpty else { return false }
        return view.tag(verb - 2) == .noun
    }

    /// The index of the word before the actor starting at `start`, stepping back over a "the" that
    /// is not part of a name ("in the UK", "outside the European Union").
    func wordBefore(actorAt start: Int, in view: SentenceView) -> Int {
        start >= 1 && view.words[start - 1] == "the" && view.spans(startingAt: start - 1).isEmpty ? start - 2 : start - 1
    }

    /// "the top Catholic in England and Wales backed ...", "voters across Scotland rejected ...": a
    /// place named inside the subject, after its head noun. ("Officials in Washington said" is
    /// different: officials speak for the government there.)
    func isPlaceInsideSubject(before start: Int, in view: SentenceView) -> Bool {
        // ("people from outside the European Union who want to stay": the place may take "the".)
        let preposition = wordBefore(actorAt: start, in: view)
        guard preposition >= 1, ["in", "across", "throughout", "outside", "from"].contains(view.words[preposition]) else { return false }
        var head = preposition - 1
        if head >= 1, view.words[preposition] == "outside", view.words[head] == "from" { head -= 1 }
        guard view.spans(endingAt: head).isEmpty, !StanceExtractor.spokespeople.contains(view.words[head]) else { return false }
        return view.tag(head) == .noun || view.tag(head) == .properNoun
    }

    /// "the five unions meeting Mr Prescott want ...": an actor right after a participle that
    /// follows a plain noun is that participle's object, inside the subject, not the subject.
    func isObjectOfParticiple(before start: Int, in view: SentenceView) -> Bool {
        guard start >= 2, view.spans(endingAt: start - 2).isEmpty, view.tag(start - 2) == .noun else { return false }
        // ("meeting" may be tagged a noun after a plural: its verb reading decides.)
        let word = view.words[start - 1]
        return view.tag(start - 1) == .verb && view.tags[start - 1].inflection == .gerund
            || word.hasSuffix("ing") && WordClasses.readings(of: word).contains { $0.inflection == .gerund && $0.wordClass.contains(.verb) }
    }

    /// "backed the plan despite opposition from the US", "amid criticism from Labour": the owners
    /// oppose what the clause's subject does, not the subject, and the act is not named here.
    func isConcessive(before start: Int, in view: SentenceView) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 3, view.tag(index) == .adjective || StanceExtractor.determiners.contains(view.words[index]) { index -= 1 }
        guard index >= 0 else { return false }
        return ["despite", "amid", "notwithstanding"].contains(view.words[index]) || (index >= 2 && view.words[index] == "of" && view.words[index - 1] == "spite")
    }

    /// Whether the subject at `start` opens an embedded question: "how (firmly) the government
    /// is prepared to", "whether Britain would back".
    func isEmbeddedQuestion(before start: Int, in view: SentenceView) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 3, view.tag(index) == .adverb || view.tag(index) == .adjective || view.words[index] == "much" { index -= 1 }
        return index >= 0 && ["how", "whether"].contains(view.words[index])  // ("why Tarsenia supports it" presupposes that it does)
    }

    /// Whether the actor starting at `start` is the object of a preposition ("in the UK", "on
    /// France"), so no subject.
    func isPrepositionalObject(startingAt start: Int, in view: SentenceView) -> Bool {
        let before = wordBefore(actorAt: start, in: view)
        // ("to" before a name is a preposition, however it was tagged.)
        return before >= 0 && (view.tag(before) == .preposition || view.words[before] == "to") && view.words[before] != "for"
    }

    /// People named by their tie to an actor, who speak for themselves: "an associate of", "the
    /// wife of", "critics of".
    static let relationNouns: Set<String> = ["associate", "associates", "friend", "friends", "ally", "allies", "wife", "husband", "son", "daughter",
                                             "brother", "sister", "father", "mother", "relative", "relatives", "colleague", "colleagues", "critic",
                                             "critics", "opponent", "opponents", "rival", "rivals", "supporter", "supporters", "biographer", "victims"]

    /// Whether the actor starting at `start` follows "RELATION of", with at most two modifiers
    /// between ("a close associate of former Yukos boss Mikhail Khodorkovsky").
    func isRelativeOf(startingAt start: Int, in view: SentenceView) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 3, view.words[index] != "of" {
            guard view.tag(index) == .adjective || view.tag(index) == .determiner || view.isInsideSpan(index) || ["former", "late"].contains(view.words[index]) else { return false }
            index -= 1
        }
        return index >= 1 && view.words[index] == "of" && StanceExtractor.relationNouns.contains(view.words[index - 1])
    }
}
