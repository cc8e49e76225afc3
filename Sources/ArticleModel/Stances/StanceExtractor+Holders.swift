extension StanceExtractor {
    /// The actors holding the cue at `hit`: the clause subject (coordinated subjects give each
    /// actor the stance), a relative pronoun's antecedent, co-holders in "with the backing of",
    /// or for an infinitive the subject of its clause. Nil when none is certain.
    func findHolders(for hit: CueHit, in view: SentenceView, hits: [CueHit]) -> Holders? {
        var index = hit.start - 1
        var negations = 0
        var coHolders: [String] = []
        var passedInfinitive = false
        var rule = "subject"
        while index >= 0 {
            let word = view.words[index]
            if let group = view.coordinatedGroup(endingAt: index) {
                return Holders(actors: (group.actors + coHolders).uniqued(), negations: negations, doubted: isDoubted(before: group.start, in: view), rule: coHolders.isEmpty ? (group.actors.count > 1 ? "coordinated-subject" : rule) : "subject+backing", firstToken: group.start)
            }
            if cues.negators.contains(word) {
                negations += 1
            } else if word == "longer", index > 0, view.words[index - 1] == "no" {
                negations += 1
                index -= 1
            } else if word == "to" {
                passedInfinitive = true
            } else if ActorRecognizer.auxiliaries.contains(word) || StanceExtractor.controlVerbs.contains(word) || (word.hasSuffix("ly") && word.count > 3) {
                // skip
            } else if hits.contains(where: { $0.start <= index && index < $0.end && $0.form.isVerb && $0.form.cueClass != .report }) && passedInfinitive {
                // "vowed to block": the outer cue owns the stance; it chains through findObject.
                return nil
            } else if word == "and" || word == "but" {
                // "Cairo accuses X and demands Y": the second verb shares the first one's subject.
                if let subject = clauseSubject(before: index, in: view) {
                    return Holders(actors: subject.actors, negations: negations, doubted: isDoubted(before: subject.start, in: view), rule: "shared-subject", firstToken: index)
                }
                return nil
            } else if word == "," {
                guard let opening = parentheticalStart(endingBefore: index, in: view) else { break }
                coHolders += backingActors(in: view, from: opening + 1, to: index)
                if !coHolders.isEmpty { rule = "subject+backing" }
                index = opening - 1
                continue
            } else if StanceExtractor.relativePronouns.contains(word) {
                var antecedentEnd = index - 1
                if antecedentEnd >= 0, view.words[antecedentEnd] == "," { antecedentEnd -= 1 }
                if antecedentEnd >= 0, let group = view.coordinatedGroup(endingAt: antecedentEnd) {
                    return Holders(actors: group.actors, negations: negations, doubted: false, rule: "relative-clause", firstToken: index)
                }
                return nil
            } else {
                break
            }
            index -= 1
        }
        if passedInfinitive, let subject = clauseSubject(before: hit.start, in: view) {
            return Holders(actors: subject.actors, negations: negations, doubted: isDoubted(before: subject.start, in: view), rule: "infinitive-subject", firstToken: subject.start)
        }
        return nil
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
        let asideStarters: Set<String> = ["which", "who", "whose", "with", "along", "together", "backed", "supported", "like", "as", "a", "an", "the", "for", "in", "after", "despite", "however", "meanwhile", "too", "also", "though", "according", "led"]
        return asideStarters.contains(first) || first.hasSuffix("ly") ? index : nil
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

    /// The first actor group of the clause that contains `position`, outside prepositional phrases.
    func clauseSubject(before position: Int, in view: SentenceView) -> (actors: [String], start: Int)? {
        var clauseStart = 0
        for index in stride(from: position - 1, through: 0, by: -1) {
            let word = view.words[index]
            let next = index + 1 < view.count ? view.words[index + 1] : ""
            let isComplementizer = word == "that" && (next == "the" || !view.spans(startingAt: index + 1).isEmpty || ["it", "he", "she", "they", "we", "i"].contains(next))
            if word == ";" || isComplementizer || cues.cues(in: view.words, at: index).contains(where: { $0.cueClass == .report && $0.isVerb }) {
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
                return (group.actors, index)
            }
            // A subject comes before its verb: past the first verb, actors are objects.
            let isVerb = ActorRecognizer.auxiliaries.contains(word) && !["to", "not", "also", "still", "now"].contains(word)
                || cues.cues(in: view.words, at: index).contains(where: \.isVerb)
            if isVerb && !inPhrase { break }
            index += 1
        }
        return nil
    }

    /// "it is hard to see X agreeing": a doubt frame just before the holder.
    private func isDoubted(before start: Int, in view: SentenceView) -> Bool {
        let window = view.words[max(0, start - 6)..<start]
        return window.contains { StanceExtractor.doubtWords.contains($0) } && (window.contains("see") || window.contains("imagine") || window.contains("envisage"))
    }
}
