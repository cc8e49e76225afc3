extension StanceExtractor {
    /// What a cue is about, and how chained cues and negations after it change its sign.
    struct Object {
        var target: Target
        var multiplier: Int
        var negations: Int
        var rules: [String]
        /// Whose proposal the object is ("backed Labour plans to introduce ID cards": Labour),
        /// who hold a stance of their own on its issue.
        var owners: [String] = []
        /// The proposal noun the owners are named before ("plans").
        var ownedNoun: Int?
        /// The frame the holder's own words had put on the object before the owned noun ("vowed to
        /// block a Commission plan": -1), which is no part of the owners' proposal.
        var frameBeforeOwned = 1
    }

    /// Scans right from the cue for its object: an issue noun phrase (and any coordinated with it)
    /// or an actor. Cues met on the way chain ("regrets not using its veto to block X": regret x
    /// not x block), and are consumed; "urged Freedonia to lift the blockade" passes through the
    /// actor to the infinitive.
    func findObject(after hit: CueHit, in view: SentenceView, hits: [CueHit], consumed: inout Set<Int>, number: Int) -> Object? {
        var index = hit.end
        var multiplier = 1
        // The undoing verbs crossed on the way, without negations: "pledged to lift" (-1).
        var frame = 1
        var frameBeforeOwned = 1
        var negations = 0
        var rules: [String] = []
        var steps = 0
        var qualifiers: (organisation: String?, distinguishing: String?) = (nil, nil)
        var sawDeterminer = false
        var wordsSinceDeterminer = 0
        var passedControl = false
        /// Whom a control verb asks to act ("urged Mr Hockney to quit"): what distinguishes the act.
        var controlled: String?
        var owners: [String] = []
        var ownedNoun: Int?
        /// A verb of no stance passed after "to" ("agreed to buy", "vowed to compensate"): what it
        /// does names the issue when its object names none.
        var plainVerb: Int?
        /// The undoing or stopping verb the object hangs on ("is to cut 2,850 jobs"), if any.
        var undoingLemma: String? = hit.form.isVerb && StanceExtractor.stoppingLemmas.contains(hit.form.lemma) ? hit.form.lemma : nil
        /// The raising verb the object hangs on ("raised interest rates", "pledged to lift the
        /// tax"), if any: raising is a stance only on a level a policy sets.
        var raisingLemma: String? = hit.form.isVerb && StanceExtractor.raisingLemmas.contains(hit.form.lemma) ? hit.form.lemma : nil
        func verbIssue(object: String?) -> Object? {
            guard let verb = plainVerb else { return nil }
            // "want a judge to rule there should be an inquiry", "asked it to say whether ...": a
            // verb that opens a clause names no act of its own; what the clause says is the point
            // ("urged it to guarantee that ..." still asks for a guarantee).
            if verb + 1 < view.count, StanceExtractor.clauseOpeners.contains(view.words[verb + 1]) { return nil }
            // "take over WMC": a phrasal verb's own noun ("takeover", "walkout", "shutdown").
            var phrasal: String?
            if verb + 1 < view.count, ["over", "out", "up", "down", "off", "back"].contains(view.words[verb + 1]),
               WordClasses.entry(view.tags[verb].lemma + view.words[verb + 1])?.classes.contains(.noun) == true {
                phrasal = view.tags[verb].lemma + view.words[verb + 1]
            }
            // "wants to remain anonymous", "hopes to be fit": a state, no act to take a side on.
            if phrasal == nil, StanceExtractor.stateVerbs.contains(view.tags[verb].lemma) { return nil }
            // "want to make sure", "hopes to use the presidency", "agreed to take the job", "wanted
            // to win": a light verb or a verb of winning names no act to take a side on ("take on
            // the post", "put politics aside": with its particle it does; "give" and "put", "go"
            // and "come" are weighed apart).
            let isPhrasal = phrasal != nil || verb + 1 < view.count && StanceExtractor.phrasalParticles.contains(view.words[verb + 1])
            if !isPhrasal, StanceExtractor.emptyVerbs.contains(view.tags[verb].lemma) || StanceExtractor.noActVerbs.contains(view.tags[verb].lemma) { return nil }
            // "eager to map out some clear policies", "wants to set out its plans".
            if StanceExtractor.presentingVerbs.contains(view.tags[verb].lemma) { return nil }
            // "prepared to go this far": going or coming names no act of its own.
            if phrasal == nil, object == nil, ["go", "come"].contains(view.tags[verb].lemma) { return nil }
            // "called on Mr Hockney to quit": a request names its act by the verb when WordNet
            // gives the act no noun of its own.
            let requested = passedControl && controlled != nil ? view.tags[verb].lemma : nil
            guard let noun = phrasal ?? WordClasses.actionNoun(of: view.tags[verb].lemma) ?? requested else { return nil }
            var mention = IssueMention(head: noun, distinguishing: object, organisation: nil, modifiers: [], complement: nil)
            if object == nil {
                let tail = view.words[(verb + 1)..<min(view.count, verb + 4)].prefix { ![",", ".", ";", "and", "but", "that", "which", "\""].contains($0) }
                if !tail.isEmpty { mention.complement = ([view.words[verb]] + tail).joined(separator: " ") }
            }
            return Object(target: .issues([(mention, 1)]), multiplier: multiplier, negations: negations, rules: rules + ["verb-issue"])
        }
        // "will have to fight to get their voice heard": striving, not opposing.
        if hit.form.lemma == "fight", index < view.count, view.words[index] == "to" { return nil }
        let continuesThroughThat = ["demand", "insist", "urge", "ask", "propose", "suggest", "recommend", "want", "insist on", "call for"].contains(hit.form.lemma)
        while index < view.count, steps < 16 {
            let word = view.words[index]
            // Past the object's own noun phrase ("the money raised by the levy"): stop.
            let chainsOn = word == "to" && index + 1 < view.count && hits.contains { $0.start == index + 1 && $0.form.cueClass != .report }
            // "called for the agency to be wound up", "appealed for the prisoners to be freed": what
            // should be done to them is the issue.
            if word == "to", StanceExtractor.desireLemmas.contains(hit.form.lemma), let participle = passiveInfinitive(at: index, in: view) {
                let subject = (hit.end..<index).filter { !StanceExtractor.determiners.contains(view.words[$0]) }.map { view.tokens[$0].text }.joined(separator: " ")
                plainVerb = participle
                return verbIssue(object: subject.isEmpty ? nil : subject)
            }
            if sawDeterminer, wordsSinceDeterminer > 0, Coreference.prepositions.contains(word) || word == "to", word != "of", !chainsOn { break }
            if StanceExtractor.determiners.contains(word) {
                sawDeterminer = true
                wordsSinceDeterminer = 0
            } else if sawDeterminer {
                wordsSinceDeterminer += 1
            }
            if StanceExtractor.clauseStopsOutsideQuotes.contains(word) { break }
            if word == "that", continuesThroughThat, !sawDeterminer {
                index += 1  // "demanded that the blockade be lifted"
                continue
            }
            // ("refused to back that change": "that" before a noun that no verb follows is a determiner.)
            let demonstrative = word == "that" && index + 1 < view.count && view.tag(index + 1) == .noun && !view.isInsideSpan(index + 1)
                && (index + 2 >= view.count || ![.verb, .modal, .auxiliary, .noun].contains(view.tag(index + 2) ?? .punctuation))
            if demonstrative {
                index += 1
                sawDeterminer = true
                wordsSinceDeterminer = 0
                continue
            }
            if word == "that" || word == "which" || word == "who" || word == "," { break }
            // "accepted there wasn't some conspiracy", "accepted it had failed": a clause, not an object.
            if word == "there" || (view.tag(index) == .modal || view.tag(index) == .auxiliary) && !["be", "to", "being"].contains(word) && index > hit.end { break }
            // "accused the firm of ...", "praised the company": a description that stands for an actor.
            if word == "the", index == hit.end, hit.form.isVerb, hit.form.cueClass != .report, cues.actorTargetLemmas.contains(hit.form.lemma),
               let description = view.spans(startingAt: index).first, description.via == .pronoun,
               description.tokens.upperBound >= view.count || issueHead(at: description.tokens.upperBound, in: view) == nil {  // ("backed the government plans": the plans)
                return Object(target: .actors([description.actor]), multiplier: multiplier, negations: negations, rules: rules + ["actor-object"])
            }
            if let group = view.coordinatedGroup(startingAt: index) {
                let afterGroup = group.end
                // "praised Lord Scarman's ability to listen", "attacked Mr Blair's record": praise and
                // blame of what an actor has or does are of the actor.
                if afterGroup < view.count, view.words[afterGroup] == "'s", cues.actorTargetLemmas.contains(hit.form.lemma), hit.form.cueClass != .report,
                   !rules.contains("chain"), !passedControl,  // ("defended plans to end the EU's embargo": the embargo, not the EU)
                   !(afterGroup + 1..<min(view.count, afterGroup + 5)).prefix(while: { view.tag($0) == .noun || view.tag($0) == .adjective || view.tag($0) == .number || view.words[$0] == "-" })
                       .contains(where: { namesAnIntent(view.words[$0]) || cues.issueNouns.contains(view.words[$0]) || StanceExtractor.institutionNouns.contains(view.words[$0]) }) {  // ("backed Britain's harbour plan": the plan; "the Home Office's powers": the powers)
                    return Object(target: .actors(group.actors), multiplier: multiplier, negations: negations, rules: rules + ["actor-possession"])
                }
                if index > 0, ["from", "by", "including"].contains(view.words[index - 1]) || (index > 1 && view.words[index - 2] == "among") {
                    index = afterGroup  // "opposition from Labour to the plan": the owners, not the object
                    continue
                }
                if afterGroup < view.count, view.words[afterGroup] == "'s" || (view.words[afterGroup] == "'" && view.words[afterGroup - 1].hasSuffix("s")) {
                    // "Ruritania's offer of a truce": the actor qualifies what follows.
                    index = afterGroup + 1
                    sawDeterminer = true
                    wordsSinceDeterminer = 0
                    continue
                }
                // ("backed the government plans": after the cue, "plans" is a noun, not the verb it
                // would be after a subject.)
                let ownsProposal = afterGroup + 1 < view.count && cues.containerNouns.contains(view.words[afterGroup]) && ["to", "for"].contains(view.words[afterGroup + 1])
                if afterGroup < view.count, issueHead(at: afterGroup, in: view) != nil || cues.containerNouns.contains(view.words[afterGroup]) || (afterGroup + 1 < view.count && issueHead(at: afterGroup + 1, in: view, open: false) != nil && !view.words[afterGroup].hasPrefix(",")
                                                                  && ![.preposition, .infinitiveTo, .coordinator, .subordinator, .verb, .auxiliary, .modal].contains(view.tag(afterGroup))) {
                    // An actor in front of the issue noun qualifies it: "a UN resolution", "the Libya resolution".
                    // ("the government plans": a government named by description tells no issue
                    // apart from another; the plans are whatever plans the article is about.)
                    let described = view.spans(startingAt: index).contains { $0.via == .metonym || $0.via == .pronoun }
                    if !described { for actor in group.actors { qualify(&qualifiers, with: actor) } }
                    if ownsProposal { (owners, ownedNoun, frameBeforeOwned) = (group.actors, afterGroup, frame) }
                    index = afterGroup
                    continue
                }
                // Whom an act is asked of or done to: the bundled name, else the words of the text.
                var groupName: String {
                    group.actors.first.flatMap { lexicon.entry($0)?.name } ?? view.tokens[index..<afterGroup].map(\.text).joined(separator: " ")
                }
                // "called for Mr Hockney to be sacked": the act asked for, done to the actor.
                if StanceExtractor.desireLemmas.contains(hit.form.lemma), let participle = passiveInfinitive(at: afterGroup, in: view) {
                    plainVerb = participle
                    return verbIssue(object: groupName)
                }
                // ("called for Ruritania to scrap the levy", "a demand for Turkey to recognise Cyprus":
                // after "for", the actor is whom the act is wanted of.)
                let wantedOf = index > 0 && view.words[index - 1] == "for" && afterGroup + 1 < view.count && view.tag(afterGroup + 1) == .verb
                if afterGroup + 1 < view.count, view.words[afterGroup] == "to", cues.objectControlLemmas.contains(hit.form.lemma) || hit.form.isControlOnly || wantedOf {
                    // "urged Freedonia to lift the blockade": the stance goes through to the infinitive.
                    passedControl = true
                    controlled = groupName
                    rules.append("object-control")
                    index = afterGroup + 1
                    sawDeterminer = false
                    continue
                }
                // "agreed to buy Guidant": the act on the actor is the issue.
                if let issue = verbIssue(object: group.actors.first.flatMap { lexicon.entry($0)?.name } ?? view.tokens[index].text) { return issue }
                // "support for Mr Forgeard", "opposition to the Tories": a nominal cue can take an actor.
                if !hit.form.isVerb, hit.form.cueClass == .support || hit.form.cueClass == .oppose,
                   (hit.end..<index).allSatisfy({ StanceExtractor.determiners.contains(view.words[$0]) }) {
                    return Object(target: .actors(group.actors), multiplier: multiplier, negations: negations, rules: rules + ["actor-object"])
                }
                if hit.form.cueClass == .report || hit.form.isControlOnly || !cues.actorTargetLemmas.contains(hit.form.lemma) { return nil }
                return Object(target: .actors(group.actors), multiplier: multiplier, negations: negations, rules: rules + ["actor-object"])
            }
            // "backed the Kyoto Protocol", "a proposal for an International Finance Facility": a
            // name that is no actor names the issue.
            if view.tag(index) == .properNoun, !view.isInsideSpan(index), index > hit.end, sawDeterminer || ["for", "to", "of"].contains(view.words[index - 1]) {
                var last = index
                while last + 1 < view.count, view.tag(last + 1) == .properNoun, !view.isInsideSpan(last + 1) { last += 1 }
                // ("the Iranian nuclear programme": adjectives may stand between the name and its noun.)
                var following = last + 1
                while following < view.count, following - last <= 2, view.tag(following) == .adjective { following += 1 }
                let followedByNoun = following < view.count && (view.tag(following) == .noun || cues.issueNouns.contains(view.words[following]))
                if !followedByNoun, issueHead(at: last, in: view, open: false) == nil, last > index || view.tokens[index].text.count > 3 {
                    let name = (index...last).map { view.tokens[$0].text }.joined(separator: " ")
                    return Object(target: .issues([(IssueMention(head: name, distinguishing: nil, organisation: nil, modifiers: [], complement: nil), 1)]),
                                  multiplier: multiplier, negations: negations, rules: rules + ["named-issue"])
                }
            }
            // "recommended replacing A-Levels", "backs scrapping the tax": the act a gerund names.
            if index == hit.end, !hit.form.isControlOnly, raisingLemma == nil, view.tag(index) == .verb, view.tags[index].inflection == .gerund,
               cues.cues(in: view.words, at: index).isEmpty, let noun = WordClasses.actionNoun(of: view.tags[index].lemma) {
                var mention = IssueMention(head: noun, distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
                let tail = view.words[(index + 1)..<min(view.count, index + 4)].prefix { ![",", ".", ";", "and", "but", "that", "which"].contains($0) }
                if !tail.isEmpty { mention.complement = ([view.words[index]] + tail).joined(separator: " ") }
                return Object(target: .issues([(mention, 1)]), multiplier: multiplier, negations: negations, rules: rules + ["gerund-object"])
            }
            // "unveiling material months ahead of the election": the object is the first noun
            // phrase; when its head names no issue, the stance has none (light nouns aside).
            if view.tag(index) == .noun, !view.isInsideSpan(index), issueHead(at: index, in: view) == nil, index + 1 < view.count,
               view.tag(index + 1) != .noun, !cues.issueNouns.contains(view.words[index + 1]), !StanceExtractor.lightNouns.contains(view.tags[index].lemma),
               !passedControl, !(index + 1 < view.count && ["of", "for", "to", "on", "over"].contains(view.words[index + 1])),
               !isMostlyAdjective(at: index, in: view) {  // ("any formal £800m offer": on to the noun)
                return verbIssue(object: nil)  // "vowed to compensate Lockerbie victims": the compensation
            }
            // "wants to remain anonymous for the sake of ...": past a plain verb and its complement,
            // a preposition before any noun ends the object ("plans to stand in the next election":
            // right after the verb too, before a determiner).
            if let verb = plainVerb, view.tag(index) == .preposition, word != "of",
               index > verb + 1 || (index == verb + 1 && index + 1 < view.count && StanceExtractor.determiners.contains(view.words[index + 1])),
               !(verb + 1..<index).contains(where: { view.tag($0) == .noun || view.tag($0) == .properNoun || view.isInsideSpan($0) }) {
                return verbIssue(object: nil)
            }
            if view.tag(index) == .verb, index > 0, view.words[index - 1] == "to", cues.cues(in: view.words, at: index).isEmpty, plainVerb == nil {
                // "pledged to assess the cost of ID cards": weighing something up takes no side on it.
                if StanceExtractor.noncommittalVerbs.contains(view.tags[index].lemma) { return nil }
                plainVerb = index
            }
            // "wanted less scrutiny", "fewer checks": wanting less of something is against it.
            if ["less", "fewer"].contains(word), index + 1 < view.count, view.tag(index + 1) == .noun || view.tag(index + 1) == .adjective {
                multiplier *= -1
                rules.append("less")
            }
            // "launched an attack on the plans", "voiced support for": the noun is a stance of its
            // own, which the verb only delivers; the nominal cue carries it.
            // (A proposal is what is proposed: "unveiled proposals to raise the threshold" stays.)
            if index > hit.end - 1, hit.form.cueClass == .propose, !namesAnIntent(word),
               hits.contains(where: { $0.start == index && !$0.form.isVerb && ($0.form.cueClass == .support || $0.form.cueClass == .oppose) }) {
                return nil
            }
            // "urged the men to step down", "asking Parliament to renew": whom a request is made of,
            // named by a plain noun or a name that is no actor, is not the issue; the act asked for is.
            // ("wants the ban to end": an issue that should end is the issue, not whom an act is asked of.)
            if !passedControl, cues.objectControlLemmas.contains(hit.form.lemma) || hit.form.isControlOnly, [.noun, .properNoun].contains(view.tag(index)),
               !view.isInsideSpan(index), index + 2 < view.count, view.words[index + 1] == "to", view.tag(index + 2) == .verb,
               !(issueHead(at: index, in: view) != nil && endsOfItself(after: index + 1, in: view)) {
                passedControl = true
                controlled = view.tokens[index].text
                rules.append("object-control")
                index += 2
                sawDeterminer = false
                continue
            }
            // "accepted the law lords' ruling": a plain noun's possessive qualifies the head after it.
            if view.tag(index) == .noun, !view.isInsideSpan(index),
               let marker = (index + 1..<min(view.count, index + 3)).first(where: { ["'s", "'"].contains(view.words[$0]) }),
               (index..<marker).allSatisfy({ view.tag($0) == .noun }), marker + 1 < view.count, issueHead(at: marker + 1, in: view) != nil {
                index = marker + 1
                sawDeterminer = true
                wordsSinceDeterminer = 0
                continue
            }
            // "dismissed talk of splits", "played down differences", "rejected the idea (that) he
            // posed a threat": talk is denied or upheld, which is no stance on an issue.
            if view.tag(index) == .noun, !view.isInsideSpan(index), isClaimNoun(at: index, in: view) { return nil }
            // "optimistic about prospects for its products", "cut its growth forecast": an
            // estimate is judged or revised, which is no stance on what it estimates.
            if StanceExtractor.estimateNouns.contains(word), !view.isInsideSpan(index) { return nil }
            if let head = issueHead(at: index, in: view) {
                let previous = index > 0 ? view.words[index - 1] : ""
                // "defended its decision to scrap the tax", "welcomed the decision to open a bus
                // link": a decision is as good as what it decides, which the infinitive names.
                let headEnd = index + head.length
                if StanceExtractor.intentionNouns.contains(head.text), headEnd + 1 < view.count, view.words[headEnd] == "to",
                   view.tag(headEnd + 1) == .verb, hits.contains(where: { $0.start == headEnd + 1 && $0.form.cueClass != .report })
                    || (cues.cues(in: view.words, at: headEnd + 1).isEmpty && !StanceExtractor.noncommittalVerbs.contains(view.tags[headEnd + 1].lemma)) {
                    index = headEnd
                    sawDeterminer = false
                    rules.append("decision")
                    continue
                }
                // "denied his shadow cabinet was split": a clause follows, not an object.
                let whole = compoundHead(from: index, head: head, in: view)
                let next = whole.at + whole.head.length
                // ("the ceasefire agreed in Marisburg", "the sanctions lifted": a participle is no clause.)
                if hit.form.cueClass != .report, next < view.count, view.tag(next) == .auxiliary && view.words[next] != "be" || view.tag(next) == .modal {
                    return nil
                }
                // "lift the pace of growth": lifting undoes only restrictions.
                // ("lifted its veto on the treaty": past the restriction, its object is the issue.)
                // ("lifted interest rates", "raised taxes", "would increase spending": raising backs
                // a level a policy sets; "raised £2m", "increased its stake" take no side.)
                let headLemma = WordClasses.nounLemma(head.text)
                if raisingLemma != nil || (hit.form.lemma == "lift" && !rules.contains("chain")),
                   StanceExtractor.namesPolicyLevel(compoundHead(from: index, head: head, in: view).head.text) {
                    if (raisingLemma ?? hit.form.lemma) == "lift" {
                        multiplier *= -1
                        rules.append("raise")
                    }
                } else if raisingLemma != nil {
                    return nil
                } else if hit.form.lemma == "lift", !rules.contains("chain"), !StanceExtractor.restrictions.contains(headLemma) { return nil }
                // "fought a positive campaign", "will fight the seat": taking part in a contest.
                if hit.form.lemma == "fight", StanceExtractor.contests.contains(WordClasses.nounLemma(head.text)) { return nil }
                // "agreed to loan Gazpromneft the money", "plans to swap 0.41 of its shares": what is
                // handed over is the means of an act, and the act is the issue.
                if let verb = plainVerb, verb < index, isMeansOfExchange(head.text), let issue = verbIssue(object: nil) { return issue }
                if StanceExtractor.possessives.contains(previous), case let owned = cues.cues(in: view.words, at: index), owned.contains(where: \.isVerb) {
                    // "ended its boycott of the talks", "lifted its veto on the treaty": undoing
                    // one's own opposition is the opposite stance, told once.
                    if hit.form.isVerb, StanceExtractor.stoppingLemmas.contains(hit.form.lemma) || hit.form.lemma == "abandon",
                       owned.contains(where: { $0.isVerb && $0.cueClass == .oppose }) {
                        multiplier *= -1
                        frame *= -1
                        rules.append("chain")
                        for (number, inner) in hits.enumerated() where inner.start >= index && inner.start < index + head.length + 2 { consumed.insert(number) }
                        sawDeterminer = false  // (the issue follows its preposition: "on the treaty")
                    }
                    index += head.length  // "its veto": an instrument, not the issue
                    continue
                }
                if hit.form.isControlOnly && !passedControl { return nil }
                let compound = compoundHead(from: index, head: head, in: view)
                var (mention, innerSign) = resolvedMention(head: compound.head, at: compound.at, in: view)
                if mention.organisation == nil { mention.organisation = qualifiers.organisation }
                if mention.distinguishing == nil { mention.distinguishing = qualifiers.distinguishing }
                multiplier *= innerSign
                frame *= innerSign
                if innerSign < 0 { rules.append("chain") }
                let after = compound.at + compound.head.length
                // "called for the tragedy to be the start of a new beginning": what something should
                // become is no act on it.
                if StanceExtractor.desireLemmas.contains(hit.form.lemma), after + 2 < view.count, view.words[after] == "to", ["be", "become", "remain"].contains(view.words[after + 1]),
                   ["a", "an", "the"].contains(view.words[after + 2]) || view.tag(after + 2) == .adjective { return nil }
                if undone(after: after, in: view) || endsOfItself(after: after, in: view) {
                    multiplier *= -1
                    frame *= -1
                    rules.append("undo-participle")
                }
                // "urged the bank to change its policy": wanting the policy otherwise is against it.
                if let verb = plainVerb, verb < compound.at, StanceExtractor.revisingLemmas.contains(view.tags[verb].lemma) {
                    multiplier *= -1
                    frame *= -1
                    rules.append("revise")
                }
                // "pledged to bring the deficit under control", "keep inflation in check", "wants
                // taxes brought down", "to bring down taxes": holding it down is against it.
                if isHeldDown(after: after, objectAt: compound.at, from: hit.start, in: view) {
                    multiplier *= -1
                    frame *= -1
                    rules.append("hold-down")
                }
                // "asked Venezuela to resolve the conflict", "need to break the link": settling a
                // dispute or breaking a bond is against it.
                if let verb = plainVerb, verb < compound.at, StanceExtractor.ends(view.tags[verb].lemma, compound.head.text) {
                    multiplier *= -1
                    frame *= -1
                    rules.append("resolve")
                }
                // "is to cut 2,850 jobs", "suspended flights", "axe 104,000 jobs": what an actor
                // runs is cut, which is an act of its own to back, not the jobs to oppose.
                if let lemma = undoingLemma, StanceExtractor.resourceNouns.contains(WordClasses.nounLemma(compound.head.text)) {
                    let object = (mention.modifiers + [compound.head.text]).joined(separator: " ")
                    let act = StanceExtractor.reducingLemmas.contains(lemma) ? "cuts" : WordClasses.actionNoun(of: lemma) ?? lemma
                    mention = IssueMention(head: act, distinguishing: nil, organisation: mention.organisation, modifiers: [], complement: object)
                    multiplier *= -1
                    frame *= -1
                    rules.append("resource-cut")
                }
                mention.frame = frame
                var targets = [(mention, 1)]
                targets += coordinatedIssues(after: after, in: view)
                return Object(target: .issues(targets), multiplier: multiplier, negations: negations, rules: rules, owners: owners, ownedNoun: ownedNoun, frameBeforeOwned: frameBeforeOwned)
            }
            if ["it", "this", "them", "these"].contains(word), !sawDeterminer, index == hit.end || passedControl || view.words[index - 1] == "not" {
                // "reject it": the issue last talked about.
                // ("we have raised it": what was raised may be any amount, no level a policy sets.)
                if hit.form.isControlOnly && !passedControl || raisingLemma != nil { return nil }
                // "has suggested it is unlikely to be held": the pronoun opens a clause of its own.
                if index + 1 < view.count, StanceExtractor.finiteAuxiliaries.contains(view.words[index + 1]) { return nil }
                var mention = IssueMention(head: "", distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
                mention.isAnaphoric = true
                mention.pronounIsPlural = ["them", "these"].contains(word)
                // "wanted it to end", "want them lifted": what should become of it.
                let ends = endsAfter(index + 1, in: view)
                return Object(target: .issues([(mention, 1)]), multiplier: multiplier * (ends ? -1 : 1), negations: negations, rules: rules + ["object-pronoun"] + (ends ? ["undo"] : []))
            }
            // "rejected Deutsche Boerse's proposed offer", "backed the planned cuts": a cue's
            // participle after a determiner or a possessive describes the noun that follows.
            if index > hit.end, hits.contains(where: { $0.start == index && $0.form.isParticiple && $0.end == index + 1 }),
               StanceExtractor.determiners.contains(view.words[index - 1]) || StanceExtractor.possessives.contains(view.words[index - 1]) || view.words[index - 1] == "'s" {
                index += 1
                continue
            }
            // ("the basic state pension": a reporting verb's form after a determiner or an
            // adjective is a noun, which continues the object rather than ending it.)
            let nounUse = index > hit.end && view.tag(index) == .noun && [.determiner, .adjective, .possessive].contains(view.tag(index - 1) ?? .punctuation)
            if let chained = hits.firstIndex(where: { $0.start == index && !($0.form.cueClass == .report && nounUse) }), chained != number {
                // Only an infinitive or gerund continues the same stance: "vowed to block", "not using ... to block".
                let previous = index > 0 ? view.words[index - 1] : ""
                guard hits[chained].form.cueClass != .report, previous == "to" || hits[chained].form.isGerund || index == hit.end || !hits[chained].form.isVerb else { break }
                consumed.insert(chained)
                undoingLemma = hits[chained].form.isVerb && StanceExtractor.stoppingLemmas.contains(hits[chained].form.lemma) ? hits[chained].form.lemma : nil
                raisingLemma = hits[chained].form.isVerb && StanceExtractor.raisingLemmas.contains(hits[chained].form.lemma) ? hits[chained].form.lemma : nil
                multiplier *= hits[chained].sign
                frame *= hits[chained].sign
                rules.append("chain")
                index = hits[chained].end
                steps += 1
                continue
            }
            // "plans to limit the number of casinos", "wants to restrict imports": an infinitive that
            // holds something back works as "curb" does (only as an infinitive: "limited" and "a
            // limit" say nothing of the kind).
            if index > 0, view.words[index - 1] == "to", StanceExtractor.restrainingVerbs.contains(word), view.tag(index) == .verb {
                multiplier *= -1
                frame *= -1
                rules.append("chain")
                index += 1
                continue
            }
            if cues.negators.contains(word) {
                multiplier *= -1
                negations += 1
                index += 1
                continue
            }
            index += 1
            steps += 1
        }
        // "called on Mr Howard to resign", "asked him to apologise": an act with no object is the
        // issue, named by its own noun and by whom it is asked of.
        if passedControl, let verb = plainVerb, index > verb,
           !(verb + 1..<min(index, view.count)).contains(where: { view.tag($0) == .noun || view.tag($0) == .properNoun || view.isInsideSpan($0) }) {
            return verbIssue(object: controlled)
        }
        return nil
    }

    /// Money and holdings that change hands ("loan the money", "swap its shares", "sell a stake"):
    /// the means of an act, not a measure (WordNet files "fee", "pension", "compensation" with
    /// them, which are measures, so the list is closed).
    static let meansOfExchange: Set<String> = ["money", "cash", "share", "stake", "capital", "asset", "sum", "amount", "holding", "stock"]

    func isMeansOfExchange(_ noun: String) -> Bool {
        StanceExtractor.meansOfExchange.contains(WordClasses.nounLemma(noun))
    }

    /// Verbs that end a dispute or a bond when it is their object: "resolve the conflict",
    /// "settle the row", "break the link".
    static let resolvingLemmas: Set<String> = ["resolve", "settle", "defuse", "break", "sever"]

    /// Disputes and bonds, which resolving or breaking ends.
    static let disputesAndBonds: Set<String> = ["conflict", "dispute", "row", "crisis", "standoff", "stand-off", "deadlock", "impasse", "stalemate",
                                                "feud", "link", "tie", "monopoly", "stranglehold", "cycle"]

    /// Whether a verb ends the dispute or bond its object names: "resolve the conflict", "break the links".
    static func ends(_ verbLemma: String, _ object: String) -> Bool {
        resolvingLemmas.contains(verbLemma) && disputesAndBonds.contains(WordClasses.nounLemma(object))
    }

    /// Cues of wishing for what follows: not wishing to undo something ("did not want to give up
    /// control") is wishing to keep it.
    static let wishLemmas: Set<String> = ["want", "want to see", "like to see", "wish to see", "hope to see", "hope to"]

    /// Cues of asking for something to be done: "called for X to be scrapped".
    static let desireLemmas: Set<String> = ["call for", "appeal for", "ask for", "press for", "push for", "demand", "want", "campaign for", "lobby for", "urge", "argue for"]

    /// The past participle of "to be PARTICIPLE" at `index`, if that is what is there.
    func passiveInfinitive(at index: Int, in view: SentenceView) -> Int? {
        guard index + 2 < view.count, view.words[index] == "to", view.words[index + 1] == "be",
              view.tag(index + 2) == .verb || view.tag(index + 2) == .adjective, view.tags[index + 2].inflection == .past else { return nil }
        return index + 2
    }

    /// Nouns that stand for what their infinitive says: "the decision to lift the ban".
    static let intentionNouns: Set<String> = ["decision", "decisions", "commitment", "determination", "pledge", "promise", "vow", "resolve", "willingness", "readiness", "intention",
                                                   "pledges", "promises", "vows", "commitments", "intentions"]

    /// What one fights by taking part in it, not by opposing it.
    static let contests: Set<String> = ["campaign", "election", "seat", "battle", "contest", "poll", "by-election", "race", "war", "fight", "constituency"]

    /// Finite verbs that, right after a pronoun, make it a clause's subject rather than an object.
    static let finiteAuxiliaries: Set<String> = ["is", "was", "are", "were", "will", "would", "could", "can", "should", "might", "may",
                                                  "must", "has", "had", "have", "does", "did", "isn't", "wasn't", "won't", "wouldn't"]

    /// Infinitives that hold something back without being cues of their own ("to limit").
    static let restrainingVerbs: Set<String> = ["limit", "restrict", "curtail", "cap", "constrain"]

    /// What lifting ends: "lift the ban", "lift sanctions", but not "lift growth" or "lift rates".
    static let restrictions: Set<String> = ["ban", "sanction", "sanctions", "embargo", "restriction", "curfew", "blockade", "moratorium", "suspension", "cap", "limit", "freeze", "control", "siege", "veto", "boycott", "tariff", "quota", "barrier", "prohibition", "lockdown", "quarantine", "blacklist", "injunction", "order", "immunity"]

    /// Verbs of raising a level: a stance only on a level a policy sets (`policyLevels`).
    static let raisingLemmas: Set<String> = ["raise", "increase", "hike", "put up"]
    /// Levels a policy or a firm sets, which raising backs and cutting opposes: "raised interest rates",
    /// "would increase taxes", "lift the minimum wage", "raise the stamp duty threshold".
    static let policyLevels: Set<String> = ["tax", "taxes", "rate", "duty", "fee", "pension", "spending", "funding", "aid", "wage", "benefit",
                                            "threshold", "tariff", "allowance", "subsidy", "levy", "budget", "investment", "borrowing", "price", "fare", "rent"]

    /// Whether an issue head names a policy level by its last word: "interest rate", "basic state pension".
    static func namesPolicyLevel(_ head: String) -> Bool {
        policyLevels.contains(WordClasses.nounLemma(head.spaceSeparatedWords.last ?? head))
    }

    /// Verbs of being and seeming: their infinitive names a state, not an act ("to remain anonymous").
    static let stateVerbs: Set<String> = ["be", "remain", "become", "seem", "appear", "feel", "sound", "exist", "look"]

    /// Verbs that weigh something up without taking a side: "pledged to assess", "agreed to discuss".
    static let noncommittalVerbs: Set<String> = ["verify", "assess", "consider", "examine", "review", "study", "look", "investigate", "explore", "discuss", "debate", "monitor", "analyse", "analyze", "evaluate", "meet", "talk", "see", "know", "learn", "hear", "understand", "wait", "watch", "check", "test", "measure", "compare", "determine", "establish", "find", "ask", "answer", "comment",
                                                   "counter", "respond", "reply", "rebut", "address", "speculate",
                                                   "grasp", "handle"]

    /// "to end", "to be lifted", "scrapped": whether what follows an object undoes it.
    func endsAfter(_ start: Int, in view: SentenceView) -> Bool {
        var index = start
        if index < view.count, view.words[index] == "to" { index += 1 }
        if index < view.count, view.words[index] == "be" { index += 1 }
        guard index < view.count else { return false }
        if StanceExtractor.isUndoingParticiple(view.words[index]) { return true }
        if start < view.count, view.words[start] == "to", view.tag(index) == .verb, StanceExtractor.vanishingInfinitives.contains(view.tags[index].lemma) { return true }
        if endsOfItself(after: start, in: view) { return true }
        return cues.cues(in: view.words, at: index).contains { $0.isVerb && $0.cueClass == .oppose } && start < view.count && view.words[start] == "to"
    }

    /// Whether "to" at `start` opens an ending with no object of its own: "(wants the ban) to
    /// end", "to stop now", "to come to an end" ("a plan to cut staff" ends no plan).
    func endsOfItself(after start: Int, in view: SentenceView) -> Bool {
        guard start + 1 < view.count, view.words[start] == "to" else { return false }
        let verb = start + 1
        if verb + 3 < view.count, ["come", "be", "brought"].contains(view.words[verb]), view.words[verb + 1] == "to",
           ["an", "a"].contains(view.words[verb + 2]), ["end", "halt", "close", "stop"].contains(view.words[verb + 3]) { return true }
        guard view.tag(verb) == .verb, ["end", "stop", "cease", "disappear", "vanish", "die"].contains(view.tags[verb].lemma) else { return false }
        let next = verb + 1 < view.count ? view.words[verb + 1] : "."
        return [".", ",", ";", ":", "and", "but", "now", "soon", "immediately", "by", "in", "at", "before", "after", "altogether"].contains(next) || QuoteMarks.isDouble(next)
    }

    /// "The plan drew opposition from Labour": the issue that opens the clause, for a nominal
    /// cue whose owners come after it.
    func subjectIssue(before end: Int, in view: SentenceView) -> Object? {
        var index = 0
        // "Mr Blair came under fire from Labour MPs": the actor the clause is about is the target.
        if let group = view.coordinatedGroup(startingAt: 0), group.end < view.count, [.verb, .auxiliary, .modal].contains(view.tag(group.end) ?? .punctuation) {
            return Object(target: .actors(group.actors), multiplier: 1, negations: 0, rules: ["clause-subject"])
        }
        while index < end, index < 8 {
            if view.tag(index) == .verb || view.tag(index) == .auxiliary { return nil }
            if let head = issueHead(at: index, in: view) {
                let compound = compoundHead(from: index, head: head, in: view)
                let (mention, sign) = resolvedMention(head: compound.head, at: compound.at, in: view)
                return Object(target: .issues([(mention, sign)]), multiplier: 1, negations: 0, rules: ["clause-subject"])
            }
            index += 1
        }
        return nil
    }

    /// "wants the rebate scrapped", "the curfew to be ended", "that the blockade be lifted",
    /// "membership of the Council blocked": an undoing participle ends the object's clause.
    func undone(after start: Int, in view: SentenceView) -> Bool {
        var index = start
        var steps = 0
        while index < view.count, steps < 8 {
            let word = view.words[index]
            // "in favour of these terms disappearing": the object going away.
            if steps == 0, ["disappearing", "vanishing", "dying"].contains(word) { return true }
            if StanceExtractor.isUndoingParticiple(word), index == 0 || view.words[index - 1] != "to" {
                let next = index + 1 < view.count ? view.words[index + 1] : "."
                return steps == 0 || ["be", "been", "to"].contains(view.words[index - 1]) || [".", ",", ";", "before", "by", "as", "immediately", "now", "at", "and", "in", "within"].contains(next)
            }
            // "to have the Act ruled invalid", "wants the ban declared unlawful": voided by a court.
            if ["ruled", "declared", "found"].contains(word), index + 1 < view.count, StanceExtractor.voidingAdjectives.contains(view.words[index + 1]) { return true }
            if StanceExtractor.clauseStops.contains(word) || word == "," || (cues.cues(in: view.words, at: index).contains(where: \.isVerb) && !["be", "to"].contains(word)) { return false }
            index += 1
            steps += 1
        }
        return false
    }

    /// Whether the object is held down by the verb before it or a participle after it: "bring the
    /// deficit under control", "bring down taxes", "wants taxes brought down".
    func isHeldDown(after end: Int, objectAt start: Int, from cue: Int, in view: SentenceView) -> Bool {
        // The verb nearest before the object, the cue's own or one it runs into ("wants to keep").
        if let verb = (cue..<start).last(where: { view.tag($0) == .verb }), StanceExtractor.holdingLemmas.contains(view.tags[verb].lemma), verb + 1 < view.count {
            if view.words[verb + 1] == "down" || startsLimitingPhrase(at: end, in: view) { return true }
        }
        return end + 1 < view.count && StanceExtractor.holdingParticiples.contains(view.words[end]) && startsLimitingPhrase(at: end + 1, in: view)
    }

    /// Verbs that, with "down", "under control", "in check" or "at bay", hold their object down.
    static let holdingLemmas: Set<String> = ["bring", "keep", "get", "hold", "push", "drive", "force", "pull", "vote"]
    /// Their participles: "wants taxes brought down".
    static let holdingParticiples: Set<String> = ["brought", "kept", "got", "held", "pushed", "driven", "forced", "pulled", "voted"]

    /// Whether the noun at `index` names talk rather than a measure: "talk of splits",
    /// "differences"; "idea" or "notion" when a clause, not "of", follows.
    func isClaimNoun(at index: Int, in view: SentenceView) -> Bool {
        let word = view.words[index]
        if ["idea", "notion"].contains(word) { return index + 1 < view.count && view.words[index + 1] != "of" && view.tag(index + 1) != .noun }
        return StanceExtractor.hearsayNouns.contains(word)
    }

    /// Talk that is denied or played down without naming a claim a coder would code: "dismissed
    /// talk of splits", "played down differences" ("rejected the allegation that ..." is coded
    /// as opposition to the allegation, and stays).
    static let hearsayNouns: Set<String> = ["talk", "difference", "differences", "gossip", "whispers", "impression"]

    /// What a court finds a law or a decision when it strikes it down.
    static let voidingAdjectives: Set<String> = ["invalid", "illegal", "unlawful", "void", "unconstitutional", "null"]
}
