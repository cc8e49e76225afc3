// Stances whose holder is not the subject of a cue: the speaker of a reported evaluation ("said
// the plan was reckless") and the by-phrase of a passive ("was backed by France").

extension StanceExtractor {
    // MARK: - Reported evaluations and passives

    /// "X said the plan was wrong": a reporting verb, an issue phrase, a copula and an evaluative predicate.
    func evaluativeStance(after hit: CueHit, in view: SentenceView, hits: [CueHit]) -> (mention: IssueMention, sign: Int, negations: Int, cueText: String, cueTokens: Range<Int>)? {
        var index = pastListener(of: hit, in: view)
        if index < view.count, view.words[index] == "that" { index += 1 }
        var headIndex: Int?
        var head: (text: String, length: Int)?
        // "said lifting the embargo would be irresponsible": judging the undoing of an issue is
        // the opposite judgement of the issue.
        var crossed = 1
        while index < view.count, index - hit.end < 8 {
            if let found = issueHead(at: index, in: view) {
                headIndex = index
                head = found
                break
            }
            if StanceExtractor.clauseStopsOutsideQuotes.contains(view.words[index]) { return nil }
            // "said that if the levy was unfair, ...", "asked whether it was fair": supposed or asked, not judged.
            if StanceExtractor.supposingWords.contains(view.words[index]) { return nil }
            if cues.cues(in: view.words, at: index).contains(where: { $0.isVerb && $0.cueClass == .oppose }) { crossed = -crossed }
            // "say they are not satisfied the mechanisms are robust": a denied conviction doubts the judgement.
            if isDeniedConviction(at: index, in: view) { crossed = -crossed }
            index += 1
        }
        guard let headIndex, let head else { return nil }
        var cursor = headIndex + head.length
        while cursor < view.count, cursor - headIndex < 8, !StanceExtractor.copulas.contains(view.words[cursor]) {
            if StanceExtractor.clauseStopsOutsideQuotes.contains(view.words[cursor]) { return nil }
            cursor += 1
        }
        guard cursor < view.count, StanceExtractor.copulas.contains(view.words[cursor]) else { return nil }
        // "told BBC Radio 4's Today programme it was unfair": the copula has a subject of its own.
        var subject = cursor - 1
        while subject > headIndex, [.modal, .adverb, .auxiliary].contains(view.tag(subject) ?? .punctuation) || cues.negators.contains(view.words[subject]) { subject -= 1 }
        if subject >= headIndex + head.length, view.words[subject] == "it" { return nil }
        cursor += 1
        var negations = 0
        while cursor < view.count, cues.negators.contains(view.words[cursor]) || view.words[cursor].hasSuffix("ly") || QuoteMarks.isOpening(view.words[cursor]) {
            if cues.negators.contains(view.words[cursor]) { negations += 1 }
            cursor += 1
        }
        guard cursor < view.count, let form = cues.cues(in: view.words, at: cursor).first(where: \.isEvaluative) else { return nil }
        let (mention, innerSign) = resolvedMention(head: head, at: headIndex, in: view)
        let sign = (form.cueClass == .support ? 1 : -1) * innerSign * crossed
        let tokens = cursor..<(cursor + form.words.count)
        return (mention, sign, negations, view.words[tokens].joined(separator: " "), tokens)
    }

    /// Words of being sure: denied ("not satisfied", "not convinced"), they doubt the clause after them.
    static let convictionWords: Set<String> = ["satisfied", "convinced", "sure", "persuaded", "certain", "confident"]

    /// Whether `index` is a conviction word right after a negator: "not convinced", "never sure".
    func isDeniedConviction(at index: Int, in view: SentenceView) -> Bool {
        index > 0 && StanceExtractor.convictionWords.contains(view.words[index]) && cues.negators.contains(view.words[index - 1])
    }

    /// "The plan was backed by France and opposed by Russia": the by-phrase holds the stance on
    /// the issue that is the clause subject.
    func passiveStances(in view: SentenceView, hits: [CueHit], kinds: [String: Actor], catalog: inout IssueCatalog, sentenceRange: Range<Int>)
        -> [FoundStance] {
        var result: [FoundStance] = []
        for hit in hits where hit.form.isParticiple && hit.form.cueClass != .report && hit.end < view.count && view.words[hit.end] == "by" {
            let holders = byPhraseActors(from: hit.end + 1, in: view)
            guard !holders.isEmpty else { continue }
            guard let (mention, innerSign, negations) = passiveSubject(before: hit.start, in: view),
                  !(hit.sign > 0 && StanceExtractor.namesAnHonour(mention.head)),  // "the award was presented by ..."
                  // ("the concerns raised by the Lords": only a level a policy sets is backed by raising it.)
                  !StanceExtractor.raisingLemmas.contains(hit.form.lemma) || StanceExtractor.namesPolicyLevel(mention.head),
                  let (issueIndex, frame) = catalog.add(mention) else { continue }
            let polarity = combine(sign: hit.sign * innerSign * frame, negations: negations, doubted: false)
            for actor in holders where kinds[actor] != nil {
                result.append((actor, .catalog(issueIndex), polarity, view.words[hit.start..<(hit.end + 1)].joined(separator: " "), hit.form.cueClass.rawValue, "passive-by", negations > 0,
                               Evidence(sentence: view.index, range: sentenceRange, cue: view.range(hit.start, hit.end - 1))))
            }
        }
        return result
    }

    /// The verb of a proposal noun's infinitive that takes the noun phrase at `noun` as object:
    /// "abolish" in "plans to abolish 162 quangos".
    private func proposalInfinitive(before noun: Int, in view: SentenceView) -> Int? {
        var verb = noun - 1
        while verb > 0, [.determiner, .number, .adjective, .noun, .possessive].contains(view.tag(verb) ?? .punctuation), noun - verb < 6 { verb -= 1 }
        guard verb >= 2, view.words[verb - 1] == "to", view.tag(verb) == .verb else { return nil }
        let proposal = view.words[verb - 2].lowercased()
        return cues.proposalNouns.contains(proposal) || cues.proposalNouns.contains(WordClasses.nounLemma(proposal)) ? verb : nil
    }

    /// The issue a passive participle is said of: the nearest issue noun before it within the
    /// clause, or a pronoun that refers back ("These have been criticised by ..."), with the
    /// negations met on the way. Nil when there is none, or when the passive is told as someone's
    /// claim.
    func passiveSubject(before participle: Int, in view: SentenceView) -> (mention: IssueMention, sign: Int, negations: Int)? {
        var index = participle - 1
        var negations = 0
        var found: (text: String, length: Int, at: Int)?
        var anaphoric = false
        var skipped = 0
        while index >= 0, participle - index - skipped <= 8 {
            // "The bill, which is in the Lords for its second reading, has been adopted by":
            // a relative clause between commas describes the subject; step over it.
            if view.words[index] == ",", found == nil,
               let opening = stride(from: index - 1, through: max(0, index - 20), by: -1).first(where: {
                   view.words[$0] == "," && $0 + 1 < index && ["which", "who", "whose"].contains(view.words[$0 + 1]) }),
               !view.words[(opening + 1)..<index].contains(where: { StanceExtractor.clauseStops.contains($0) }) {
                skipped += index - opening + 1
                index = opening - 1
                continue
            }
            if cues.negators.contains(view.words[index]) { negations += 1 }
            if StanceExtractor.clauseStops.contains(view.words[index]) || view.words[index] == "," && found != nil { break }
            if let head = issueHead(at: index, in: view) {
                found = (head.text, head.length, index)
                break
            }
            if ["these", "this", "it", "they"].contains(view.words[index]), index + 1 < view.count, [.auxiliary, .modal].contains(view.tag(index + 1) ?? .punctuation) {
                anaphoric = true
                break
            }
            index -= 1
        }
        let mention: IssueMention
        var innerSign = 1
        if let found {
            // "his statement about the legality of the war was drafted by ...": the issue noun
            // sits in a phrase after another noun, which heads the subject and names no issue.
            if isInsidePlainNounPhrase(found.at, in: view) { return nil }
            // "has denied his statement was drafted by Downing Street officials", "claims a
            // written answer was drafted by Downing Street": a passive told as someone's claim
            // is the teller's account, not the agent's stance.
            if isInsideClaim(found.at, in: view) || isReportedComplement(found.at, in: view) { return nil }
            (mention, innerSign) = resolvedMention(head: (found.text, found.length), at: found.at, in: view)
            // "Plans to abolish 162 quangos have been unveiled by": the plan heads the subject, and
            // what it would do to the nearer noun counts.
            if let verb = proposalInfinitive(before: found.at, in: view) {
                let undoes = cues.cues(in: view.words, at: verb).contains { $0.isVerb && ($0.cueClass == .oppose || $0.cueClass == .againstActor) }
                var planned = mention
                planned.isProposal = true
                planned.frame = undoes ? -1 : 1
                planned.planFrame = planned.frame
                return (planned, planned.frame, negations)
            }
        } else if anaphoric {
            var referring = IssueMention(head: "", distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
            referring.isAnaphoric = true
            mention = referring
        } else {
            return nil
        }
        return (mention, innerSign, negations)
    }

    /// Signs that open an amount of money: "by £2m", "by $1bn".
    static let currencySigns: Set<Character> = ["£", "$", "€", "¥"]

    /// Whether an amount starts at `index`: money ("£2m") or a number with its unit ("1.1%",
    /// "5 points"), not a count of things ("100 firms").
    func startsAmount(at index: Int, in view: SentenceView) -> Bool {
        guard index < view.count, let first = view.words[index].first else { return false }
        if StanceExtractor.currencySigns.contains(first) { return true }
        return first.isNumber && (view.words[index].hasSuffix("%")
            || (index + 1 < view.count && ["%", "percent", "per", "pc", "points", "point", "pence", "p"].contains(view.words[index + 1])))
    }

    /// The actors a by-phrase names: "by the Conservatives", "by human rights groups and the
    /// Tories", "by road safety campaigners, including Labour MP Jo Bell", up to the clause's end.
    func byPhraseActors(from start: Int, in view: SentenceView) -> [String] {
        var actors: [String] = []
        var index = start
        // "increased by 1.1% in December, the Halifax said": an amount after "by" is no agent.
        if startsAmount(at: index, in: view) { return [] }
        while index < view.count, index - start < 14 {
            let word = view.words[index]
            if [".", ";", ":", "who", "which", "that", "because", "but", "after", "before", "as", "when"].contains(word) || view.tag(index) == .verb && actors.isEmpty == false { break }
            if let group = view.coordinatedGroup(startingAt: index) {
                // "by one of Labour's most senior Asians": a party qualifying a person is not the holder.
                let possessed = group.end < view.count && (view.words[group.end] == "'s" || view.words[group.end] == "'")
                let partitive = index > start && view.words[index - 1] == "of"
                // "welcomed by Apple fans": the actor names whose fans they are.
                if !possessed && !partitive && !isPeopleOfActor(after: group.end, in: view) { actors += group.actors }
                index = max(group.end, index + 1)
                // "by Mr Bell, and in a speech to the Hansard Society": after a holder the phrase
                // goes on only through a coordination of more actors.
                if !actors.isEmpty {
                    var next = index
                    while next < view.count, [",", "and", "or"].contains(view.words[next]) { next += 1 }
                    guard next > index, next < view.count, view.coordinatedGroup(startingAt: next) != nil else { break }
                    index = next
                }
                continue
            }
            index += 1
        }
        return actors.uniqued()
    }

    /// Whether the noun phrase around `index` opens a clause that a reporting or denying verb
    /// takes ("denied (that) his statement to Parliament about the war was ...", "said the plan was ...").
    func isReportedComplement(_ index: Int, in view: SentenceView) -> Bool {
        var start = index
        while start > 0, [.determiner, .possessive, .adjective, .noun, .properNoun, .possessiveMarker, .number, .preposition].contains(view.tag(start - 1) ?? .punctuation)
                || view.words[start - 1] == "to" && view.tag(start) != .verb {  // ("his statement to Parliament")
            start -= 1
        }
        var before = start - 1
        if before >= 0, view.words[before] == "that" { before -= 1 }
        guard before >= 0 else { return false }
        return cues.isReportVerb(view.words[before]) || ["denied", "denies", "deny", "denying", "disputed", "disputes", "insisted", "insists"].contains(view.words[before])
    }
}
