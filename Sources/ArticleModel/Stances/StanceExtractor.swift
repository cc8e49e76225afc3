/// Finds issues and the stances actors take on them, sentence by sentence, from cue words.
///
/// A stance needs a holder (the clause subject, a relative pronoun's antecedent, a by-phrase,
/// or a co-holder in "with the backing of") and an object (an issue noun phrase or an actor).
/// Polarity comes from the cue's class, multiplied through chained cues ("vowed to block"),
/// negation ("does not want") and doubt frames ("hard to see X agreeing to"). Precision first:
/// when any part is missing, no stance is recorded.
public struct StanceExtractor: Sendable {
    let cues: CueLexicon
    let lexicon: Lexicon

    public init(cues: CueLexicon = .bundled, lexicon: Lexicon = .bundled) {
        self.cues = cues
        self.lexicon = lexicon
    }

    /// One cue occurrence in a sentence.
    struct CueHit {
        var start: Int
        var end: Int
        var form: CueLexicon.Form

        var sign: Int {
            switch form.cueClass {
            case .support, .propose, .forActor: return 1
            case .oppose, .againstActor: return -1
            case .report: return 1
            }
        }
    }

    /// Who holds a stance, and what in front of the cue changes it.
    struct Holders {
        var actors: [String]
        var negations: Int
        var doubted: Bool
        var rule: String
        var firstToken: Int
    }

    /// What a stance is about: issues, each with the sign it carries ("but not the Kestria
    /// resolution" is -1), or actors.
    enum Target {
        case issues([(IssueMention, Int)])
        case actors([String])
    }

    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "any", "this", "that", "these", "those", "no", "every", "each", "such", "one", "another", "some", "all", "my", "your"]
    static let possessives: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]
    static let clauseStops: Set<String> = [".", ";", ":", "but", "because", "while", "although", "whereas", "though", "?", "!", "\"", "\u{201C}", "\u{201D}"]
    /// The clause stops that a quotation inside a phrase does not count as ("a \"tough\" line").
    static let clauseStopsOutsideQuotes: Set<String> = clauseStops.filter { !QuoteMarks.isDouble($0) }
    static let controlVerbs: Set<String> = ["continues", "continue", "continued", "continuing", "plans", "planned", "intends", "intended", "tried", "tries", "trying", "try", "set", "expected", "going", "able", "likely", "unlikely", "ready", "willing", "prepared", "determined", "keen", "about", "due", "moving", "moved", "threatened", "threatens", "appears", "appeared", "seems", "seemed", "sought", "seeks", "attempted", "attempts", "voted", "decided", "decides", "agreed", "agrees", "hoping", "hopes", "hoped", "wants", "wanted", "started", "began", "begins"]
    static let doubtWords: Set<String> = ["hard", "difficult", "impossible", "unlikely", "unimaginable", "inconceivable"]
    static let backingMarkers: [[String]] = [["with", "the", "backing", "of"], ["with", "the", "support", "of"], ["backed", "by"], ["supported", "by"], ["along", "with"], ["together", "with"]]
    static let relativePronouns: Set<String> = ["which", "who"]
    static let copulas: Set<String> = ["is", "was", "are", "were", "be", "been", "'s"]
    /// Verb forms that undo what precedes them: "wants the rebate scrapped".
    static let undoingParticiples: Set<String> = ["scrapped", "abolished", "ended", "dropped", "withdrawn", "lifted", "axed", "cut", "cancelled", "canceled", "removed", "reversed", "repealed", "halted", "stopped", "blocked", "overturned", "shelved", "delayed", "postponed",
                                                   "capped", "curbed", "restricted", "limited", "slashed", "halved", "trimmed", "reduced"]

    /// Verbs that want what they act on otherwise: "should change the law", "urged it to revise
    /// its policy" take a side against the law or the policy as it stands (only where the change
    /// is wanted, asked for or due: "Malaysia changed the law" tells what happened).
    static let revisingLemmas: Set<String> = ["change", "revise", "overhaul", "rewrite", "alter", "disturb", "undo", "unpick"]
    /// Their participles: "wants the law changed".
    static let revisingParticiples: Set<String> = ["changed", "revised", "overhauled", "rewritten", "altered", "disturbed", "undone", "unpicked"]

    /// Whether a participle undoes or revises what comes before it: "wants the rebate scrapped",
    /// "wants the law changed".
    static func isUndoingParticiple(_ word: String) -> Bool {
        undoingParticiples.contains(word) || revisingParticiples.contains(word)
    }

    /// Nouns for the way an actor runs something, which are an issue of their own and not a
    /// judgement of the actor: "defended the UK's current regime", "backed France's system".
    static let institutionNouns: Set<String> = ["system", "systems", "regime", "legislation", "procedures", "arrangements", "laws"]

    /// What an actor runs or spends, which cutting or closing changes without taking a side on
    /// it: "cut 2,850 jobs" backs job cuts, it opposes no jobs.
    static let resourceNouns: Set<String> = ["job", "post", "staff", "workforce", "worker", "employee", "cost", "price", "flight", "service", "route",
                                             "output", "production", "capacity", "order", "dividend", "branch", "store", "shop", "plant", "factory",
                                             "spending", "investment", "payroll", "headcount", "operation", "stake", "holding", "troop", "troops", "soldier"]
    /// Verbs that undo, stop or hold back what they act on.
    static let stoppingLemmas: Set<String> = undoingLemmas.union(["suspend", "halt", "stop", "freeze", "shelve", "trim"])
    /// Undoing verbs that reduce rather than end: their act is a cut.
    static let reducingLemmas: Set<String> = ["cut", "reduce", "slash", "axe", "halve", "curb", "trim"]

    /// Verbs that undo or reduce what they act on: not doing it keeps the thing.
    static let undoingLemmas: Set<String> = ["cut", "scrap", "abolish", "axe", "end", "reduce", "slash", "lift", "remove", "drop", "withdraw", "repeal",
                                             "cancel", "halve", "curb", "ditch", "close", "privatise", "privatize", "sell"]

    public func extract(_ text: AnalyzedText, actors: [Actor], spans: [ActorSpan]) -> (issues: [Issue], stances: [Stance]) {
        extract(text, actors: actors, spans: spans, quotations: nil)
    }

    /// As `extract(_:actors:spans:)`, with the quotations' speakers when already worked out.
    func extract(_ text: AnalyzedText, actors: [Actor], spans: [ActorSpan], quotations known: [Int: QuoteSpeakers.Quotation]?) -> (issues: [Issue], stances: [Stance]) {
        let kinds = Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) })
        let bySentence = Dictionary(grouping: spans, by: \.sentence)
        var catalog = IssueCatalog()
        catalog.synonyms = cues.canonicalHead
        var found: [FoundStance] = []
        let quotations = known ?? QuoteSpeakers(cues: cues).quotations(text, spans: spans)
        // Whom each person speaks for (a body's own affiliation is no voice: a union is not the state).
        let affiliations = kinds.filter { $0.value.kind == .person }.compactMapValues(\.affiliation)

        let unattributed = StanceExtractor.unattributedFirstPersonParagraphs(in: text)
        for (index, tokens) in text.tokens.enumerated() {
            if unattributed.contains(text.sentences[index].paragraph) { continue }
            var view = SentenceView(index: index, tokens: tokens, spans: bySentence[index] ?? [])
            view.affiliations = affiliations
            for stance in stances(in: view, text: text, quotation: quotations[index], kinds: kinds, catalog: &catalog) {
                found.append(stance)
            }
        }

        // Issues in order of first appearance; actor targets become their own columns.
        var issues: [Issue] = []
        var issueIDs: [IssueKey: String] = [:]
        var stances: [Stance] = []
        for item in found {
            let id: String
            if let known = issueIDs[item.issue] {
                id = known
            } else {
                switch item.issue {
                case .catalog(let number):
                    id = Self.unique(catalog.id(number), among: issues)
                    issues.append(Issue(id: id, label: catalog.label(number), shortLabel: catalog.shortLabel(number)))
                case .actor(let actor):
                    id = "actor-" + actor
                    issues.append(Issue(id: id, label: kinds[actor]?.name ?? actor, shortLabel: kinds[actor]?.name ?? actor, targetActor: actor))
                }
                issueIDs[item.issue] = id
            }
            if let existing = stances.firstIndex(where: { $0.actor == item.actor && $0.issue == id && $0.polarity == item.polarity && $0.rule == item.rule && $0.cue == item.cue }) {
                if !stances[existing].evidence.contains(where: { $0.sentence == item.evidence.sentence }) {
                    stances[existing].evidence.append(item.evidence)
                }
                continue
            }
            // Two cues of one sentence giving one actor the same side on one issue ("said it should
            // be delayed until the measures proved effective") are one stance, shown once.
            if stances.contains(where: { $0.actor == item.actor && $0.issue == id && $0.polarity == item.polarity && $0.evidence.contains(where: { $0.sentence == item.evidence.sentence }) }) {
                continue
            }
            stances.append(Stance(actor: item.actor, issue: id, polarity: item.polarity, cue: item.cue, cueClass: item.cueClass, rule: item.rule, negated: item.negated, evidence: [item.evidence]))
        }
        return (issues, stances)
    }

    /// Paragraphs written as "I" with no quotation mark in them: in a news report that is a
    /// reader's comment or a column, whose words about actors are its writer's, not theirs ("I
    /// thank Mr Blair and his government for the increase", "It is very good that the government
    /// has decided ...").
    static func unattributedFirstPersonParagraphs(in text: AnalyzedText) -> Set<Int> {
        var quoted = Set<Int>()
        var firstPerson = Set<Int>()
        for (index, tokens) in text.tokens.enumerated() {
            let paragraph = text.sentences[index].paragraph
            for (position, token) in tokens.enumerated() {
                if QuoteMarks.isDouble(token.text) || token.text == "'" || token.text == "\u{2018}" { quoted.insert(paragraph) }
                // ("I, Robot", "I Heart Huckabees", "the My Phone service": titles, not a writer.)
                let next = position + 1 < tokens.count ? tokens[position + 1].text : ""
                if token.text == "I", next.first?.isLowercase == true || next.hasPrefix("'") || next.hasPrefix("\u{2019}") { firstPerson.insert(paragraph) }
                if ["my", "me"].contains(token.text) || (token.text == "My" && position == 0) { firstPerson.insert(paragraph) }
            }
        }
        return firstPerson.subtracting(quoted)
    }

    /// `id`, or `id-2`, `id-3`... when an issue already has it: two groups the catalogue keeps apart
    /// can share a head and have nothing to tell them apart ("the deal" twice in damaged text).
    static func unique(_ id: String, among issues: [Issue]) -> String {
        let taken = Set(issues.map(\.id))
        guard taken.contains(id) else { return id }
        var number = 2
        while taken.contains("\(id)-\(number)") { number += 1 }
        return "\(id)-\(number)"
    }

    /// A stance as found in one sentence, before issues get their final ids.
    typealias FoundStance = (actor: String, issue: IssueKey, polarity: Polarity, cue: String, cueClass: String, rule: String, negated: Bool, evidence: Evidence)

    enum IssueKey: Hashable {
        case catalog(Int)
        case actor(String)
    }

    // MARK: - One sentence

    private func stances(in plainView: SentenceView, text: AnalyzedText, quotation: QuoteSpeakers.Quotation?, kinds: [String: Actor], catalog: inout IssueCatalog)
        -> [FoundStance] {
        // A question states no position: "Will Freedonia back the plan?", '"Should we approve it?"'.
        if plainView.words.last(where: { !(QuoteMarks.isDouble($0) || QuoteMarks.isApostrophe($0) || $0 == ")") }) == "?" { return [] }
        // Every holder is an actor's span or a quotation's speaker: a sentence with neither holds no stance.
        guard !plainView.spans.isEmpty || quotation != nil else { return [] }
        let hits = cueHits(in: plainView)
        // Parts of speech only where a stance may be: tagging every sentence would cost more.
        // (A quotation, or what is "according to" someone, with no cue needs them only when it
        // holds a judgement's verb: "is", "should".)
        let mayJudge = (quotation != nil || plainView.words.contains("according")) && plainView.words.contains(where: StanceExtractor.judgementWords.contains)
        guard !hits.isEmpty || mayJudge || plainView.words.contains(where: { cues.evaluationVerbForms.contains($0) || $0 == "pro" || $0 == "anti" }) else { return [] }
        let view = plainView.tagged()
        var consumed = Set<Int>()
        var result: [FoundStance] = []
        let sentenceRange = text.sentences[view.index].range
        /// Owners of a nominal cue after "despite" or "amid", with its hit: they take a side on
        /// the act the clause tells.
        var concessive: [(owners: [String], hit: CueHit)] = []

        for (number, reportedHit) in hits.enumerated() where !consumed.contains(number) {
            var hit = reportedHit
            // "confirmed a new aid package", "announced plans to ...": a reporting verb with a
            // noun phrase for its object puts something forward.
            if hit.form.cueClass == .report, StanceExtractor.announcingLemmas.contains(hit.form.lemma),
               startsNounPhrase(at: hit.end, in: view) || namesAnIntent(at: hit.end, in: view), announcesMeasure(after: hit.end, in: view) {
                hit.form.cueClass = .propose
            }
            // "told ministers to scrap the levy", "challenged the Treasury to open its books": a
            // verb of telling or daring, with whom it is said to and an infinitive, asks for the act.
            if hit.form.isVerb, hit.form.cueClass != .support, cues.objectControlLemmas.contains(hit.form.lemma), asksAnAct(after: hit.end, in: view) {
                hit.form.cueClass = .support
                hit.form.isControlOnly = true
            }
            // "after Labour unveiled details", "as Nigeria announced its initiative": an event told
            // as the background of another is no position taken.
            if hit.form.cueClass == .propose, isBackgroundClause(before: hit.start, in: view) { continue }
            if hit.form.cueClass == .report {
                if let evaluative = evaluativeStance(after: hit, in: view, hits: hits) {
                    guard let holders = findHolders(for: hit, in: view, hits: hits),
                          !isNestedReport(hit, holders: holders.actors, before: evaluative.cueTokens.lowerBound, in: view, hits: hits),
                          let (issueIndex, frame) = catalog.add(evaluative.mention) else { continue }
                    // A denied judgement is its opposite: "said the plans were not racist" defends them.
                    let negations = holders.negations + evaluative.negations + (holders.doubted ? 1 : 0)
                    let polarity: Polarity = evaluative.sign * frame * (negations % 2 == 1 ? -1 : 1) > 0 ? .support : .oppose
                    for actor in holders.actors where !(kinds[actor] == nil) {
                        result.append((actor, .catalog(issueIndex), polarity, evaluative.cueText, evaluative.sign > 0 ? "support" : "oppose", "report-evaluative", holders.negations + evaluative.negations > 0,
                                       Evidence(sentence: view.index, range: sentenceRange, cue: view.range(evaluative.cueTokens.lowerBound, evaluative.cueTokens.upperBound - 1))))
                    }
                }
                continue
            }
            if hit.form.isParticiple, hit.end < view.count, view.words[hit.end] == "by" {
                continue  // a passive: the by-phrase holds it (passiveStances)
            }
            // "quashed speculation that he would stand against Geoff Hoon": what a rumour or a
            // report says is asserted by no one in the sentence.
            if isInsideClaim(hit.start, in: view) { continue }
            guard let holders = findHolders(for: hit, in: view, hits: hits) else { continue }
            // '"Ruth Kelly wants to ditch the report," he said': what a speaker says another actor
            // does or wants is the speaker's claim, not that actor's stance (codebook).
            // (Only in a sentence with a quotation mark of its own: an unpaired straight quote
            // earlier can leave whole sentences of narration counted as quoted.)
            if let quotation, quotation.isQuoted(hit.start), quotation.isQuoted(holders.firstToken), view.words.contains(where: QuoteMarks.isDouble),
               !holders.actors.contains(where: { StanceExtractor.isVoiced($0, by: quotation.speakers, kinds: kinds) }) { continue }
            var chainedAway = consumed
            guard let object = findObject(after: hit, in: view, hits: hits, consumed: &chainedAway, number: number)
                    ?? relativeObject(before: holders.firstToken, in: view)
                    ?? (holders.rule == "nominal-owner" && !isConcessive(before: hit.start, in: view) ? subjectIssue(before: hit.start, in: view) : nil) else {
                if holders.rule == "nominal-owner", isConcessive(before: hit.start, in: view) { concessive.append((holders.actors, hit)) }
                continue
            }
            consumed = chainedAway
            if isNoPosition(hit, object: object, negations: holders.negations, in: view) { continue }
            // "Google has launched a search service", "BT set up an entertainment division": a firm
            // bringing out its own products does business and takes no side; what it puts forward
            // counts only when it is a measure ("submitted a reorganisation plan", "offered to
            // repay its creditors", "has offered an 8% increase").
            if hit.form.cueClass == .propose, holders.actors.allSatisfy({ kinds[$0]?.kind == .company }), !namesAMeasure(object) { continue }
            let sign = hit.sign * object.multiplier
            var polarity = combine(sign: sign, negations: holders.negations, doubted: holders.doubted)
            // "Labour would not cut spending": refusing to undo something keeps it, which is a
            // position ("has not rejected the plan" stays undecided).
            if polarity == .neutral, StanceExtractor.undoingLemmas.contains(hit.form.lemma), !holders.doubted { polarity = .support }
            // "did not want to give up control": not wanting to undo something is wanting to keep it.
            if polarity == .neutral, StanceExtractor.wishLemmas.contains(hit.form.lemma), object.rules.contains("chain"), object.multiplier < 0,
               !holders.doubted { polarity = .support }
            let negated = holders.negations > 0 || object.multiplier < 0 && object.negations > 0
            let cueText = cueSurface(hit, holders: holders, view: view, text: text)
            let rule = ([holders.rule] + object.rules).joined(separator: "+")
            let evidence = Evidence(sentence: view.index, range: sentenceRange, cue: view.range(hit.start, hit.end - 1))
            switch object.target {
            case .issues(let targets):
                for (mention, sign) in targets {
                    // "asked for information about the deals", "asking for clarification": a request
                    // to be told something is no position on it.
                    if hit.form.lemma == "ask for", StanceExtractor.informationNouns.contains(mention.head) { continue }
                    guard let (issueIndex, frame) = catalog.add(mention) else { continue }
                    let targetSign = sign * frame
                    let targetPolarity = targetSign < 0 ? combine(sign: hit.sign * object.multiplier * targetSign, negations: holders.negations, doubted: holders.doubted) : polarity
                    for actor in holders.actors where kinds[actor] != nil {
                        result.append((actor, .catalog(issueIndex), targetPolarity, cueText, hit.form.cueClass.rawValue, rule, negated, evidence))
                    }
                    // "backed Labour plans to introduce ID cards": Labour's plans are its own stance.
                    if let noun = object.ownedNoun, sign > 0 {
                        let ownerEvidence = Evidence(sentence: view.index, range: sentenceRange, cue: view.range(noun, noun))
                        for owner in object.owners where kinds[owner] != nil && !holders.actors.contains(owner) {
                            result.append((owner, .catalog(issueIndex), mention.frame * object.frameBeforeOwned > 0 ? .support : .oppose, view.words[noun], "propose", "proposal-owner", false, ownerEvidence))
                        }
                    }
                }
            case .actors(let targets):
                for actor in holders.actors where kinds[actor] != nil {
                    for target in targets where target != actor && kinds[target] != nil && !StanceExtractor.speaksFor(actor, target, kinds: kinds) {
                        result.append((actor, .actor(target), polarity, cueText, hit.form.cueClass.rawValue, rule, negated, evidence))
                    }
                }
            }
        }
        // "has defended plans to end the embargo, despite opposition from the US and Japan": the
        // owners take the other side of the act the clause's holder backs.
        for (owners, hit) in concessive {
            guard let main = result.first(where: { !owners.contains($0.actor) && $0.polarity != .neutral && $0.polarity != .mixed }), case .catalog = main.issue else { continue }
            let polarity: Polarity = (main.polarity == .support ? 1 : -1) * hit.sign > 0 ? .support : .oppose
            let evidence = Evidence(sentence: view.index, range: sentenceRange, cue: view.range(hit.start, hit.end - 1))
            for owner in owners where kinds[owner] != nil && !result.contains(where: { $0.actor == owner && $0.issue == main.issue }) {
                result.append((owner, main.issue, polarity, view.words[hit.start..<hit.end].joined(separator: " "), hit.form.cueClass.rawValue, "concessive-owner", false, evidence))
            }
        }
        result += passiveStances(in: view, hits: hits, kinds: kinds, catalog: &catalog, sentenceRange: sentenceRange)
        result += evaluationStances(in: view, hits: hits, kinds: kinds, catalog: &catalog, sentenceRange: sentenceRange)
        result += modifierStances(in: view, kinds: kinds, catalog: &catalog, sentenceRange: sentenceRange)
        // Judgements in someone's own words, for speakers no other rule gave a stance here.
        let covered = Set(result.map(\.actor))
        result += judgementStances(in: view, hits: hits, quotation: quotation, kinds: kinds, catalog: &catalog, sentenceRange: sentenceRange, covered: covered)
        return result
    }

    /// The words a judgement turns on: a copula, an obligation, "there", "time", "work".
    static let judgementWords: Set<String> = copulaForms.union(obligationWords).union(["need", "needs", "needed", "there", "time", "work", "works", "worked", "would", "will", "can", "could", "must", "should", "'s", "'re"])

    /// Reporting verbs that put forward what they name when their object is a noun phrase.
    static let announcingLemmas: Set<String> = ["confirm", "announce", "reiterate", "repeat", "reaffirm", "state", "declare"]

    /// Whether the noun phrase after an announcing verb names a measure ("a new aid package",
    /// "plans to cut jobs", "a freeze on fuel duty": an issue noun, a noun of intent with its
    /// infinitive, or a noun WordNet knows as an act or a process), not a result ("net profits of
    /// 400m euros") or news ("his retirement").
    func announcesMeasure(after start: Int, in view: SentenceView) -> Bool {
        var index = start
        while index < view.count, index - start < 6 {
            // "plans to scrap the tax", "a bid to cut costs": a noun of intent with its infinitive
            // (however "plans" was tagged).
            if namesAnIntent(at: index, in: view) { return true }
            if [.verb, .preposition, .punctuation].contains(view.tag(index) ?? .punctuation) { break }
            if issueHead(at: index, in: view, open: false) != nil { return true }
            if openIssueHead(at: index, in: view) != nil, let field = WordClasses.entry(view.tags[index].lemma)?.nounField, [.act, .process].contains(field),
               !StanceExtractor.lifeEventNouns.contains(view.tags[index].lemma) { return true }
            index += 1
        }
        return false
    }

    /// Whether a noun of intent and its infinitive start at `index`: "plans to scrap", "a bid to cut".
    private func namesAnIntent(at index: Int, in view: SentenceView) -> Bool {
        namesAnIntent(view.words[index]) && index + 2 < view.count && view.words[index + 1] == "to" && view.tag(index + 2) == .verb
    }

    /// What happens to a person, which announcing tells and does not put forward.
    static let lifeEventNouns: Set<String> = ["retirement", "departure", "resignation", "death", "birth", "marriage", "wedding", "engagement", "arrival", "return", "exit", "recovery", "illness"]

    /// Whether the clause of a verb at `position` is a temporal one: "after X unveiled ...",
    /// "as X was introducing ...", "when X announced ...".
    func isBackgroundClause(before position: Int, in view: SentenceView) -> Bool {
        var index = position - 1
        while index >= 0, position - index <= 8 {
            let word = view.words[index]
            if [",", ";", ":"].contains(word) || QuoteMarks.isOpeningDouble(word) { return false }
            if ["after", "as", "when", "while", "before", "since", "until", "once"].contains(word) {
                // A subject follows the conjunction ("after Labour unveiled"), not a noun it governs ("after the vote").
                return index + 1 < position && (view.tag(index + 1) == .properNoun || view.tag(index + 1) == .pronoun || view.isInsideSpan(index + 1))
            }
            index -= 1
        }
        return false
    }

    /// Whether a quote's speakers speak as or for an actor: the speaker, the speaker's body or
    /// that body's own body (a minister for the government, a spokesman for his party's country).
    static func isVoiced(_ actor: String, by speakers: [String], kinds: [String: Actor]) -> Bool {
        speakers.contains { speaker in
            let body = kinds[speaker]?.affiliation
            return speaker == actor || body == actor || body.flatMap { kinds[$0]?.affiliation } == actor || kinds[actor]?.affiliation == speaker
        }
    }

    /// Whether whom a request is made of, then "to" and a verb, follow: "ministers to scrap",
    /// "the Treasury to open", "them to quit".
    func asksAnAct(after index: Int, in view: SentenceView) -> Bool {
        var cursor = index
        if let span = view.spans(startingAt: index).max(by: { $0.tokens.count < $1.tokens.count }) {
            cursor = span.tokens.upperBound
        } else if cursor < view.count, ["him", "her", "them", "us", "me"].contains(view.words[cursor]) {
            cursor += 1
        } else {
            while cursor < view.count, cursor - index < 4, [.determiner, .possessive, .adjective, .noun, .properNoun].contains(view.tag(cursor)) { cursor += 1 }
            guard cursor > index, view.tag(cursor - 1) == .noun || view.tag(cursor - 1) == .properNoun else { return false }
        }
        return cursor + 1 < view.count && view.words[cursor] == "to" && view.tag(cursor + 1) == .verb
    }

    /// Whether a noun phrase (not a clause or a quotation) starts at `index`.
    func startsNounPhrase(at index: Int, in view: SentenceView) -> Bool {
        guard index < view.count, let tag = view.tag(index) else { return false }
        switch tag {
        case .determiner, .possessive, .adjective, .noun, .number: return view.words[index] != "that" && view.words[index] != "what"
        default: return false
        }
    }

    /// support + no negation = support; oppose = oppose; a negated support is oppose, a negated oppose is neutral.
    func combine(sign: Int, negations: Int, doubted: Bool) -> Polarity {
        var value = sign
        if doubted { value = -value }
        if negations % 2 == 1 {
            return value > 0 ? .oppose : .neutral
        }
        return value > 0 ? .support : .oppose
    }

    private func cueSurface(_ hit: CueHit, holders: Holders, view: SentenceView, text: AnalyzedText) -> String {
        var start = hit.start
        // Include the negation and auxiliaries right before the cue: "does not want".
        while start > 0, start - 1 > holders.firstToken,
              cues.negators.contains(view.words[start - 1]) || ActorRecognizer.auxiliaries.contains(view.words[start - 1]) && view.words[start - 1] != "to" {
            start -= 1
        }
        return text.string(view.range(start, hit.end - 1))
    }
}
