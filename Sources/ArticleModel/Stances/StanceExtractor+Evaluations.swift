extension StanceExtractor {
    /// "The plan, which Freedonia backs, was unveiled": the object of a relative clause is the
    /// issue the relative pronoun stands for.
    func relativeObject(before holderStart: Int, in view: SentenceView) -> Object? {
        guard holderStart >= 3, ["which", "that"].contains(view.words[holderStart - 1]), view.words[holderStart - 2] == "," else { return nil }
        var index = holderStart - 3
        while index >= 0, holderStart - 3 - index < 6 {
            if let head = issueHead(at: index, in: view, allowVerbForms: true) {
                let (mention, sign) = resolvedMention(head: head, at: index, in: view)
                return Object(target: .issues([(mention, sign)]), multiplier: 1, negations: 0, rules: ["relative-object"])
            }
            index -= 1
        }
        return nil
    }

    /// "described the pipeline as vital", "called the deployment a grave error", "calls the
    /// sanctions illegal", "the subsidy, which it calls a waste of money": a verb of judgement,
    /// an issue and an evaluative phrase.
    func evaluationStances(in view: SentenceView, hits: [CueHit], kinds: [String: Actor], catalog: inout IssueCatalog, sentenceRange: Range<Int>) -> [FoundStance] {
        var result: [FoundStance] = []
        for index in view.words.indices where cues.evaluationVerbForms.contains(view.words[index]) {
            // A stance verb here is read as one ("dismissed the plan"); a reporting verb may evaluate ("described it as").
            if hits.contains(where: { $0.start <= index && index < $0.end && $0.form.cueClass != .report }) { continue }
            if index + 1 < view.count, ["for", "on", "off", "up", "in", "out"].contains(view.words[index + 1]) { continue }
            if let passive = passiveEvaluation(at: index, in: view, kinds: kinds, catalog: &catalog, sentenceRange: sentenceRange) {
                result += passive
                continue
            }
            let pseudo = CueHit(start: index, end: index + 1, form: CueLexicon.Form(words: [view.words[index]], cueClass: .report, lemma: view.words[index], isVerb: true, isEvaluative: false, isParticiple: false, isGerund: false))
            // The issue: right after the verb, or the antecedent of "which" before its subject.
            var mention: (IssueMention, Int)?
            var cursor = index + 1
            var probe = cursor
            // ("called the UK's £3bn rebate unjustified": an owner and an amount may come first.)
            // ("branded it a dodgy budget": what "it" is, the words after do not say.)
            if probe < view.count, ["it", "them"].contains(view.words[probe]) { continue }
            while probe < view.count, probe - cursor <= 6 {
                if let head = issueHead(at: probe, in: view, allowVerbForms: true) {
                    mention = resolvedMention(head: head, at: probe, in: view)
                    cursor = probe + head.length
                    break
                }
                if StanceExtractor.clauseStopsOutsideQuotes.contains(view.words[probe]) { break }
                probe += 1
            }
            if mention == nil, index >= 3, let object = relativeObject(before: index - 1, in: view), case .issues(let targets) = object.target, let first = targets.first {
                mention = first
            }
            guard let (found, innerSign) = mention else { continue }
            var issue = found
            // ("branded Harry's actions": the verb is no part of the issue's name.)
            issue.modifiers.removeAll { cues.evaluationVerbForms.contains($0) }
            if cursor < view.count, view.words[cursor] == "as" { cursor += 1 }
            while cursor < view.count, QuoteMarks.isOpening(view.words[cursor]) || view.tag(cursor) == .adverb { cursor += 1 }
            // "branded the Budget a 'sticking plaster'": to brand something is to run it down,
            // whatever it is branded.
            // ("the BMW brand", "Delta branding, including uniforms": the noun brands nothing.)
            let next = index + 1 < view.count ? view.words[index + 1] : ""
            let brands = view.words[index] == "branded"
                || (["brand", "brands", "branding"].contains(view.words[index]) && (StanceExtractor.determiners.contains(next) || StanceExtractor.possessives.contains(next) || ["it", "them", "this", "these"].contains(next)))
            let branded: (cueClass: CueClass, length: Int)? = brands ? (.oppose, 1) : nil
            guard cursor < view.count, let form = evaluativePhrase(at: cursor, in: view) ?? branded else { continue }
            guard let holders = findHolders(for: pseudo, in: view, hits: hits) ?? relativeHolder(before: index, in: view),
                  let (issueIndex, frame) = catalog.add(issue) else { continue }
            let sign = (form.cueClass == .support ? 1 : -1) * innerSign * frame
            let polarity = combine(sign: sign, negations: holders.negations, doubted: holders.doubted)
            let cueTokens = cursor..<(cursor + form.length)
            for actor in holders.actors where kinds[actor] != nil {
                result.append((actor, .catalog(issueIndex), polarity, view.words[index] + " ... " + view.words[cueTokens].joined(separator: " "), form.cueClass.rawValue,
                               "evaluation-verb", holders.negations > 0, Evidence(sentence: view.index, range: sentenceRange, cue: view.range(cueTokens.lowerBound, cueTokens.upperBound - 1))))
            }
        }
        return result
    }

    /// "The scheme was branded a \"disgraceful waste\" by MPs", "the deal has been hailed as a
    /// breakthrough by Ruritania": a passive verb of judgement; the issue is its subject, the
    /// holders are named after "by". Nil when the verb is not such a passive; empty when it is
    /// but names no judgement, issue or holder.
    private func passiveEvaluation(at index: Int, in view: SentenceView, kinds: [String: Actor], catalog: inout IssueCatalog, sentenceRange: Range<Int>) -> [FoundStance]? {
        guard index >= 2, ["was", "were", "been", "is", "are", "being"].contains(view.words[index - 1]), view.words[index].hasSuffix("ed") else { return nil }
        var cursor = index + 1
        if cursor < view.count, view.words[cursor] == "as" { cursor += 1 }
        while cursor < view.count, QuoteMarks.isDouble(view.words[cursor]) || view.tag(cursor) == .adverb { cursor += 1 }
        guard cursor < view.count, let form = evaluativePhrase(at: cursor, in: view) else { return [] }
        let cueTokens = cursor..<(cursor + form.length)
        var by = cueTokens.upperBound
        while by < view.count, by - cueTokens.upperBound < 8, view.words[by] != "by" {
            if StanceExtractor.clauseStopsOutsideQuotes.contains(view.words[by]) || view.words[by] == "," { return [] }
            by += 1
        }
        guard by + 1 < view.count, view.words[by] == "by" else { return [] }
        let holders = byPhraseActors(from: by + 1, in: view)
        guard !holders.isEmpty, let (issue, innerSign, negations) = passiveSubject(before: index, in: view),
              let (issueIndex, frame) = catalog.add(issue) else { return [] }
        let polarity = combine(sign: (form.cueClass == .support ? 1 : -1) * innerSign * frame, negations: negations, doubted: false)
        return holders.filter { kinds[$0] != nil }.map { actor in
            (actor, .catalog(issueIndex), polarity, view.words[index] + " ... " + view.words[cueTokens].joined(separator: " "), form.cueClass.rawValue,
             "passive-evaluation", negations > 0, Evidence(sentence: view.index, range: sentenceRange, cue: view.range(cueTokens.lowerBound, cueTokens.upperBound - 1)))
        }
    }

    /// "which it calls": the pronoun or actor right before the verb, inside a relative clause.
    private func relativeHolder(before index: Int, in view: SentenceView) -> Holders? {
        guard index >= 1, let group = view.coordinatedGroup(endingAt: index - 1) else { return nil }
        return Holders(actors: group.actors, negations: 0, doubted: false, rule: "relative-subject", firstToken: group.start)
    }
}
