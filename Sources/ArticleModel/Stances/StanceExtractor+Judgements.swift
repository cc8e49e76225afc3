extension StanceExtractor {
    /// A stretch of a sentence that someone says: the complement of a reporting verb ("X said
    /// the plan was unfair", "The plan was unfair, X said") or a quotation ('"It is unfair," X said').
    struct SpokenSpan {
        var range: Range<Int>
        var speakers: [String]
        var rule: String
        /// The reporting verb's tokens, shown as the cue's context; nil for a quotation.
        var verb: Range<Int>?
    }

    /// Judgements in someone's words: what they call good or bad ("said the deal was good",
    /// '"this is not the answer"') and what they say should or should not happen ("said Harry
    /// should apologise", "there needs to be another inquiry").
    func judgementStances(in view: SentenceView, hits: [CueHit], quotation: QuoteSpeakers.Quotation?, kinds: [String: Actor],
                          catalog: inout IssueCatalog, sentenceRange: Range<Int>, covered: Set<String>) -> [FoundStance] {
        var result: [FoundStance] = []
        // A quotation and the reporting verb's complement can hold the same words: one stance each.
        var judged: Set<String> = []
        for spoken in spokenSpans(in: view, hits: hits, quotation: quotation) {
            let speakers = spoken.speakers.filter { kinds[$0] != nil }
            guard !speakers.isEmpty else { continue }
            // "hoped the tax would be scrapped": what a speaker hopes will happen, as what should.
            let reporting = spoken.verb.flatMap { verb in hits.first { $0.start == verb.lowerBound } }
            let hoping = reporting.map { StanceExtractor.hopingLemmas.contains($0.form.lemma) } ?? false
            for judgement in judgements(in: spoken.range, of: view, catalog: catalog) + (hoping ? hopes(in: spoken.range, of: view) : []) {
                if isRelativeBelief(from: spoken.range.lowerBound, to: judgement.cue.lowerBound, in: view) { continue }
                if let reporting, isNestedReport(reporting, holders: speakers, before: judgement.cue.lowerBound, in: view, hits: hits) { continue }
                guard let (target, frame) = judgement.target(catalog: &catalog) else { continue }
                // '"The US is not convinced that the sale is the right way"': a denied conviction doubts the judgement.
                let doubted = (spoken.range.lowerBound..<judgement.cue.lowerBound).contains { isDeniedConviction(at: $0, in: view) }
                let sign = judgement.sign * frame * (doubted ? -1 : 1)
                let polarity: Polarity = sign > 0 ? .support : (sign < 0 ? .oppose : .neutral)
                let cue = view.range(judgement.cue.lowerBound, judgement.cue.upperBound - 1)
                for speaker in speakers where !covered.contains(speaker) {
                    guard judged.insert("\(speaker) \(judgement.cue)").inserted else { continue }
                    if case .actor(let actor) = target, actor == speaker || StanceExtractor.speaksFor(speaker, actor, kinds: kinds) { continue }
                    result.append((speaker, target, polarity, view.words[judgement.cue].joined(separator: " "), judgement.sign > 0 ? "support" : "oppose",
                                   spoken.rule + "+" + judgement.rule, judgement.negated, Evidence(sentence: view.index, range: sentenceRange, cue: cue)))
                }
            }
        }
        return result
    }

    // MARK: - Who says what

    /// The spoken stretches of a sentence and their speakers.
    func spokenSpans(in view: SentenceView, hits: [CueHit], quotation: QuoteSpeakers.Quotation?) -> [SpokenSpan] {
        var spans: [SpokenSpan] = []
        if let quotation {
            // Each run of quoted tokens.
            var start: Int?
            for index in 0...view.count {
                let inside = index < view.count && quotation.isQuoted(index)
                if inside, start == nil { start = index }
                if !inside, let open = start {
                    spans.append(SpokenSpan(range: open..<index, speakers: quotation.speakers, rule: "quote", verb: nil))
                    start = nil
                }
            }
        }
        if let according = accordingSpan(in: view) { spans.append(according) }
        for hit in hits where hit.form.cueClass == .report && hit.form.isVerb {
            if let quotation, quotation.isQuoted(hit.start) { continue }
            guard let speakers = reportSpeakers(of: hit, in: view, hits: hits) else { continue }
            if let after = complement(after: hit, in: view) {
                spans.append(SpokenSpan(range: after, speakers: speakers, rule: "reported", verb: hit.start..<hit.end))
            } else if let before = fronted(before: hit, in: view) {
                spans.append(SpokenSpan(range: before, speakers: speakers, rule: "reported", verb: hit.start..<hit.end))
            }
        }
        return spans
    }

    /// The actors who say something: the reporting verb's subject ("X said", "X has told the
    /// BBC"), or the actor right after it ("..., said X", "according to X").
    func reportSpeakers(of hit: CueHit, in view: SentenceView, hits: [CueHit]) -> [String]? {
        if let holders = findHolders(for: hit, in: view, hits: hits) { return holders.actors }
        if hit.form.lemma == "tell" { return nil }  // "told ITV": the listener
        var index = hit.end
        while index < view.count, ["the", "a", ",", "its", "their"].contains(view.words[index]) { index += 1 }
        // "..., said Mr Wellington." but not "think Mrs Parker Bowles should ...": the actor after
        // the verb is the speaker only when nothing the actor does follows.
        guard let group = view.coordinatedGroup(startingAt: index), index - hit.end <= 2 else { return nil }
        let after = group.end < view.count ? view.tag(group.end) : nil
        guard after == nil || [.punctuation, .preposition, .quote, .relative].contains(after!) || view.words[group.end] == "," else { return nil }
        return group.actors
    }

    /// "According to X, the levy is unfair", "The levy is unfair, according to X": the clause is X's.
    func accordingSpan(in view: SentenceView) -> SpokenSpan? {
        guard let according = view.words.indices.first(where: { view.words[$0] == "according" && $0 + 1 < view.count && view.words[$0 + 1] == "to" }),
              let group = view.coordinatedGroup(startingAt: according + 2) else { return nil }
        let cue = according..<(according + 2)
        if according == 0 || (according == 1 && !view.tokens[0].isWord) {
            // Fronted: the clause after the name's comma.
            guard group.end < view.count, view.words[group.end] == "," else { return nil }
            let start = group.end + 1
            let end = view.words[start...].firstIndex(of: ";") ?? view.count
            guard end - start >= 3 else { return nil }
            return SpokenSpan(range: start..<end, speakers: group.actors, rule: "reported", verb: cue)
        }
        // Closing: the clause before ", according to X" that ends the sentence.
        guard according >= 4, view.words[according - 1] == ",", group.end >= view.count - 1 else { return nil }
        return SpokenSpan(range: 0..<(according - 1), speakers: group.actors, rule: "reported", verb: cue)
    }

    /// Where what a verb of telling says begins: past its listener ("told the BBC (that) ...",
    /// "told reporters it ..."); right after any other verb.
    func pastListener(of hit: CueHit, in view: SentenceView) -> Int {
        let start = hit.end
        guard ["tell", "warn", "assure", "inform", "remind"].contains(hit.form.lemma) else { return start }
        var probe = start
        while probe < view.count, probe - start < 9, view.words[probe] != "that", ![.pronoun, .quote, .punctuation].contains(view.tag(probe) ?? .punctuation) || view.words[probe] == "'s" {
            probe += 1
        }
        return probe < view.count && probe > start && (view.tag(probe) == .pronoun || view.words[probe] == "that") ? probe : start
    }

    /// What a reporting verb reports when it comes after it: to the end of the sentence or of the
    /// quotation, past "that" and an indirect object ("told the BBC (that)").
    func complement(after hit: CueHit, in view: SentenceView) -> Range<Int>? {
        // "declined to say", "would not say": nothing is asserted.
        var before = hit.start - 1
        while before >= 0, view.tag(before) == .adverb { before -= 1 }
        if before >= 0, view.words[before] == "to" || cues.negators.contains(view.words[before]) || PartOfSpeechTagger.isNegativeContraction(view.words[before]) { return nil }
        var start = pastListener(of: hit, in: view)
        if start < view.count, view.words[start] == "that" { start += 1 }
        if start < view.count, view.words[start] == ":" || view.words[start] == "," { start += 1 }
        // "said what form it should take", "asked whether": a question, not an assertion.
        guard start < view.count, !StanceExtractor.questionOpeners.contains(view.words[start]) else { return nil }
        var end = start
        while end < view.count, ![";"].contains(view.words[end]) { end += 1 }
        // A clause has a verb: "told the BBC." reports nothing after the verb.
        guard end - start >= 3, (start..<end).contains(where: { [.verb, .auxiliary, .modal].contains(view.tag($0) ?? .punctuation) }) else { return nil }
        return start..<end
    }

    /// "The plan is unfair, X said": the clause before a reporting verb that closes the sentence.
    func fronted(before hit: CueHit, in view: SentenceView) -> Range<Int>? {
        var comma = hit.start - 1
        while comma >= 0, view.words[comma] != "," { comma -= 1 }
        guard comma >= 3 else { return nil }
        // Only the speaker, or nothing, between the comma and the verb: ", X said" or ", said X".
        let between = (comma + 1)..<hit.start
        // ", a Home Office minister has said": the speaker, the people who speak for it, auxiliaries.
        guard between.count <= 7, between.allSatisfy({ view.isInsideSpan($0) || ["the", "he", "she", "it", "they", "a", "has", "had", "have"].contains(view.words[$0])
            || view.tag($0) == .adverb || StanceExtractor.spokespeople.contains(view.words[$0]) }) else { return nil }
        return 0..<comma
    }

    // MARK: - Judgements inside what is said

    /// One judgement found in a spoken stretch.
    struct Judgement {
        enum Subject {
            case issue(IssueMention)
            case actor(String)
            case anaphoric
        }

        var subject: Subject
        var sign: Int
        var negated: Bool
        var cue: Range<Int>
        var rule: String

        /// The issue key this judgement is about, adding the issue to the catalog when new, and
        /// the frame of what it refers to (IssueCatalog.add).
        func target(catalog: inout IssueCatalog) -> (key: IssueKey, frame: Int)? {
            switch subject {
            case .issue(let mention):
                return catalog.add(mention).map { (.catalog($0.index), $0.frame) }
            case .actor(let actor):
                return (.actor(actor), 1)
            case .anaphoric:
                var mention = IssueMention(head: "", distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
                mention.isAnaphoric = true
                return catalog.add(mention).map { (.catalog($0.index), $0.frame) }
            }
        }
    }

    static let copulaForms: Set<String> = ["is", "was", "are", "were", "be", "been", "'s", "remains", "remained", "seems", "seemed", "looks", "looked", "becomes", "became", "isn't", "wasn't", "aren't", "weren't",
                                           "sounds", "sounded", "appears", "appeared", "proves", "proved", "remain", "seem", "look", "sound", "prove", "appear"]
    /// Nouns of time: what is said of them ("a good month") is how things went, not a position.
    static let timeNouns: Set<String> = ["period", "month", "year", "week", "day", "time", "quarter", "season", "decade", "weekend", "spell", "half", "start"]
    /// Nouns of how things stand or are expected to go ("the outlook is good", "profits were
    /// strong"): what is said of them is an assessment, not a position on a measure.
    static let assessmentNouns: Set<String> = ["outlook", "prospect", "prospects", "forecast", "forecasts", "result", "results", "figure", "figures",
                                               "performance", "sales", "profit", "profits", "earnings", "growth", "economy", "demand", "market",
                                               "markets", "trading", "conditions", "weather", "mood", "atmosphere", "situation"]
    /// Months and days, which name times, not issues, though capitalised.
    static let timeNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                                         "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter"]
    static let obligationWords: Set<String> = ["should", "must", "ought", "shouldn't", "mustn't"]
    /// Verbs of things happening: after "must" or "should" they forecast ("must occur at some point").
    static let happeningVerbs: Set<String> = ["occur", "happen", "arise", "emerge", "ensue", "follow", "materialise", "materialize"]

    /// Verbs of a level moving by itself: "incomes should continue to grow".
    static let levelVerbs: Set<String> = ["grow", "rise", "fall", "increase", "decline", "decrease", "improve", "recover", "slow", "ease", "climb", "drop", "expand", "shrink"]

    /// Whether the verb after a modal says a level will go on moving ("incomes should continue to
    /// grow") or pick up ("growth should pick up"): a forecast, not an obligation ("fuel duties
    /// should rise in line with inflation" stays a policy).
    func isLevelForecast(at verb: Int, in range: Range<Int>, of view: SentenceView) -> Bool {
        guard view.tag(verb) == .verb else { return false }
        if view.tags[verb].lemma == "pick" { return verb + 1 < range.upperBound && view.words[verb + 1] == "up" }
        guard view.tags[verb].lemma == "continue", verb + 2 < range.upperBound, view.words[verb + 1] == "to", view.tag(verb + 2) == .verb else { return false }
        return StanceExtractor.levelVerbs.contains(view.tags[verb + 2].lemma)
    }
    /// Verbs that, after "must" or "have to", mark how something is said: "I have to say", "I must admit".
    static let speakingVerbs: Set<String> = ["say", "admit", "confess", "add", "concede", "stress", "tell", "point", "emphasise", "emphasize", "repeat", "warn", "ask", "wonder"]

    /// Reporting verbs of hope, whose "would" or "will" says what the speaker wants to happen.
    static let hopingLemmas: Set<String> = ["hope", "wish"]

    /// What a hope says should happen: "(hoped) the levy would be scrapped", "Britain will join".
    func hopes(in range: Range<Int>, of view: SentenceView) -> [Judgement] {
        range.compactMap { index in
            // (Only a passive: "hoped the deal would be approved"; "hoped it would help" forecasts.)
            guard ["would", "will"].contains(view.words[index]), index > range.lowerBound, index + 2 < range.upperBound, view.words[index + 1] == "be",
                  view.tag(index + 2) == .verb else { return nil }
            guard var judgement = obligation(modal: index, in: range, of: view) else { return nil }
            judgement.rule = "hope"
            return judgement
        }
    }

    /// Evaluations ("X is/was [not] EVALUATIVE") and obligations ("X should [not] VERB") in a
    /// stretch of the sentence.
    func judgements(in range: Range<Int>, of view: SentenceView, catalog: IssueCatalog) -> [Judgement] {
        var found: [Judgement] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let word = view.words[index]
            if StanceExtractor.copulaForms.contains(word), let judgement = evaluation(copula: index, in: range, of: view) {
                found.append(judgement)
                index = judgement.cue.upperBound
                continue
            }
            // "processing claims abroad would not work", "our strategy works well": whether it works.
            if ["work", "works", "worked", "working"].contains(word), view.tag(index) == .verb, let judgement = working(at: index, in: range, of: view) {
                found.append(judgement)
                index += 1
                continue
            }
            // "there was a strong case for a judicial review", "there is no need for new laws".
            if word == "there", let judgement = existential(at: index, in: range, of: view) {
                found.append(judgement)
                index = judgement.cue.upperBound
                continue
            }
            // "the time has come for him to apologise", "it is time to draw a line": an obligation too.
            if word == "time", let marker = timeMarker(after: index, in: range, of: view), let mention = objectIssue(from: marker + 1, in: range, of: view, anyNoun: false) {
                found.append(Judgement(subject: .issue(mention), sign: 1, negated: false, cue: index..<(marker + 1), rule: "obligation"))
                index = marker + 1
                continue
            }
            // "cutting the limit would save lives", "the tax will hurt small firms": what it would do.
            if view.tag(index) == .verb || view.tag(index) == .adjective, let judgement = passiveConsequence(at: index, in: range, of: view) {
                found.append(judgement)
                index += 1
                continue
            }
            if view.tag(index) == .verb, let judgement = consequence(at: index, in: range, of: view) {
                found.append(judgement)
                index += 1
                continue
            }
            // "Britain had to set an example", "the government has to act": "have to" before a verb.
            let hasTo = ["has", "have", "had"].contains(word) && index + 2 < range.upperBound && view.words[index + 1] == "to"
                && (view.tag(index + 2) == .verb && view.tags[index + 2].inflection == .base || view.words[index + 2] == "be" && word != "had")  // ("has to be scrapped"; "had to be diverted" may be what happened)
                && !forecastsHaveTo(index, in: range, of: view)
                && !(index >= range.lowerBound + 2 && view.words[index - 2] == "going" && view.words[index - 1] == "to")  // "you are going to have to pay"
                && !view.words[max(range.lowerBound, index - 8)..<index].reversed().prefix(while: { $0 != "," }).contains("if")  // "if rates ever do have to go up"
            // ("was likely to be needed to get it through": a passive "needed" is no one's need.)
            let passiveNeed = word == "needed" && index > range.lowerBound && ["be", "been", "is", "was", "are", "were", "being"].contains(view.words[index - 1])
            // ("may need to borrow", "is going to need to put money in": a need foreseen is a forecast.)
            let foreseenNeed = isAfterPossibility(index, in: range, of: view) || (index >= range.lowerBound + 2 && view.words[index - 2] == "going" && view.words[index - 1] == "to")
            if StanceExtractor.obligationWords.contains(word) || hasTo
                || (["need", "needs", "needed"].contains(word) && index + 1 < view.count && view.words[index + 1] == "to" && !passiveNeed && !foreseenNeed),
               let judgement = obligation(modal: index, in: range, of: view) {
                found.append(judgement)
                index = judgement.cue.upperBound
                continue
            }
            index += 1
        }
        return found
    }

    /// "X would not work" (against X), "X works well" (for X): a judgement of whether something works.
    private func working(at index: Int, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        let (back, negations) = verbGroupStart(before: index, in: range, of: view)
        // "works for Acme", "worked with the police": a job, not a judgement.
        if index + 1 < view.count, ["for", "with", "at", "on", "as", "in", "to", "out"].contains(view.words[index + 1]) { return nil }
        // "was working closely with all parties": working together, however closely.
        var next = index + 1
        while next < view.count, view.tag(next) == .adverb { next += 1 }
        if next < view.count, ["with", "alongside", "together"].contains(view.words[next]) { return nil }
        // "working families would be hardest hit", "working hours": a modifier of a noun.
        if index + 1 < view.count, view.tag(index + 1) == .noun { return nil }
        // "you must work five more years": people working, not a measure that works.
        guard back >= range.lowerBound, !StanceExtractor.personPronouns.contains(view.words[back]),
              let subject = judgedSubject(endingBefore: back + 1, after: index + 1, in: range, of: view) else { return nil }
        if case .actor = subject { return nil }  // "Britain is working": about an actor, too loose to read
        return Judgement(subject: subject, sign: negations % 2 == 1 ? -1 : 1, negated: negations > 0, cue: (back + 1)..<(index + 1), rule: "evaluation")
    }

    /// Nouns that, in "there is a ... N for/of X", weigh for X (case, need) or against it (risk).
    static let existentialNouns: [String: Int] = ["case": 1, "need": 1, "support": 1, "demand": 1, "appetite": 1, "justification": 1,
                                                   "reason": 1, "room": 1, "argument": 1, "risk": -1, "danger": -1, "opposition": -1, "objection": -1]

    /// "there was a strong case for X", "there is no need for X", "there is little risk of X".
    private func existential(at index: Int, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        var cursor = index + 1
        guard cursor < range.upperBound, ["is", "was", "are", "were", "'s", "be"].contains(view.words[cursor]) || view.tag(cursor) == .modal else { return nil }
        while cursor < range.upperBound, [.modal, .auxiliary, .negation, .adverb].contains(view.tag(cursor) ?? .punctuation) || view.tag(cursor) == .quote { cursor += 1 }
        var negated = false
        var steps = 0
        while cursor < range.upperBound, steps < 5 {
            let word = view.words[cursor]
            if ["no", "little", "not"].contains(word) { negated = true }
            if let sign = StanceExtractor.existentialNouns[word], cursor + 1 < range.upperBound, ["for", "of", "to"].contains(view.words[cursor + 1]),
               let mention = objectIssue(from: cursor + 2, in: range, of: view, anyNoun: false) {
                return Judgement(subject: .issue(mention), sign: negated ? -sign : sign, negated: negated, cue: index..<(cursor + 2), rule: "existential")
            }
            cursor += 1
            steps += 1
        }
        return nil
    }

    /// The "to" or "for" of "time to ..." / "the time has come for ...", past a verb of its own.
    private func timeMarker(after index: Int, in range: Range<Int>, of view: SentenceView) -> Int? {
        var cursor = index + 1
        if cursor + 1 < range.upperBound, ["has", "had", "have"].contains(view.words[cursor]), view.words[cursor + 1] == "come" { cursor += 2 }
        guard cursor < range.upperBound, ["to", "for"].contains(view.words[cursor]), index > range.lowerBound,
              ["is", "was", "'s", "come", "the"].contains(view.words[index - 1]) || cursor > index + 1 else { return nil }
        if view.words[cursor] == "for" {
            // "for him to ...": on to the infinitive.
            var to = cursor + 1
            while to < range.upperBound, to - cursor < 4, view.words[to] != "to" { to += 1 }
            return to < range.upperBound ? to : nil
        }
        return cursor
    }

    /// The modals, auxiliaries, negations and adverbs right before the verb at `index` ("would
    /// not really"): the position before them, and how many negations they hold.
    func verbGroupStart(before index: Int, in range: Range<Int>, of view: SentenceView) -> (back: Int, negations: Int) {
        var back = index - 1
        var negations = 0
        while back >= range.lowerBound, [.modal, .auxiliary, .negation, .adverb].contains(view.tag(back) ?? .punctuation) {
            if view.tag(back) == .negation || PartOfSpeechTagger.isNegativeContraction(view.words[back]) { negations += 1 }
            back -= 1
        }
        return (back, negations)
    }

    /// "the deal was good", "this is not the answer", "it was vital to establish ...".
    private func evaluation(copula: Int, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        var cursor = copula + 1
        // "would not be", "has never been": negation before the copula counts too.
        let (back, negationsBefore) = verbGroupStart(before: copula, in: range, of: view)
        var negations = negationsBefore + (PartOfSpeechTagger.isNegativeContraction(view.words[copula]) ? 1 : 0)
        while cursor < range.upperBound, cues.negators.contains(view.words[cursor]) || view.tag(cursor) == .adverb || view.tag(cursor) == .quote || view.words[cursor] == "'"
                || ["more", "most", "so", "very", "really", "quite", "absolutely", "extremely", "much", "far", "even", "just", "simply", "about", "broadly", "largely"].contains(view.words[cursor]) {
            // ("not just good for the workers": "not just" adds, it does not deny.)
            if cues.negators.contains(view.words[cursor]), !(cursor + 1 < view.count && ["just", "only", "merely", "simply"].contains(view.words[cursor + 1])) { negations += 1 }
            cursor += 1
        }
        // "was little more than a desperate attempt", "is nothing more than a gimmick": the phrase
        // only presses the predicate after it.
        if cursor + 2 < range.upperBound, ["little", "nothing", "no"].contains(view.words[cursor]), view.words[cursor + 1] == "more", view.words[cursor + 2] == "than" {
            cursor += 3
        }
        guard cursor < range.upperBound, let (sign, length) = evaluative(at: cursor, in: view) else { return nil }
        let cue = cursor..<(cursor + length)
        // "December was a good month", "this was not a good period for retailers": how a time went.
        if cue.upperBound < view.count, view.words[cue.upperBound - 1] != "of", StanceExtractor.timeNouns.contains(view.words[cue.upperBound]) { return nil }
        // "there are worrying signs": an adjective before its noun in an existential describes the
        // noun; nothing before it is judged.
        if view.words[max(range.lowerBound, back)...copula].contains("there") { return nil }
        // "to them the project is worthwhile": a view given as someone else's.
        if isAttributedView(before: back + 1, in: range, of: view) { return nil }
        // "to question whether the legislation was necessary", "if the tax is unfair": a judgement
        // asked about or supposed is not made.
        if view.words[range.lowerBound..<copula].reversed().prefix(while: { ![",", ";", ":"].contains($0) }).contains(where: StanceExtractor.supposingWords.contains) { return nil }
        // '"It wasn't a good strike," he added': a pronoun called a good or bad something else (a
        // strike, a ceremony) is that thing, not the issue last talked about; "it is a good idea",
        // "this is a welcome step" still judge it.
        if back >= range.lowerBound, ["it", "this", "that"].contains(view.words[back]), callsSomethingElse(cue, in: view) { return nil }
        guard let subject = judgedSubject(endingBefore: back + 1, after: cue.upperBound, in: range, of: view) else { return nil }
        // "the plans were not racist" defends them; "this is not the answer" rejects it.
        let value = negations % 2 == 1 ? -sign : sign
        // "Labour was right to reject the idea of quotas": what the actor did is judged, and
        // through its verb the issue it was done to.
        if case .actor = subject, let (mention, verbSign) = judgedAct(after: cue.upperBound, in: range, of: view) {
            return Judgement(subject: .issue(mention), sign: value * verbSign, negated: negations > 0, cue: cue, rule: "evaluation")
        }
        return Judgement(subject: subject, sign: value, negated: negations > 0, cue: cue, rule: "evaluation")
    }

    /// The act after "right to" or "wrong to": a verb of backing or opposing and the issue it
    /// takes ("to reject the idea of quotas"), with the verb's sign.
    private func judgedAct(after start: Int, in range: Range<Int>, of view: SentenceView) -> (IssueMention, Int)? {
        guard start + 2 < range.upperBound, view.words[start] == "to", view.tag(start + 1) == .verb,
              let verb = cues.cues(in: view.words, at: start + 1).first(where: { $0.isVerb && ($0.cueClass == .support || $0.cueClass == .oppose) }),
              let mention = objectIssue(from: start + 1 + verb.words.count, in: range, of: view) else { return nil }
        return (mention, verb.cueClass == .support ? 1 : -1)
    }

    /// Whether the words from `index` on, after a "to", are a verb's infinitive ('to "have the
    /// courage"', "to charge farmers") rather than a phrase ("to the sport", "to us").
    private func opensAnInfinitive(at index: Int, in view: SentenceView) -> Bool {
        let verb = index < view.count && view.tag(index) == .quote ? index + 1 : index
        guard verb < view.count, view.tokens[verb].isWord, ![.determiner, .possessive, .pronoun, .properNoun, .number].contains(view.tag(verb) ?? .punctuation) else { return false }
        return WordClasses.entry(view.words[verb])?.classes.contains(.verb) == true
    }

    /// Whether an evaluative noun phrase ("a fantastic feeling", "a great game") names a thing of
    /// its own: an adjective after "a", then a lower-case noun that cannot stand for an issue.
    private func callsSomethingElse(_ cue: Range<Int>, in view: SentenceView) -> Bool {
        let noun = cue.upperBound
        guard ["a", "an", "another", "such"].contains(view.words[cue.lowerBound]), noun < view.count,
              WordClasses.entry(view.words[noun - 1])?.classes.contains(.adjective) == true,
              view.tokens[noun].isWord, !view.tokens[noun].isCapitalized,
              WordClasses.entry(view.tags[noun].lemma)?.classes.contains(.noun) == true else { return false }
        return !describesAnIssue(view.words[noun])
    }

    /// Whether a noun can stand for an issue talked about before: an issue, a measure or a generic
    /// word for a step or its outcome ("idea", "move", "development", "start").
    private func describesAnIssue(_ noun: String) -> Bool {
        return [noun, WordClasses.nounLemma(noun)].contains { word in
            cues.issueNouns.contains(word) || cues.containerNouns.contains(word) || cues.proposalNouns.contains(word) || StanceExtractor.genericIssueWords.contains(word)
                || StanceExtractor.vagueNouns.contains(word)
        }
    }

    /// Generic words that stand for a measure or its outcome: "a welcome step", "a sensible approach".
    static let genericIssueWords: Set<String> = ["step", "development", "approach", "solution", "result", "outcome", "answer", "response", "option", "choice",
                                                 "news", "sign", "example", "achievement", "success", "failure", "compromise", "precedent", "signal",
                                                 "arrangement", "settlement", "agreement", "project", "programme", "change", "reform", "system", "law", "rule",
                                                 "opportunity", "chance", "price", "test", "investment", "offer", "policy", "measure", "base", "basis", "framework"]

    /// An evaluative word or phrase at `index` ("unfair", "a good deal", "a sensible thing"):
    /// its sign and length in tokens.
    func evaluative(at index: Int, in view: SentenceView) -> (sign: Int, length: Int)? {
        if let phrase = evaluativePhrase(at: index, in: view) {
            return (phrase.cueClass == .support ? 1 : -1, phrase.length)
        }
        // 'one of the "great advocates"': quotation marks inside a phrase do not break it.
        let positions = (index..<min(view.count, index + 8)).filter { view.tag($0) != .quote }
        if positions.count > 1, positions.count < min(view.count, index + 8) - index {
            let words = positions.map { view.words[$0] }
            if let form = cues.cues(in: words, at: 0).first(where: \.isEvaluative), form.words.count > 1 {
                return (form.cueClass == .support ? 1 : -1, positions[form.words.count - 1] + 1 - index)
            }
        }
        // "a sensible and a good thing", "a tremendous colleague": an evaluative adjective inside a noun phrase.
        if ["a", "an", "the", "another", "this", "such", "one", "no"].contains(view.words[index]) {
            var next = index + 1
            while next < view.count, view.tag(next) == .quote || view.tag(next) == .adverb { next += 1 }  // 'a "sensible thing"', "a very good deal"
            if next < view.count, let form = cues.cues(in: view.words, at: next).first(where: { $0.isEvaluative && $0.words.count == 1 }) {
                return (form.cueClass == .support ? 1 : -1, next + 1 - index)
            }
        }
        return nil
    }

    /// An evaluative phrase at `index` as the cue list has it, or with a word of degree inside
    /// it ("a big misjudgement" for "a misjudgement"): its class and length in tokens.
    func evaluativePhrase(at index: Int, in view: SentenceView) -> (cueClass: CueClass, length: Int)? {
        if let form = cues.cues(in: view.words, at: index).first(where: \.isEvaluative) { return (form.cueClass, form.words.count) }
        guard index + 2 < view.count, ["a", "an"].contains(view.words[index]), StanceExtractor.degreeAdjectives.contains(view.words[index + 1]) else { return nil }
        for article in ["a", "an"] {
            let words = [article] + view.words[(index + 2)..<min(view.count, index + 7)]
            if let form = cues.cues(in: words, at: 0).first(where: { $0.isEvaluative && $0.words.count > 1 }) { return (form.cueClass, form.words.count + 1) }
        }
        return nil
    }

    /// Adjectives that only grade the noun after them: "a big mistake", "a real opportunity".
    static let degreeAdjectives: Set<String> = ["big", "huge", "major", "serious", "grave", "complete", "total", "real", "massive", "great",
                                                "fundamental", "costly", "genuine", "significant", "absolute", "utter", "dreadful", "monumental"]

    /// "Harry should apologise", "the matter should be left to the palace", "there needs to be
    /// another inquiry", "Europe needed to reinforce its own unity".
    private func obligation(modal: Int, in range: Range<Int>, of view: SentenceView) -> Judgement? {
        var cursor = modal + 1
        // "there must have been 20 instances": a guess about the past, not an obligation.
        if cursor < range.upperBound, view.words[cursor] == "have", ["must", "should", "mustn't", "shouldn't"].contains(view.words[modal]) { return nil }
        if cursor < range.upperBound, view.words[cursor] == "to" { cursor += 1 }  // "ought to", "need to"
        var negations = PartOfSpeechTagger.isNegativeContraction(view.words[modal]) ? 1 : 0
        // "he will have no need to raise taxes": the need denied.
        if modal > range.lowerBound, view.words[modal] == "need", view.words[modal - 1] == "no" { negations += 1 }
        while cursor < range.upperBound, cues.negators.contains(view.words[cursor]) || view.tag(cursor) == .adverb || ["also", "now", "still"].contains(view.words[cursor]) {
            if cues.negators.contains(view.words[cursor]) { negations += 1 }
            cursor += 1
        }
        guard cursor < range.upperBound else { return nil }
        var sign = 1
        let subjectEnd = modal
        // "there needs to be another inquiry": the inquiry is what is wanted.
        var subjectLast = subjectEnd - 1
        while subjectLast > range.lowerBound, ["does", "do", "did", "really", "also"].contains(view.words[subjectLast]) { subjectLast -= 1 }
        let opensWithThere = subjectLast >= range.lowerBound && view.words[subjectLast] == "there"
        var objectStart = cursor
        if view.words[cursor] == "be" || view.words[cursor] == "have" {
            objectStart = cursor + 1
            if objectStart < range.upperBound, view.words[objectStart] == "been" { objectStart += 1 }
            // "should be firmly resisted": an adverb before the participle.
            while objectStart + 1 < range.upperBound, view.tag(objectStart) == .adverb, view.tag(objectStart + 1) == .verb { objectStart += 1 }
        }
        let verb = objectStart < range.upperBound ? objectStart : cursor
        // "I have to say", "I must admit": a way of speaking, not an obligation.
        if StanceExtractor.speakingVerbs.contains(view.words[verb]) { return nil }
        // "the MPC should be ready to act", "this should be clear to the voter": what someone or
        // something should be like is no act, unless the adjective judges ("should be illegal").
        // ("there should be new guidelines": after "there" the adjective opens the noun phrase.)
        if view.words[cursor] == "be", verb > cursor, view.tag(verb) == .adjective, !opensWithThere,
           !cues.cues(in: view.words, at: verb).contains(where: \.isEvaluative) { return nil }
        // "must not allow our recognition of diversity to become apathy", "must not mean
        // segregation": a verb whose object is a small clause acts on none of its nouns.
        if view.tag(verb) == .verb, StanceExtractor.smallClauseVerbs.contains(view.tags[verb].lemma) { return nil }
        // '"The government had to publish a commentary"': in the speaker's own words a past necessity
        // tells what happened (reported, "said Britain had to set an example" is the present one).
        let quoted = range.lowerBound > 0 && QuoteMarks.isDouble(view.words[range.lowerBound - 1]) || QuoteMarks.isDouble(view.words[range.lowerBound])
        if quoted, view.words[modal] == "had", modal + 1 < range.upperBound, view.words[modal + 1] == "to" { return nil }
        // "a fall must occur at some point": what must happen, not what someone must do, is a forecast.
        if StanceExtractor.happeningVerbs.contains(view.tags[verb].lemma) { return nil }
        // "incomes should continue to grow", "growth should pick up": a level that should move is a forecast.
        if isLevelForecast(at: verb, in: range, of: view) { return nil }
        // "we need to look carefully at ...": weighing something up takes no side on it.
        if view.tag(verb) == .verb, ["look", "consider", "think", "wait", "see", "understand", "know", "learn"].contains(view.tags[verb].lemma) { return nil }
        // "we have to check what the situation is", "I should assume": the speaker's own work or
        // estimate ("the Audit Office should investigate" still asks for an inquiry).
        if view.tag(verb) == .verb, modal > range.lowerBound, ["i", "we"].contains(subjectLastWord(before: modal, in: range, of: view) ?? ""),
           StanceExtractor.noncommittalVerbs.contains(view.tags[verb].lemma) || ["assume", "suppose", "guess", "expect", "believe", "admit"].contains(view.tags[verb].lemma) { return nil }
        // "you must work five more years": a generic "you" states a demand on others, often to
        // attack it; and what must happen "if ..." is a condition.
        if subjectLastWord(before: modal, in: range, of: view) == "you" || isConditional(before: modal, in: range, of: view) { return nil }
        // "had to show why its offer was good", "must explain how": a question the verb opens is no act.
        // ("should investigate whether ..." still asks for an inquiry.)
        if view.tag(verb) == .verb, StanceExtractor.justifyingLemmas.contains(view.tags[verb].lemma), verb + 1 < range.upperBound,
           StanceExtractor.questionOpeners.contains(view.words[verb + 1]) { return nil }
        if let form = cues.cues(in: view.words, at: verb).first(where: { $0.isVerb && $0.cueClass != .report }) {
            sign = form.cueClass == .oppose || form.cueClass == .againstActor ? -1 : 1
        } else if StanceExtractor.revisingLemmas.contains(view.tags[verb].lemma) {
            sign = -1  // "the bank needs to change its policy", "the law should be changed"
        } else if view.words[cursor] != "be", StanceExtractor.vanishingLemmas.contains(view.tags[verb].lemma),
                  verb + 1 >= range.upperBound || StanceExtractor.clauseStops.contains(view.words[verb + 1]) || [",", "altogether", "entirely", "now"].contains(view.words[verb + 1]) {
            sign = -1  // "GCSEs should go", "the levy must go": what should vanish is opposed
        }
        let value = negations % 2 == 1 ? -sign : sign
        let cue = modal..<min(range.upperBound, verb + 1)
        if opensWithThere, let mention = objectIssue(from: objectStart, in: range, of: view) {
            return Judgement(subject: .issue(mention), sign: value, negated: negations > 0, cue: cue, rule: "obligation")
        }
        // What should happen: the verb's object ("make a personal apology"), or the subject when
        // the verb is passive or a state ("these demands should be resisted", "the levy must go").
        // "should steer away from the row": a particle makes a phrasal verb this reading cannot follow.
        if view.tag(verb) == .verb, verb + 1 < range.upperBound, StanceExtractor.particles.contains(view.words[verb + 1]) { return nil }
        // "must be treated independently of political issues", "must be heard in the next election":
        // a passive takes no object, and what follows it is an adjunct, not what should happen.
        let passiveAdjunct = view.words[cursor] == "be" && verb + 1 < range.upperBound && [.preposition, .adverb].contains(view.tag(verb + 1))
        if !passiveAdjunct, let mention = objectIssue(from: verb + 1, in: range, of: view), view.tag(verb) == .verb {
            // "peers should lead the way": a light noun after the verb makes an idiom, not an issue.
            if StanceExtractor.lightNouns.contains(mention.head) { return nil }
            // "must give a far clearer reason", "should seek a solution", "should bring in some
            // money": a light verb's open object is what the act gets or gives, not a measure to back.
            if StanceExtractor.gettingLemmas.contains(view.tags[verb].lemma), !cues.issueNouns.contains(mention.head) { return nil }
            // "we need to break the link", "must resolve the dispute": ending it is against it, as
            // is holding it down ("should keep council tax rises below 5%").
            let heldDown = StanceExtractor.holdingLemmas.contains(view.tags[verb].lemma) && isLimited(after: verb + 1, in: view)
            let against = StanceExtractor.ends(view.tags[verb].lemma, mention.head) || heldDown
            return Judgement(subject: .issue(mention), sign: against ? -value : value, negated: negations > 0, cue: cue, rule: "obligation")
        }
        // "he should apologise": someone (a person, whoever "he" is) should do something.
        let personal = subjectLast >= range.lowerBound && StanceExtractor.personPronouns.contains(view.words[subjectLast])
        guard let subject = judgedSubject(endingBefore: subjectEnd, after: cue.upperBound, in: range, of: view) ?? (personal ? .actor("") : nil) else { return nil }
        // "it needs to cut 6,000 jobs": an "it" that acts on an object is a firm or a body, not
        // the issue last talked about ("it should be scrapped", "it needs to change" still are).
        if case .anaphoric = subject, view.words[cursor] != "be", view.words[cursor] != "have", verb + 1 < range.upperBound,
           startsNounPhrase(at: verb + 1, in: view) || ["between", "up", "off", "back"].contains(view.words[verb + 1]) { return nil }
        if case .actor = subject {
            // "the MPC should be ready to ...": what an actor should be is no stance on the actor.
            guard view.tag(verb) == .verb else { return nil }
            // "Mr Blair should be judged by results": what others should do to the actor is no act of its.
            if view.words[cursor] == "be", verb + 1 < range.upperBound, view.words[verb + 1] == "by" { return nil }
            // "Harry should apologise": what the actor should do, named by the verb.
            // Named by the noun of the action, so that "should apologise" and "a public apology" are one issue.
            // ("have to take them seriously": a light verb names no act of its own.)
            if StanceExtractor.lightVerbs.contains(view.tags[verb].lemma) || StanceExtractor.noActVerbs.contains(view.tags[verb].lemma) { return nil }
            // ("we have to stop saying that ...", "have to acknowledge that ...": what is said is in
            // the clause or the gerund that follows, which names no issue here; "should investigate
            // why" still names its act.)
            if verb + 1 < range.upperBound, view.words[verb + 1] == "that" || view.tag(verb + 1) == .verb && view.words[verb + 1].hasSuffix("ing") { return nil }
            // ("we must seek a solution": a verb with an object it does not name as an issue says too
            // little; "want to leave the EU", with an actor for object, still names the act.)
            if verb + 2 < range.upperBound, StanceExtractor.determiners.contains(view.words[verb + 1]), view.words[verb + 1] != "that", !view.isInsideSpan(verb + 2) { return nil }
            guard let noun = WordClasses.actionNoun(of: view.tags[verb].lemma) else { return nil }
            let mention = IssueMention(head: noun, distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
            // The act named is backed, whatever the verb does to its object: "The FSA should
            // change" backs the change, "British troops should be replaced" the replacement, "Britain
            // should not veto it" opposes the veto ("the law should be changed" opposes the law).
            let named = negations % 2 == 1 ? -1 : 1
            return Judgement(subject: .issue(mention), sign: named, negated: negations > 0, cue: cue, rule: "obligation")
        }
        return Judgement(subject: subject, sign: value, negated: negations > 0, cue: cue, rule: "obligation")
    }

    /// Words that open an indirect question after a verb: "show why", "explain how".
    static let questionOpeners: Set<String> = ["what", "how", "whether", "if", "why", "which", "who", "when", "where"]

    /// Words after a verb that open a clause instead of taking its object: "rule there should be
    /// an inquiry", "say whether". "When", "where", "which" and "who" are left out, as after a
    /// verb they mostly open a clause of time, place or relative ("agreed to act when asked"), and
    /// so is "that" ("urged it to guarantee that ..." still asks for a guarantee).
    static let clauseOpeners: Set<String> = questionOpeners.subtracting(["when", "where", "which", "who"]).union(["there"])

    /// Verbs of accounting for something: "show why", "explain how".
    static let justifyingLemmas: Set<String> = ["show", "explain", "prove", "justify", "demonstrate", "say", "tell", "clarify", "answer"]

    /// Verbs of going away: "the levy must go", "wants these terms to disappear".
    static let vanishingLemmas: Set<String> = ["go", "disappear", "vanish", "die"]

    /// The same verbs after "to", where "go" only moves ("wants the bill to go to a vote").
    static let vanishingInfinitives: Set<String> = vanishingLemmas.subtracting(["go"])

    /// Verbs whose object is a small clause or a meaning: "allow X to become Y", "mean Y".
    static let smallClauseVerbs: Set<String> = ["allow", "let", "mean", "help", "enable", "cause", "persuade", "become", "remain", "prompt", "lead"]

    /// Pronouns for people as a subject: "he should apologise", "you must work".
    static let personPronouns: Set<String> = ["i", "we", "you", "he", "she", "they"]
    /// Adverb particles that make a phrasal verb: "steer away", "back down".
    static let particles: Set<String> = ["away", "off", "up", "down", "out", "back", "forward", "around", "aside", "over"]
    /// Particles and prepositions that make a light verb's phrasal verb an act: "take on", "put aside".
    static let phrasalParticles: Set<String> = particles.union(["on", "in"])
    /// Verbs that name no act of their own: "take them seriously", "make do".
    static let lightVerbs: Set<String> = ["take", "make", "get", "give", "have", "do", "go", "come", "put", "keep", "let", "be"]
    /// Light verbs whose infinitive names no act even with an object: "want to make sure", "agreed
    /// to take the job", "hope to get him into the game".
    static let emptyVerbs: Set<String> = lightVerbs.subtracting(["give", "go", "come", "put"])
    /// Words that make what follows supposed or asked, not stated: "if", "whether", "unless",
    /// "until" ("should be delayed until the measures have proved effective").
    static let supposingWords: Set<String> = ["if", "whether", "unless", "until"]
    /// Verbs that name no act to take a side on: using, winning, recovering, trying.
    static let noActVerbs: Set<String> = ["use", "win", "lose", "beat", "recover", "succeed", "compete", "sit", "play", "score", "try", "happen", "point", "contest"]
    /// Verbs that lay out what one proposes, with or without a particle ("map out", "spell out"):
    /// what is laid out may be an issue; the laying out is none.
    static let presentingVerbs: Set<String> = ["map", "set", "spell", "lay", "sketch", "flesh", "outline", "detail"]

    /// Verbs of getting, giving, finding and winning: "should seek a solution", "must give a reason".
    static let gettingLemmas: Set<String> = ["seek", "win", "bring", "find", "prepare", "earn", "gain", "obtain", "achieve", "reach", "give", "get", "make"]

    /// Conjunctions after which a new clause may open with the view's owner: "because to them ...".
    static let viewOwnerOpeners: Set<String> = ["because", "but", "and", "since", "as", "so", "while", "although"]

    /// "to them the project is worthwhile", "in their view ...": the clause opens by giving the view
    /// to someone other than the speaker.
    func isAttributedView(before end: Int, in range: Range<Int>, of view: SentenceView) -> Bool {
        let clause = Array(view.words[max(range.lowerBound, end - 10)..<end].reversed().prefix(while: { ![",", ";", ":", "that"].contains($0) }).reversed())
        guard clause.count >= 2 else { return false }
        for index in 0..<(clause.count - 1) {
            if ["to", "for"].contains(clause[index]), ["them", "him", "her"].contains(clause[index + 1]), index == 0 || clause[index - 1] == "\"" || StanceExtractor.viewOwnerOpeners.contains(clause[index - 1]) { return true }
            if clause[index] == "in", index + 1 < clause.count, ["their", "his", "her"].contains(clause[index + 1]) { return true }
        }
        return false
    }

    /// The word before `index` past adverbs ("would (also only) have to"), or nil at the range's start.
    private func wordBeforeAdverbs(_ index: Int, in range: Range<Int>, of view: SentenceView) -> Int? {
        var before = index - 1
        while before >= range.lowerBound, view.tag(before) == .adverb || ["also", "only", "still", "even", "then"].contains(view.words[before]) { before -= 1 }
        return before >= range.lowerBound ? before : nil
    }

    /// Whether "have to" at `index` (with two words after it) follows a modal, past adverbs, and so forecasts:
    /// "would have to find", "would also only have to pay" ("will have to be overturned" is wanted).
    func forecastsHaveTo(_ index: Int, in range: Range<Int>, of view: SentenceView) -> Bool {
        guard let before = wordBeforeAdverbs(index, in: range, of: view), view.tag(before) == .modal else { return false }
        return !(view.words[before] == "will" && view.words[index] == "have" && view.words[index + 2] == "be")
    }

    /// Whether the word at `index` follows "may", "might" or "could" (adverbs between).
    func isAfterPossibility(_ index: Int, in range: Range<Int>, of view: SentenceView) -> Bool {
        wordBeforeAdverbs(index, in: range, of: view).map { ["may", "might", "could"].contains(view.words[$0]) } ?? false
    }

    /// The last word of an obligation's subject: "you" in "you must work".
    func subjectLastWord(before modal: Int, in range: Range<Int>, of view: SentenceView) -> String? {
        var index = modal - 1
        while index >= range.lowerBound, ["does", "do", "did", "really", "also", "still", "now", "to", "going", "are", "have", "has"].contains(view.words[index]) { index -= 1 }
        return index >= range.lowerBound ? view.words[index] : nil
    }

    /// Whether an "if" or "unless" opens the clause an obligation stands in.
    func isConditional(before modal: Int, in range: Range<Int>, of view: SentenceView) -> Bool {
        view.words[max(range.lowerBound, modal - 10)..<modal].reversed().prefix(while: { $0 != "," && $0 != ";" }).contains { $0 == "if" || $0 == "unless" }
    }

    /// The subject a judgement is about: the first noun phrase of the clause that ends right
    /// before `end`. An actor ("the Tories", "Mr Blair's government", "Lord Scarman"), an issue
    /// ("Gordon Brown's decision to ...", "the new targets"), or a pronoun that refers back
    /// ("it", "this"); "it was vital to establish X": what follows names the issue.
    func judgedSubject(endingBefore end: Int, after predicateEnd: Int, in range: Range<Int>, of view: SentenceView) -> Judgement.Subject? {
        // 'The merger "would be a good move," he added': a quotation may open after its subject.
        let floor = range.lowerBound > 0 && view.tag(range.lowerBound - 1) == .quote && end == range.lowerBound ? 0 : range.lowerBound
        guard end > floor else { return nil }
        // Back to the start of the clause: a complementiser, a comma, a conjunction or the stretch's start.
        var start = end - 1
        while start > floor {
            let word = view.words[start - 1]
            // "while on a trip to China": a conjunction before a preposition or participle opens no clause.
            // ("but looking for savings through job cuts could be a false economy": a gerund after
            // a coordinator or "that" is the new clause's subject.)
            let opensClause = ![.preposition, .verb].contains(view.tag(start) ?? .punctuation)
                || ["but", "and", "that", "because"].contains(word) && view.tag(start) == .verb && view.tags[start].inflection == .gerund
            if [",", ";", ":"].contains(word) || view.tag(start - 1) == .quote && start - 1 < range.lowerBound { break }
            if ["that", "because", "while", "although", "but", "and", "since", "if", "when", "as"].contains(word), opensClause { break }
            if cues.isReportVerb(word), start >= 2, view.words[start - 2] != "to" { break }  // "said (that) ...", not "to announce"
            start -= 1
        }
        // "told BBC Radio 4's Today programme it was unfair": the listener after a verb of telling
        // is no part of the subject "it".
        if view.words[end - 1] == "it", start > 0, start < end - 1, cues.isReportVerb(view.words[start - 1]),
           !(start..<(end - 1)).contains(where: { [.verb, .modal, .auxiliary].contains(view.tag($0) ?? .punctuation) }) { start = end - 1 }
        while start < end, view.tag(start) == .quote || ["but", "and", "so", "yet", "still", "now"].contains(view.words[start]) { start += 1 }
        guard start < end else { return nil }
        // "No wonder the chancellor is not a happy eater": a remark on what follows, no judgement.
        if start + 1 < end, ["no", "small", "little"].contains(view.words[start].lowercased()), view.words[start + 1] == "wonder" { return nil }
        let word = view.words[start]
        if ["it", "this", "that"].contains(word) || (["these", "those"].contains(word) && start + 1 < end && view.tag(start + 1) == .noun) {
            if start + 1 < end, word != "it", view.tag(start + 1) == .noun || view.tag(start + 1) == .adjective {
                // "this reshuffle", "that decision": a demonstrative noun phrase.
            } else {
                // Extraposed subject: "it was vital to establish ...", "it is right that ...".
                // "it would be disappointing if ...": the condition is what is judged, not anything before.
                if word == "it", predicateEnd < range.upperBound, ["if", "when", "unless"].contains(view.words[predicateEnd]) { return nil }
                // "it was criminal what they were doing", "it is irrelevant whether ...": the clause
                // after is what is judged, and it names no issue.
                if word == "it", predicateEnd < range.upperBound, ["what", "whether", "how", "why", "who", "where"].contains(view.words[predicateEnd]) { return nil }
                // ('it was "absurd" to charge farmers': the judgement may be quoted.)
                var clause = predicateEnd
                if clause < range.upperBound, QuoteMarks.isDouble(view.words[clause]) { clause += 1 }
                // "it would be unwise to speculate about ...", "it is too early to comment": guessing
                // or commenting is judged, not any issue before or after it.
                if word == "it", clause + 1 < range.upperBound, view.words[clause] == "to", ["speculate", "comment", "guess"].contains(view.words[clause + 1]) { return nil }
                if word == "it", clause < range.upperBound, ["to", "that", "for"].contains(view.words[clause]),
                   let mention = objectIssue(from: clause + 1, in: range, of: view, anyNoun: true) {
                    // "it is troubling that the government sought to deny entry": a verb against the
                    // issue on the way turns the judgement round; rather than guess, no stance.
                    if crossesOpposingVerb(from: clause + 1, to: mention, in: range, of: view) { return nil }
                    // "it was not fair to blame the public", "it is important to separate hype from
                    // reality": the judged act is rarely about any noun of its clause, so only a
                    // known issue or a verb of backing stands for it ("it was wrong to put China
                    // under the embargo", "it is important to support head teachers").
                    guard view.words[clause] != "to" || !opensAnInfinitive(at: clause + 1, in: view) || cues.cues(in: view.words, at: clause + 1).contains(where: { $0.isVerb && $0.cueClass == .support }) || cues.issueNouns.contains(mention.head) || cues.issueNouns.contains(WordClasses.nounLemma(mention.head)) else { return nil }
                    return .issue(mention)
                }
                return start + 1 == end ? .anaphoric : nil
            }
        }
        // "they were excellent figures": "they" is too often people or numbers to stand for an issue.
        if ["they", "these", "those"].contains(word) { return nil }
        // An actor opens the clause: "Lord Scarman was", "the Tories", "Mr Blair's government".
        var cursor = start
        if view.words[cursor] == "the" { cursor += 1 }
        // A title before the name ("Lord Scarman", "Dr Gibbons") belongs to it.
        var titled = cursor
        while titled < end, view.spans(startingAt: titled).isEmpty, view.tokens[titled].isCapitalized, !view.isInsideSpan(titled), titled - start < 3 { titled += 1 }
        if titled > cursor, titled < end, !view.spans(startingAt: titled).isEmpty { cursor = titled }
        if let span = view.spans(startingAt: cursor).max(by: { $0.tokens.count < $1.tokens.count }) {
            let after = span.tokens.upperBound
            if after >= end || view.tag(after) != .possessiveMarker && view.tag(after) != .noun { return .actor(span.actor) }
            if view.tag(after) == .possessiveMarker, after + 1 < end, ["government", "administration", "leadership"].contains(view.words[after + 1]) {
                return .actor(span.actor)
            }
        }
        // "educating drivers is more important": a gerund phrase names what is judged.
        if view.tag(cursor) == .verb, view.tags[cursor].inflection == .gerund {
            var words = [view.words[cursor]]
            var next = cursor + 1
            while next < end, words.count < 4, [.noun, .adjective, .determiner, .possessive].contains(view.tag(next) ?? .punctuation) {
                if view.tag(next) != .determiner { words.append(view.words[next]) }
                next += 1
            }
            if next == end { return .issue(IssueMention(head: words.joined(separator: " "), distinguishing: nil, organisation: nil, modifiers: [], complement: nil)) }
        }
        // "Sandhurst would be good for him", "the Hunting Act was a bad law": a name that is no
        // actor is what is judged.
        if view.tag(cursor) == .properNoun, !view.isInsideSpan(cursor), !StanceExtractor.timeNames.contains(view.words[cursor]) {
            var last = cursor
            while last + 1 < end, view.tag(last + 1) == .properNoun, !view.isInsideSpan(last + 1) { last += 1 }
            if last + 1 == end || view.tag(last + 1) == .modal || view.tag(last + 1) == .auxiliary {
                let name = (cursor...last).map { view.tokens[$0].text }.joined(separator: " ")
                return .issue(IssueMention(head: name, distinguishing: nil, organisation: nil, modifiers: [], complement: nil))
            }
        }
        // Otherwise the first issue noun of the phrase, before any verb: "the new targets", "his handling".
        var index = start
        while index < end, index - start <= 6 {
            if [.verb, .auxiliary, .modal].contains(view.tag(index) ?? .punctuation) && !view.isInsideSpan(index) { break }
            if let head = issueHead(at: index, in: view, allowVerbForms: true) {
                // "the outlook for 2005 is good", "sales were strong": an assessment, not a position.
                if StanceExtractor.assessmentNouns.contains(head.text) { return nil }
                let compound = compoundHead(from: index, head: head, in: view)
                // ("the plan to remove the embargo was worrying": the same, through a proposal.)
                let (mention, sign) = resolvedMention(head: compound.head, at: compound.at, in: view)
                return sign < 0 ? nil : .issue(mention)
            }
            index += 1
        }
        return nil
    }

    /// Whether a verb of opposing or undoing comes between `start` and the issue's head word.
    private func crossesOpposingVerb(from start: Int, to mention: IssueMention, in range: Range<Int>, of view: SentenceView) -> Bool {
        let headWord = mention.head.split(separator: " ").first.map(String.init) ?? mention.head
        var index = start
        while index < range.upperBound, index - start <= 8, !view.words[index].hasPrefix(headWord) {
            if cues.cues(in: view.words, at: index).contains(where: { $0.isVerb && $0.cueClass == .oppose }) { return true }
            index += 1
        }
        return false
    }

    /// The issue named by the noun phrase starting at `start`: its head, within a few words.
    func objectIssue(from start: Int, in range: Range<Int>, of view: SentenceView, anyNoun: Bool = false) -> IssueMention? {
        var index = start
        while index < range.upperBound, index - start <= 7 {
            if let head = issueHead(at: index, in: view, allowVerbForms: true) {
                let compound = compoundHead(from: index, head: head, in: view)
                return resolvedMention(head: compound.head, at: compound.at, in: view).0
            }
            if anyNoun, view.tag(index) == .noun, index + 1 >= view.count || view.tag(index + 1) != .noun {
                return IssueMention(head: view.words[index], distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
            }
            // "a quick, fair and firm asylum system": commas and "and" between adjectives stay inside.
            let betweenAdjectives = index > start && view.tag(index - 1) == .adjective && index + 1 < view.count && view.tag(index + 1) == .adjective
            if [",", ".", ";", "that", "which", "who", "because", "but", "and"].contains(view.words[index]), !betweenAdjectives { return nil }
            // "should be introduced as it could reduce the chances", "judged on what he has done":
            // a new clause begins, and its nouns are not this verb's object.
            if view.tag(index) == .subordinator || view.tag(index) == .relative || view.words[index] == "what" { return nil }
            index += 1
        }
        return nil
    }
}

extension StanceExtractor {
    /// Whether `actor` speaks for `target` as its affiliation, so that a judgement of the target is
    /// no stance of theirs ("Russian officials ... Russia"). A party is the exception: members
    /// back and defy their own party ("resigned the party whip", "fully supports the party's policies").
    static func speaksFor(_ actor: String, _ target: String, kinds: [String: Actor]) -> Bool {
        kinds[actor]?.affiliation == target && kinds[target]?.kind != .party
    }
}

