extension StanceExtractor {
    /// Nouns for people who speak for the actor named before them: "Benin officials", "a Vodafone spokesman".
    static let spokespeople: Set<String> = ["officials", "official", "ministers", "minister", "spokesman", "spokeswoman", "spokesperson", "sources", "source", "executives", "bosses", "chiefs", "leaders", "negotiators", "diplomats", "lawyers", "authorities", "government", "mps", "meps", "board", "management", "team", "representatives", "aides", "officers", "directors", "insiders"]

    /// Words before "for" that make the actor after it whom a poll or study was done for.
    static let commissionWords: Set<String> = ["polled", "surveyed", "questioned", "interviewed", "commissioned", "conducted", "out", "poll", "survey", "study", "research"]

    /// Words skipped between a subject and its verb: "has long favoured", "both endorsed".
    static let holderSkips: Set<String> = ["be", "been", "being", "long", "both", "all", "each", "too", "also", "just", "even", "often", "still", "already", "again", "now", "then", "since", "ever", "further", "thus", "therefore", "meanwhile", "would", "could", "might", "remain", "remains", "remained"]

    /// The actors holding the cue at `hit`: the clause subject (coordinated subjects give each
    /// actor the stance), a relative pronoun's antecedent, co-holders in "with the backing of",
    /// a possessor ("Ruritania's call for"), an apposition's head ("X, a critic of Y,"), or for an
    /// infinitive the subject of its clause. Nil when none is certain, or the clause is a
    /// question or a condition.
    func findHolders(for hit: CueHit, in view: SentenceView, hits: [CueHit]) -> Holders? {
        if isHypothetical(before: hit.start, in: view) { return nil }
        // "Unilever could launch the products": a possibility, not a position.
        if hit.form.isVerb, hit.start > 0, ["could", "might", "may"].contains(view.words[hit.start - 1]) { return nil }
        // "is expected to keep rates on hold", "may be able to cancel debts": foreseen, not held.
        if hit.form.isVerb, isForeseen(infinitiveAt: hit.start, in: view) { return nil }
        // "he was suspended", "the plan has been criticised": the subject of a passive is what the
        // stance is about, not who holds it (a by-phrase, when there is one, is found elsewhere).
        if hit.form.isVerb, isPassive(hit, in: view) { return nil }
        // "came under fire from Labour MPs", "opposition from the unions": the owners named after
        // the cue hold it, not the clause's subject.
        if !hit.form.isVerb, let last = hit.form.words.last, ["from", "by"].contains(last) {
            return nominalOwners(after: hit, in: view)
        }
        // "Ruritania's call for a ceasefire", "its opposition to": after a possessive, even a verb form is a noun.
        // (An owner that is only reacted to holds nothing, and nobody else in the clause does.)
        if let possessor = possessiveHolder(before: hit.start, in: view, nominal: !hit.form.isVerb) { return possessor.actors.isEmpty ? nil : possessor }
        // "has no intention of raising taxes": an intent denied negates what it would do.
        if hit.form.isGerund, hit.start >= 3, view.words[hit.start - 1] == "of", StanceExtractor.intentNouns.contains(view.words[hit.start - 2]),
           view.words[hit.start - 3] == "no", let subject = clauseSubject(before: hit.start - 3, in: view) {
            return Holders(actors: subject.actors, negations: 1, doubted: false, rule: "infinitive-subject", firstToken: subject.start)
        }
        // "Groups challenging the plans include Labour and the Greens": a participle that describes
        // a plural noun, whose members the verb "include" then names.
        if hit.form.isGerund, hit.start > 0, view.tag(hit.start - 1) == .noun, view.words[hit.start - 1].hasSuffix("s"), !view.isInsideSpan(hit.start - 1),
           let owners = nominalOwners(after: hit, in: view), owners.firstToken > 0, ["include", "includes", "included"].contains(view.words[owners.firstToken - 1]) {
            return owners
        }
        // "praised Sylvania for backing the plan": what the actor is praised or blamed for doing is
        // its stance; "accused Sylvania of wanting war" is only the accuser's claim (codebook).
        if hit.form.isGerund, hit.start >= 2, view.words[hit.start - 1] == "of" { return nil }
        // ("has been criticised by the SNP for encouraging ...": the by-phrase criticises; the
        // passive's subject did the act.)
        if hit.form.isGerund, hit.start >= 2, view.words[hit.start - 1] == "for",
           let group = view.coordinatedGroup(endingAt: hit.start - 2), group.start == 0 || view.words[group.start - 1] != "by" {
            return Holders(actors: group.actors, negations: 0, doubted: false, rule: "gerund-object", firstToken: group.start)
        }
        // "quit the party after criticising UKIP", "by backing the plan": a gerund after a
        // preposition of time or means shares the clause's subject ("without" negates it).
        if hit.form.isGerund, hit.start >= 1, StanceExtractor.gerundPrepositions.contains(view.words[hit.start - 1]),
           let subject = clauseSubject(before: hit.start - 1, in: view) {
            return Holders(actors: subject.actors, negations: view.words[hit.start - 1] == "without" ? 1 : 0, doubted: false,
                           rule: "gerund-subject", firstToken: subject.start)
        }
        // "Michael Howard has written to Tony Blair demanding an explanation": a participle after
        // a prepositional object belongs to the clause's subject, not to the object.
        // ("with the Tories pledging", "of America agreeing": after these the actor is the
        // participle's own subject.)
        if hit.form.isGerund, hit.start >= 1, let group = view.coordinatedGroup(endingAt: hit.start - 1),
           case let preposition = wordBefore(actorAt: group.start, in: view), preposition >= 1, ["to", "at", "into", "towards", "on"].contains(view.words[preposition]) {
            var verbEnd = preposition - 1
            while verbEnd >= 0, group.start - verbEnd <= 6, [.verb, .auxiliary, .adverb].contains(view.tag(verbEnd) ?? .punctuation) { verbEnd -= 1 }
            guard verbEnd >= 0, view.tag(preposition - 1) == .verb, let subject = view.coordinatedGroup(endingAt: verbEnd), !isInsideLargerSubject(startingAt: subject.start, in: view) else { return nil }
            return Holders(actors: subject.actors, negations: 0, doubted: false, rule: "gerund-subject", firstToken: subject.start)
        }
        var index = hit.start - 1
        var negations = 0
        var coHolders: [String] = []
        var passedInfinitive = false
        var rule = "subject"
        var skippedNominalWords = 0
        // "France must drop the levy," said X: what an actor must or has to do is said of it by
        // someone else, not its own position ("we must" in a quote is the speaker's, and stays).
        var obliged = false
        while index >= 0 {
            let word = view.words[index]
            if ["must", "should", "mustn't", "shouldn't", "ought"].contains(word)
                || (word == "to" && index > 0 && ["has", "have", "had", "ought", "need", "needs"].contains(view.words[index - 1])) {
                obliged = true
            }
            if let group = view.coordinatedGroup(endingAt: index) {
                if obliged, !["we", "i"].contains(view.words[group.start]) { return nil }
                // "those polled for the Sunday Times said", "a survey carried out for the BBC found":
                // whom a poll was done for is not who answered it.
                if group.start >= 2, view.words[group.start - 1] == "for", StanceExtractor.commissionWords.contains(view.words[group.start - 2]) { return nil }
                // "urged Freedonia to sign": the actor is the object of another verb, which owns the stance.
                if passedInfinitive, group.start > 0, controlsObject(endingAt: group.start - 1, in: view, hits: hits) { return nil }
                // "called for Ruritania to scrap the levy": the act is wanted of the actor, not its own.
                if passedInfinitive, group.start > 0, view.words[group.start - 1] == "for" { return nil }
                // "a delegation visited Ms Essex to lobby for funds", "children arrived in the UK to
                // seek asylum": an object before the infinitive, or an actor inside a prepositional
                // phrase, is not who wants what the infinitive says.
                if passedInfinitive, group.start > 0, view.tag(group.start - 1) == .verb || isPrepositionalObject(startingAt: group.start, in: view) { return nil }
                // "a close associate of X told a court", "two-thirds of Britons support", "the top
                // Catholic in England backed", "the unions meeting Mr Prescott want": the actor sits
                // inside a larger subject, which holds the stance.
                if isInsideLargerSubject(startingAt: group.start, in: view) { return nil }
                // "the prospect of Fosters launching a bid", "fears of Sylvania backing it": what
                // might happen is no one's position.
                if hit.form.isGerund, group.start >= 2, view.words[group.start - 1] == "of",
                   StanceExtractor.prospectNouns.contains(view.words[group.start - 2]) { return nil }
                if group.start > 0, view.words[group.start - 1] == "neither" { negations += 1 }
                // "Nor will we agree to the targets": an inverted negative clause.
                let opening = view.tokens.first(where: \.isWord)?.lowercased
                if opening == "nor" || (opening == "neither" && !view.words.contains("nor")) { negations += 1 }
                // "Sullivan claims that Ebbers refused to stop the fraud": the claim is Sullivan's,
                // not a stance of Ebbers's.
                if isReportedClaim(before: group.start, in: view, act: isDoneAct(hit, in: view)) { return nil }
                // "a test of how firmly the government is prepared to ...", "asked whether Britain
                // would back it": an embedded question asserts nothing.
                if isEmbeddedQuestion(before: group.start, in: view) { return nil }
                // "investigated by the Liberian authorities and the IMF has called for": a singular
                // verb agrees with the last name only; the "and" joined two clauses, not two subjects.
                var actors = group.actors
                if actors.count > 1, index + 1 < view.count, ["has", "is", "was", "does"].contains(view.words[index + 1]), let last = actors.last {
                    actors = [last]
                }
                // "Lisa Power, head of policy at the Terrence Higgins Trust said": the named person
                // an unclosed apposition describes speaks, not the body named inside it.
                if hit.form.cueClass == .report, let person = appositionHead(before: group.start, in: view) { actors = [person] }
                // "Yukos' US lawyers will attempt": the people are the possessor's; the name between
                // says where they are.
                if index + 1 < view.count, StanceExtractor.spokespeople.contains(view.words[index + 1]), group.start >= 2,
                   ["'s", "'"].contains(view.words[group.start - 1]), let owner = view.spans(endingAt: group.start - 2).first {
                    actors = [owner.actor]
                }
                return Holders(actors: (actors + coHolders).uniqued(), negations: negations, doubted: isDoubted(before: group.start, in: view),
                               rule: coHolders.isEmpty ? (actors.count > 1 ? "coordinated-subject" : rule) : "subject+backing", firstToken: group.start)
            }
            if !hit.form.isVerb, StanceExtractor.receivingVerbs.contains(word) {
                // "Deutsche Boerse could face opposition to a bid", "the plan drew criticism from
                // Labour": the subject is the target; the owners, if named, come after.
                return nominalOwners(after: hit, in: view)
            }
            if cues.negators.contains(word) {
                negations += 1
            } else if QuoteMarks.isDouble(word), isScareQuote(at: index, in: view) {
                // 'Richard Thomas "totally condemned" the deletion': a word or two quoted from the holder.
            } else if StanceExtractor.spokespeople.contains(word), index > 0, !view.spans(endingAt: index - 1).isEmpty {
                // "Benin officials agreed", "a Vodafone spokesman said": they speak for the actor before them.
            } else if StanceExtractor.spokespeople.contains(word), let portfolio = portfolioWords(before: index, in: view) {
                // "G7 finance ministers backed", "EU foreign ministers agreed": a portfolio between the actor and its people.
                index -= portfolio
            } else if word == "longer", index > 0, view.words[index - 1] == "no" {
                negations += 1
                index -= 1
            } else if word == "to" {
                // "was a major barrier to fighting poverty": "to" before a gerund is a preposition,
                // and what it governs is no act of the subject's.
                if index == hit.start - 1, view.words[hit.start].hasSuffix("ing") { return nil }
                // "any move to lift the sanctions": the infinitive belongs to the noun, not to a subject.
                if index > 0, view.tag(index - 1) != .verb, cues.containerNouns.contains(view.words[index - 1]) || cues.proposalNouns.contains(view.words[index - 1]) { return nil }
                // "refusing to obey a government order to stop construction": an order, a request or
                // a right takes the infinitive; its act is not the subject's.
                if index > 0, StanceExtractor.infinitiveComplementNouns.contains(view.words[index - 1]) { return nil }
                // "Blair's refusal to accept", "is reluctant to back": the word negates the infinitive.
                if index > 0, cues.negatingWords.contains(view.words[index - 1]) { negations += 1 }
                // "has no desire to offer more concessions", "has no plans to raise taxes": an
                // intent denied with "no" negates what it would do.
                // (The intent may be quoted: 'has "no desire" to offer'.)
                var intent = index - 1
                if intent > 0, QuoteMarks.isDouble(view.words[intent]) { intent -= 1 }
                var denial = intent - 1
                if denial > 0, QuoteMarks.isDouble(view.words[denial]) { denial -= 1 }
                if denial >= 0, StanceExtractor.intentNouns.contains(view.words[intent]), view.words[denial] == "no" { negations += 1 }
                passedInfinitive = true
            } else if ActorRecognizer.auxiliaries.contains(word) || StanceExtractor.controlVerbs.contains(word) || StanceExtractor.holderSkips.contains(word)
                        || (word.hasSuffix("ly") && word.count > 3) {
                // skip
            } else if !hit.form.isVerb, index + 1 < view.count, StanceExtractor.deliveryVerbs.contains(view.tags[index].lemma), view.tag(index) == .verb {
                // "launched an attack on", "voiced support for": the verb delivers the nominal stance.
            } else if !hit.form.isVerb, skippedNominalWords < 3, StanceExtractor.determiners.contains(word) || isPlainWord(at: index, in: view, hits: hits) {
                // "is a staunch supporter of": determiners and adjectives before a nominal cue.
                skippedNominalWords += 1
            } else if hits.contains(where: { $0.start <= index && index < $0.end && $0.form.isVerb && $0.form.cueClass != .report }) && passedInfinitive {
                // "vowed to block": the outer cue owns the stance; it chains through findObject.
                return nil
            } else if word == "and" || word == "but" {
                // "Tony Blair said Labour would act and attacked the plans": a second verb in the
                // past shares the subject of the nearest reporting verb in the past before it.
                if let report = reportingVerb(before: index, sameTenseAs: hit, in: view) {
                    // ("The premier insisted Mr Brown will have a key role, and praised ...": the
                    // speaker is no actor here, and Mr Brown is not the subject.)
                    guard let shared = subject(ofVerbAt: report, in: view) else { return nil }
                    return Holders(actors: shared.actors, negations: negations, doubted: isDoubted(before: shared.start, in: view), rule: "shared-subject", firstToken: index)
                }
                // "Cairo accuses X and demands Y": the second verb shares the first one's subject.
                if let subject = clauseSubject(before: index, in: view) {
                    return Holders(actors: subject.actors, negations: negations, doubted: isDoubted(before: subject.start, in: view), rule: "shared-subject", firstToken: index)
                }
                return nil
            } else if word == "," {
                // "Pavel Łęcki, a champion of the pension reform,": the apposition's head holds it.
                // ("According to Reuters, they plan to ...": a prepositional object is no head.)
                if !hit.form.isVerb, index > 0, let group = view.coordinatedGroup(endingAt: index - 1), !isPrepositionalObject(startingAt: group.start, in: view) {
                    return Holders(actors: group.actors, negations: negations, doubted: false, rule: "apposition", firstToken: group.start)
                }
                // "The culture secretary, Tessa Jowell, has hit out at": a full name between commas
                // after a common noun names the subject that noun describes.
                if let named = view.spans(endingAt: index - 1).first(where: { $0.via == .name && $0.tokens.count >= 2 }), named.tokens.lowerBound >= 2,
                   view.words[named.tokens.lowerBound - 1] == ",", [.noun, .properNoun].contains(view.tag(named.tokens.lowerBound - 2)), !view.isInsideSpan(named.tokens.lowerBound - 2) {
                    return Holders(actors: [named.actor], negations: negations, doubted: false, rule: "apposition", firstToken: named.tokens.lowerBound)
                }
                // "Both candidates, George Bush and John Kerry, pledged": names joined between commas
                // after a plural common noun are the subjects it describes.
                // ("Opponents, among them Germany and France, reject", "critics, including the
                // Tories, say": the same, after a word that introduces members.)
                if index > 0, let group = view.coordinatedGroup(endingAt: index - 1) {
                    let introduction = StanceExtractor.memberIntroductions.first { group.start >= $0.count && Array(view.words[(group.start - $0.count)..<group.start]) == $0 }
                    let comma = group.start - 1 - (introduction?.count ?? 0)
                    if group.actors.count > 1 || introduction != nil, comma >= 1, view.words[comma] == ",",
                       view.tag(comma - 1) == .noun, view.words[comma - 1].hasSuffix("s"), !view.isInsideSpan(comma - 1) {
                        return Holders(actors: group.actors, negations: negations, doubted: false, rule: "apposition", firstToken: group.start)
                    }
                }
                guard let opening = parentheticalStart(endingBefore: index, in: view) else { break }
                // "the chairman of Migration Watch UK, Sir Andrew Green, said": a name alone between
                // the commas is the subject the role before it describes.
                if let named = view.spans(endingAt: index - 1).first(where: { $0.via == .name && $0.tokens.count >= 2 }),
                   named.tokens.lowerBound == opening + 1 || (named.tokens.lowerBound == opening + 2 && view.words[opening + 1] == "the") {
                    return Holders(actors: [named.actor], negations: negations, doubted: false, rule: "apposition", firstToken: named.tokens.lowerBound)
                }
                coHolders += backingActors(in: view, from: opening + 1, to: index)
                if !coHolders.isEmpty { rule = "subject+backing" }
                index = opening - 1
                continue
            } else if StanceExtractor.relativePronouns.contains(word) || word == "whose" {
                var antecedentEnd = index - 1
                if antecedentEnd >= 0, view.words[antecedentEnd] == "," { antecedentEnd -= 1 }
                if antecedentEnd >= 0, let group = view.coordinatedGroup(endingAt: antecedentEnd),
                   !isInsideLargerSubject(startingAt: group.start, in: view) {
                    return Holders(actors: group.actors, negations: negations, doubted: false, rule: "relative-clause", firstToken: index)
                }
                return nil
            } else {
                break
            }
            index -= 1
        }
        if passedInfinitive, let subject = clauseSubject(before: hit.start, in: view), !isPassiveClause(from: subject.start, to: hit.start, in: view),
           !hasObjectBeforeInfinitive(from: subject.start, to: hit.start, in: view),
           !isReportedClaim(before: subject.start, in: view) {  // "claimed Yukos had manufactured a case to stop the sale"
            return Holders(actors: subject.actors, negations: negations, doubted: isDoubted(before: subject.start, in: view), rule: "infinitive-subject", firstToken: subject.start)
        }
        if !hit.form.isVerb, let owners = nominalOwners(after: hit, in: view) { return owners }
        return nil
    }

    /// "resistance from Paris and Berlin to the plan", "criticism of the levy by the unions",
    /// "opponents, among them Labour and the Greens", "supporters of the bill include the unions":
    /// who holds a nominal cue named after it.
    func nominalOwners(after hit: CueHit, in view: SentenceView) -> Holders? {
        // "opposition from Labour": the cue ends with its owners' preposition.
        if let last = hit.form.words.last, ["from", "by"].contains(last), let group = view.coordinatedGroup(startingAt: hit.end) {
            // "the decision by India and Pakistan to open a bus link": an intent's owners, then its
            // act ("the decision by the court that ...", "a decision by the Paris Club of creditor
            // nations" name no act of the owners' right after them).
            if StanceExtractor.ownedIntentNouns.contains(hit.form.words.first ?? ""), !(group.end < view.count && view.words[group.end] == "to") { return nil }
            return Holders(actors: group.actors, negations: 0, doubted: false, rule: "nominal-owner", firstToken: hit.end)
        }
        var index = hit.end
        while index < view.count, index - hit.end < 12 {
            let word = view.words[index]
            // "Opponents of the plan include Labour and the Greens", "groups challenging it include ...".
            if ["include", "includes", "included"].contains(word), let group = view.coordinatedGroup(startingAt: index + 1) {
                return Holders(actors: group.actors, negations: 0, doubted: false, rule: "nominal-owner", firstToken: index + 1)
            }
            if [".", ";", ":"].contains(word) || view.tag(index) == .verb || view.tag(index) == .auxiliary || view.tag(index) == .modal { return nil }
            if ["from", "by", "including"].contains(word) || (word == "among" && index + 1 < view.count && view.words[index + 1] == "them") {
                let start = word == "among" ? index + 2 : index + 1
                if let group = view.coordinatedGroup(startingAt: start) {
                    return Holders(actors: group.actors, negations: 0, doubted: false, rule: "nominal-owner", firstToken: start)
                }
            }
            index += 1
        }
        return nil
    }

    /// Nouns of intent whose owners may follow "by": "the decision by X to ...".
    static let ownedIntentNouns: Set<String> = ["decision", "proposal", "proposals", "plan", "plans"]

    /// Verbs that report what someone else is said to do, which the codebook keeps apart from
    /// that someone's own stance.
    static let claimVerbs: Set<String> = ["claims", "claimed", "claim", "alleges", "alleged", "allege", "suggests", "suggested", "accuses", "accused", "reports", "reported", "believes", "believed", "thinks", "thought", "fears", "feared", "suspects", "suspected", "rumoured", "insists", "insisted", "argues", "argued",
                                           "claiming", "alleging", "suggesting", "accusing", "believing", "fearing", "suspecting", "insisting", "arguing"]

    /// Verbs that deny the clause after them: "denied (that) he was raising taxes".
    static let denialVerbs: Set<String> = ["denied", "denies", "deny", "denying"]

    /// Verbs whose past tense tells a thing done, which a report passes on as a fact: "said the
    /// Paris Club had agreed to a moratorium", "said Congress had approved the bill".
    static let actLemmas: Set<String> = ["agree to", "agree on", "sign", "approve", "ratify", "veto", "block", "adopt", "vote for", "vote against",
                                         "vote to", "decide to", "sign up to", "accept", "overturn", "throw out", "repeal"]

    /// Whether a cue is an act told in the past: "had agreed to", "approved", "has signed".
    func isDoneAct(_ hit: CueHit, in view: SentenceView) -> Bool {
        guard hit.form.isVerb, StanceExtractor.actLemmas.contains(hit.form.lemma) else { return false }
        let verb = view.words[hit.start]
        return verb.hasSuffix("ed") || ["threw", "thrown"].contains(verb)
            || (hit.start > 0 && ["had", "has", "have"].contains(view.words[hit.start - 1]))
    }

    /// Whether the clause starting at `start` is the content of a claim about its subject:
    /// "claims (that) X ...", "alleged X had ..." (an act told in the past, `act`, is passed on
    /// as a fact after a plain report).
    func isReportedClaim(before start: Int, in view: SentenceView, act: Bool = false) -> Bool {
        var index = start - 1
        // "claimed a Tory government would cut": an article before the name is no part of the
        // report's verb.
        if index >= 0, ["a", "an", "the"].contains(view.words[index]) { index -= 1 }
        if index >= 0, view.words[index] == "that" {
            index -= 1
            // "told the council that": the reporting verb before its listener.
            var probe = index
            while probe >= 0, index - probe < 4, !cues.isReportVerb(view.words[probe]), view.words[probe] != "," { probe -= 1 }
            if probe >= 0, cues.isReportVerb(view.words[probe]) { index = probe }
        }
        guard index >= 0 else { return false }
        // "pointed out that", "made clear that": a reporting phrase counts from its verb.
        if index > 0, cues.cues(in: view.words, at: index - 1).contains(where: { $0.cueClass == .report && $0.isVerb && $0.words.count == 2 }) { index -= 1 }
        // "X insisted it would ...", "X argued they were ...": a claim about oneself is a stance.
        let aboutOneself = !view.spans(startingAt: start).allSatisfy { $0.via != .pronoun }
        if StanceExtractor.claimVerbs.contains(view.words[index]) { return !aboutOneself }
        // "Mr Brown denied that he was increasing taxes": a clause denied is asserted by no one.
        if StanceExtractor.denialVerbs.contains(view.words[index]) { return true }
        // "I am pleased that Charles and Camilla have decided to ...": the feeling is the speaker's.
        if StanceExtractor.feelingAdjectives.contains(view.words[index]) { return !aboutOneself }
        // "Dr Gibbons said NHS staff wanted ...": what one actor says of another is the speaker's
        // account, not the other's stance (a speaker who is no actor may be the other's voice).
        // ("said the Paris Club had agreed to a moratorium": an act passed on as a fact is the actor's.)
        // (Any reporting verb or phrase that starts here, one word or two: "said", "pointed out".)
        guard cues.cues(in: view.words, at: index).contains(where: { $0.cueClass == .report && $0.isVerb }), !aboutOneself, !act else { return false }
        var subjectEnd = index - 1
        while subjectEnd >= 0, view.tag(subjectEnd) == .adverb || ActorRecognizer.auxiliaries.contains(view.words[subjectEnd]) { subjectEnd -= 1 }
        // "Michael Howard, who said Labour would raise taxes": the relative's antecedent speaks.
        if subjectEnd > 0, ["who", "which"].contains(view.words[subjectEnd]) {
            subjectEnd -= 1
            if subjectEnd > 0, view.words[subjectEnd] == "," { subjectEnd -= 1 }
        }
        // "Morvania, which backs the tariff, said": past the aside to its head.
        if subjectEnd > 0, view.words[subjectEnd] == ",", let opening = parentheticalStart(endingBefore: subjectEnd, in: view) { subjectEnd = opening - 1 }
        guard subjectEnd >= 0, let speaker = view.coordinatedGroup(endingAt: subjectEnd) else { return false }
        let reported = Set(view.spans(startingAt: start).map(\.actor))
        // "Jack Straw said the UK was prepared to veto ...": a minister tells his own country's
        // position, as a spokesman his firm's.
        let spokenFor = speaker.actors.compactMap { view.affiliations[$0] }
        return reported.isDisjoint(with: speaker.actors) && reported.isDisjoint(with: spokenFor)
    }

    /// Words that introduce the members of a plural noun in an apposition: "opponents, among
    /// them Germany and France,".
    static let memberIntroductions: [[String]] = [["among", "them"], ["including"], ["such", "as"], ["notably"]]

    /// "two-thirds of Britons", "most of the Tories", "half of Labour's MPs": a quantity of.
    /// The person named before an apposition that runs, unclosed, up to `start`: "Lisa Power,
    /// head of policy at Aids charity the Terrence Higgins Trust" gives Lisa Power. Only role
    /// words (no verb, no other clause) may lie between the comma and `start`.
    func appositionHead(before start: Int, in view: SentenceView) -> String? {
        var index = start - 1
        while index > 0, start - index <= 10 {
            let word = view.words[index]
            if word == "," {
                guard index < start - 1, let person = view.spans(endingAt: index - 1).first(where: { $0.via == .name && $0.tokens.count >= 2 }) else { return nil }
                return person.actor
            }
            if StanceExtractor.clauseStops.contains(word) || [.verb, .auxiliary, .modal, .pronoun].contains(view.tag(index) ?? .punctuation) || !view.spans(endingAt: index).isEmpty {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Words for numbers and large amounts of people.
    static let numberWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
                                           "hundreds", "thousands", "millions", "several", "few", "many", "some"]

    func isPartitive(before start: Int, in view: SentenceView) -> Bool {
        // "some Labour MPs", "several Tory backbenchers", "rebel MPs": a share of a party's people
        // is not the party.
        if start >= 1, ["some", "several", "many", "few", "rebel", "dissident", "dozens", "scores", "two", "three", "four", "five"].contains(view.words[start - 1])
            || view.tokens[start - 1].kind == .number,  // "some 32 Labour MPs"
           let span = view.spans(startingAt: start).max(by: { $0.tokens.count < $1.tokens.count }), span.tokens.count >= 2,
           ActorRecognizer.partyMemberNouns.contains(view.words[span.tokens.upperBound - 1]) {
            return true
        }
        // "six unnamed Roma Czechs refused entry": a number of a country's people are people, not the state.
        if let span = view.spans(startingAt: start).first, span.via == .demonym {
            // "ordinary Americans", "low and middle-income Americans": a kind of a people, not its state.
            if start >= 1, view.tag(start - 1) == .adjective || (start >= 2 && view.words[start - 2] == "-") { return true }
            var index = start - 1
            while index >= 0, start - index <= 3, view.tag(index) != .verb, !StanceExtractor.clauseStops.contains(view.words[index]), view.words[index] != "," {
                if view.tokens[index].kind == .number || StanceExtractor.numberWords.contains(view.words[index]) { return true }
                index -= 1
            }
        }
        // "less than half the UK wants": a share of a country is its people ("half the", "all the").
        // (The span may hold the article itself: "the UK".)
        let article = view.words[start] == "the" ? start : start - 1
        if article >= 1, view.words[article] == "the", ["half", "all", "most"].contains(view.words[article - 1]) { return true }
        guard start >= 2, view.words[start - 1] == "of" else { return false }
        let quantity = view.words[start - 2]
        return view.tokens[start - 2].kind == .number || quantity == "%" || quantity.hasSuffix("thirds") || quantity.hasSuffix("quarters")
            || ["half", "most", "many", "some", "few", "majority", "minority", "third", "quarter", "all", "none", "one", "two", "three", "both"].contains(quantity)
    }

    /// "Tony Blair is being urged to use ...", "had been selected to fight": a passive verb between
    /// a subject and an infinitive makes the subject the one acted on, not the infinitive's holder.
    func isPassiveClause(from start: Int, to end: Int, in view: SentenceView) -> Bool {
        var index = start
        while index + 1 < end {
            if ["is", "was", "are", "were", "be", "been", "being"].contains(view.words[index]) {
                var next = index + 1
                while next < end, view.tag(next) == .adverb || view.tag(next) == .negation || ["being", "been"].contains(view.words[next]) { next += 1 }
                if next < end, view.tag(next) == .verb, view.tags[next].inflection == .past { return true }
            }
            index += 1
        }
        return false
    }

    /// Adjectives of feeling whose "that" clause is what the feeling is about.
    static let feelingAdjectives: Set<String> = ["pleased", "glad", "happy", "delighted", "sorry", "sad", "disappointed", "concerned", "worried", "surprised", "proud", "relieved", "angry", "upset", "confident", "sure", "clear", "certain", "aware",
                                                 "surprising", "unsurprising", "obvious", "possible", "likely", "unlikely", "true", "inevitable", "understandable", "striking", "ironic"]

    /// The particles of phrasal verbs that make a passive with "be": "ruled out", "called off".
    static let passiveParticles: Set<String> = ["out", "off", "down", "up", "back", "aside", "away"]

    /// Whether a participle cue is passive: a form of "be" before it ("was suspended", "has
    /// been criticised", "is not backed").
    func isPassive(_ hit: CueHit, in view: SentenceView) -> Bool {
        // (A phrasal verb too: "was ruled out", "has been called off"; "is opposed to" is no passive.)
        guard hit.form.isParticiple, hit.form.words.count == 1 || hit.form.words.count == 2 && StanceExtractor.passiveParticles.contains(hit.form.words[hit.form.words.startIndex + 1]) else { return false }
        var index = hit.start - 1
        while index >= 0, cues.negators.contains(view.words[index]) || view.tag(index) == .adverb || ["also", "already", "now", "widely", "since"].contains(view.words[index]) {
            index -= 1
        }
        guard index >= 0 else { return false }
        return ["is", "was", "are", "were", "be", "been", "being", "'s", "isn't", "wasn't", "aren't", "weren't"].contains(view.words[index])
    }

    /// The actor group right before the verb at `verb`, past adverbs and auxiliaries: "X said".
    func subject(ofVerbAt verb: Int, in view: SentenceView) -> (actors: [String], start: Int)? {
        var end = verb - 1
        while end >= 0, view.tag(end) == .adverb || ActorRecognizer.auxiliaries.contains(view.words[end]) { end -= 1 }
        guard end >= 0 else { return nil }
        return view.coordinatedGroup(endingAt: end)
    }

    /// The reporting verb nearest before `conjunction` that a verb after "and"/"but" continues:
    /// in the tense of the verb at `hit`, finite or after its auxiliary ("X said Y would ... and
    /// attacked Z", "X has repeatedly said ... and dismissed"); nil when `hit` is no finite verb.
    func reportingVerb(before conjunction: Int, sameTenseAs hit: CueHit, in view: SentenceView) -> Int? {
        guard !view.tags.isEmpty, hit.start < view.tags.count, view.tags[hit.start].tag == .verb || hit.form.isVerb else { return nil }
        // ("and wants to unite it": a verb cue the tagger took for a plural noun keeps its tense.)
        var tense = view.tags[hit.start].inflection
        if view.tags[hit.start].tag != .verb { tense = view.words[hit.start].hasSuffix("ed") ? .past : view.words[hit.start].hasSuffix("s") ? .thirdPerson : tense }
        guard tense == .past || tense == .thirdPerson else { return nil }
        func isFinite(_ index: Int) -> Bool {
            guard view.tags[index].tag == .verb, view.tags[index].inflection == tense else { return false }
            var before = index - 1
            while before >= 0, view.tag(before) == .adverb || view.tag(before) == .negation { before -= 1 }
            return before < 0 || ![.modal, .auxiliary, .infinitiveTo, .determiner, .possessive].contains(view.tags[before].tag)
        }
        func followsAuxiliary(_ index: Int) -> Bool {
            index > 0 && (["has", "have", "had"].contains(view.words[index - 1]) || view.tag(index - 1) == .adverb)
        }
        return (0..<conjunction).reversed().first { index in
            cues.cues(in: view.words, at: index).contains { $0.cueClass == .report && $0.isVerb }
                && (isFinite(index) || view.tags[index].tag == .verb && view.tags[index].inflection == .past && followsAuxiliary(index))
        }
    }

    /// A lower-case word that is no verb we know: an adjective such as "staunch", "fierce".
    private func isPlainWord(at index: Int, in view: SentenceView, hits: [CueHit]) -> Bool {
        let token = view.tokens[index]
        guard token.isWord, !token.isCapitalized, !view.isInsideSpan(index) else { return false }
        return !hits.contains { $0.start <= index && index < $0.end } && !Coreference.prepositions.contains(token.lowercased)
            && !ActorRecognizer.auxiliaries.contains(token.lowercased)
    }

    /// "Ruritania's call for", "its opposition to", "Freedonia's opposition": the possessor.
    private func possessiveHolder(before start: Int, in view: SentenceView, nominal: Bool) -> Holders? {
        var index = start - 1
        var steps = 0
        while nominal, index >= 0, steps < 3, isModifier(view.words[index]) {
            index -= 1
            steps += 1
        }
        guard index >= 0 else { return nil }
        if view.words[index] == "'s", index > 0, let group = view.coordinatedGroup(endingAt: index - 1) {
            if isReactedTo(group.start, in: view) { return Holders(actors: [], negations: 0, doubted: false, rule: "possessive", firstToken: group.start) }
            return Holders(actors: group.actors, negations: 0, doubted: false, rule: "possessive", firstToken: group.start)
        }
        // "the Tories' call for", "Tory proposals to", "US objections to": a plural possessive, or
        // an actor's name or adjective right before the noun.
        if view.words[index] == "'", index > 0, view.words[index - 1].hasSuffix("s"), let group = view.coordinatedGroup(endingAt: index - 1) {
            if isReactedTo(group.start, in: view) { return Holders(actors: [], negations: 0, doubted: false, rule: "possessive", firstToken: group.start) }
            return Holders(actors: group.actors, negations: 0, doubted: false, rule: "possessive", firstToken: group.start)
        }
        if nominal, let group = view.coordinatedGroup(endingAt: index), group.start == 0 || ["the", "a", ",", "of", "on", "with", "despite", "under", "after"].contains(view.words[group.start - 1])
            || view.tag(group.start - 1) == .verb || view.tag(group.start - 1) == .preposition {
            return Holders(actors: group.actors, negations: 0, doubted: false, rule: "possessive", firstToken: group.start)
        }
        if StanceExtractor.possessives.contains(view.words[index]), let span = view.spans(startingAt: index).first {
            return Holders(actors: [span.actor], negations: 0, doubted: false, rule: "possessive", firstToken: index)
        }
        if StanceExtractor.possessives.contains(view.words[index]), let subject = clauseSubject(before: index, in: view) {
            return Holders(actors: subject.actors, negations: 0, doubted: false, rule: "possessive", firstToken: subject.start)
        }
        // "The Conservatives announced their support for": the subject of the verb before "their".
        if StanceExtractor.possessives.contains(view.words[index]), index > 0, view.tag(index - 1) == .verb {
            var end = index - 2
            while end >= 0, view.tag(end) == .adverb || ActorRecognizer.auxiliaries.contains(view.words[end]) { end -= 1 }
            if end >= 0, let group = view.coordinatedGroup(endingAt: end) {
                return Holders(actors: group.actors, negations: 0, doubted: false, rule: "possessive", firstToken: group.start)
            }
        }
        return nil
    }

    /// Whether an owner's act is what someone reacts to: "shocked at the board's decision to clear
    /// the film", "anger over Germany's efforts": the owner is the target, not the holder (codebook).
    private func isReactedTo(_ ownerStart: Int, in view: SentenceView) -> Bool {
        var before = ownerStart - 1
        if before >= 0, view.words[before] == "the" { before -= 1 }
        return before >= 0 && ["at", "about", "over", "against"].contains(view.words[before])
    }

    private func isModifier(_ word: String) -> Bool {
        ["long-standing", "long-time", "firm", "strong", "fierce", "staunch", "outright", "continued", "open", "public", "repeated", "renewed", "total", "vocal"].contains(word)
    }

    /// Whether the verb right before an actor takes it as the object of an infinitive:
    /// "urged Freedonia to", "asked Kestria to", "persuaded Carvenia to".
    private func controlsObject(endingAt index: Int, in view: SentenceView, hits: [CueHit]) -> Bool {
        hits.contains { $0.end - 1 == index && (cues.objectControlLemmas.contains($0.form.lemma) || $0.form.isControlOnly) }
    }

    /// Questions, conditions and open questions: "Will Freedonia back the plan?", "If Ruritania
    /// backs the bill, ...", "Should Kestria reject the deal, ...", "whether Orlesia backs it".
    func isHypothetical(before position: Int, in view: SentenceView) -> Bool {
        if view.words.last == "?" { return true }
        var index = position - 1
        while index >= 0 {
            let word = view.words[index]
            if word == "," || word == ";" { break }
            if StanceExtractor.supposingWords.contains(word) { return true }
            // "did not mean that Libya had cut its ties": what is denied to follow is not stated.
            if ["mean", "means", "meant", "imply", "implies", "implied"].contains(word),
               view.words[max(0, index - 3)..<index].contains(where: { cues.negators.contains($0) || PartOfSpeechTagger.isNegativeContraction($0) }) {
                return true
            }
            index -= 1
        }
        // "Should Kestria reject the deal, ..." and other inverted openings before the first comma.
        if let first = view.words.first, ["should", "were", "had", "will", "would", "could", "can", "does", "do", "did", "is", "are"].contains(first),
           !view.words[..<position].contains(",") {
            return true
        }
        return false
    }

    /// Where a parenthetical that closes at the comma `close` opens: the comma before it, when
    /// what is between starts like an aside ("which ...", "with the backing of ...", "a ...").
    private func parentheticalStart(endingBefore close: Int, in view: SentenceView) -> Int? {
        var index = close - 1
        while index > 0, view.words[index] != "," {
            if StanceExtractor.clauseStops.contains(view.words[index]) { return nil }
            index -= 1
        }
        guard index > 0, view.words[index] == "," else { return nil }
        let first = view.words[index + 1]
        if StanceExtractor.asideStarters.contains(first) || first.hasSuffix("ly") { return index }
        // "Dr Richard Lewis, Welsh secretary of the BMA (BMA), welcomed": an apposition after a
        // name, with no verb of its own.
        let aside = (index + 1)..<close
        if !view.spans(endingAt: index - 1).isEmpty, aside.count <= 12,
           !aside.contains(where: { view.tag($0) == .verb && [.past, .thirdPerson].contains(view.tags[$0].inflection) || view.tag($0) == .auxiliary || view.tag($0) == .modal }) {
            return index
        }
        return nil
    }

    /// Actors inside "with the backing of A and B" / "backed by A" between two token positions.
    private func backingActors(in view: SentenceView, from start: Int, to end: Int) -> [String] {
        for marker in StanceExtractor.backingMarkers where start + marker.count < end {
            if Array(view.words[start..<(start + marker.count)]) == marker,
               let group = view.coordinatedGroup(startingAt: start + marker.count) {
                return group.actors
            }
        }
        return []
    }

    /// Whether the double quote at `index` opens or closes a quotation of one to four words with
    /// no punctuation inside, set in running text: 'said it was "misdirected"', '"totally condemned"'.
    func isScareQuote(at index: Int, in view: SentenceView) -> Bool {
        let isWordHere = { (position: Int) in view.tokens[position].isWord }
        var other = index + 1
        while other < view.count, other - index <= 5, isWordHere(other) { other += 1 }
        if other < view.count, other - index >= 2, other - index <= 5, QuoteMarks.isDouble(view.words[other]) { return index > 0 && isWordHere(index - 1) }
        other = index - 1
        while other >= 0, index - other <= 5, isWordHere(other) { other -= 1 }
        return other >= 1 && index - other >= 2 && index - other <= 5 && QuoteMarks.isDouble(view.words[other]) && isWordHere(other - 1)
    }

    /// How many words name a portfolio between an actor and its people ("G7 finance ministers",
    /// "EU trade officials"), read here as nouns or adjectives; nil when there is no such actor.
    func portfolioWords(before index: Int, in view: SentenceView) -> Int? {
        for count in 1...Portfolios.maxWords where index - count > 0 {
            let words = (index - count)..<index
            guard words.allSatisfy({ Portfolios.canBePart(view.tokens[$0]) && [.noun, .adjective].contains(view.tag($0)) }) else { return nil }
            if !view.spans(endingAt: index - count - 1).isEmpty { return count }
        }
        return nil
    }

    /// Pronouns that open a clause as its subject: "that it ...", "but they ...".
    static let subjectPronouns: Set<String> = ["it", "he", "she", "they", "we", "i"]

    /// Nouns of intent that "no" denies, so that the infinitive after them is negated: "no desire
    /// to", "no plans to".
    static let intentNouns: Set<String> = ["desire", "intention", "plan", "plans", "wish", "appetite", "inclination", "interest"]

    /// Words that open a clause of time or cause with its own subject: "when Mr Glazer went ahead".
    static let subordinators: Set<String> = ["when", "after", "before", "because", "while", "since", "until", "although", "though", "once", "whereas"]

    /// The first actor group of the clause that contains `position`, outside prepositional phrases.
    func clauseSubject(before position: Int, in view: SentenceView) -> (actors: [String], start: Int)? {
        var clauseStart = 0
        for index in stride(from: position - 1, through: 0, by: -1) {
            let word = view.words[index]
            let next = index + 1 < view.count ? view.words[index + 1] : ""
            let opensNounPhrase = !view.spans(startingAt: index + 1).isEmpty || StanceExtractor.subjectPronouns.contains(next)
            let isComplementizer = word == "that" && (next == "the" || opensNounPhrase)
            // "JPMorgan quit when Mr Glazer went ahead and voted against": the subordinate clause has a subject of its own.
            let opensSubordinate = StanceExtractor.subordinators.contains(word) && view.coordinatedGroup(startingAt: index + 1) != nil
            // "The government is cutting benefits, but the real solution is to cut wages": a "but"
            // before a new noun phrase opens a clause with its own subject.
            let opensContrast = word == "but" && (["the", "a", "an", "this", "that", "these"].contains(next) || opensNounPhrase)
            // "the Tories outlined their plans and the Lib Dems gave details of their proposals":
            // an "and" after a clause's object, before an actor and its verb, opens a clause.
            let opensConjoined = word == "and" && index > 0 && !view.isInsideSpan(index - 1) && view.coordinatedGroup(startingAt: index + 1).map { group in
                var verb = group.end
                while verb < view.count, view.tag(verb) == .adverb || ActorRecognizer.auxiliaries.contains(view.words[verb]) { verb += 1 }
                return verb < position && view.tag(verb) == .verb
            } == true
            if word == ";" || isComplementizer || opensSubordinate || opensContrast || opensConjoined || cues.cues(in: view.words, at: index).contains(where: { $0.cueClass == .report && $0.isVerb }) {
                // "attacked by people who think we ought to ...": what a relative clause's subject
                // thinks is theirs, and they are no actor here.
                if index > 0, ["who", "which"].contains(view.words[index - 1]), !isComplementizer, word != ";" { return nil }
                clauseStart = index + 1
                break
            }
        }
        var index = clauseStart
        var inPhrase = false
        while index < position {
            let word = view.words[index]
            if Coreference.prepositions.contains(word) { inPhrase = true }
            if word == "," { inPhrase = false }
            if !inPhrase, let group = view.coordinatedGroup(startingAt: index), !group.actors.isEmpty {
                // "News Corp investors voted to approve": the actor names whose people they are.
                if isPeopleOfActor(after: group.end, in: view) || isPossessorOfOthers(after: group.end, in: view) { return nil }
                return (group.actors, index)
            }
            // A subject comes before its verb: past the first verb, actors are objects.
            let isVerb = ActorRecognizer.auxiliaries.contains(word) && !["to", "not", "also", "still", "now"].contains(word) || view.tag(index) == .verb
                || cues.cues(in: view.words, at: index).contains(where: \.isVerb)
            if isVerb && !inPhrase { break }
            index += 1
        }
        return nil
    }

    /// "it is hard to see X agreeing": a doubt frame right before the holder, not negated
    /// ("it is not hard to see why X supports" is no doubt).
    func isDoubted(before start: Int, in view: SentenceView) -> Bool {
        guard start >= 1, ["see", "imagine", "envisage"].contains(view.words[start - 1]) else { return false }
        let window = Array(view.words[max(0, start - 6)..<start])
        guard let doubt = window.lastIndex(where: { StanceExtractor.doubtWords.contains($0) }) else { return false }
        return !(doubt > 0 && cues.negators.contains(window[doubt - 1]))
    }
}

extension StanceExtractor {
    /// Words that open an aside between a subject and its verb.
    static let asideStarters: Set<String> = ["which", "who", "whose", "with", "along", "together", "backed", "supported", "like", "as", "a", "an", "the", "for", "in", "after", "despite", "however", "meanwhile", "too", "also", "though", "according", "led"]
}
