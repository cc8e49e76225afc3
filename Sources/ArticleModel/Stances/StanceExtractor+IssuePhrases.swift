// Issue phrases: which noun heads the issue a cue is about, what qualifies it, and the mention
// the catalogue merges into columns.

extension StanceExtractor {
    /// "the ceasefire and the peace plan", "both the tariff and the quota", "the Elbonia
    /// resolution but not the Kestria resolution": further issues sharing the cue, with a sign.
    func coordinatedIssues(after start: Int, in view: SentenceView) -> [(IssueMention, Int)] {
        var result: [(IssueMention, Int)] = []
        var index = start
        while index < view.count {
            var sign = 1
            var cursor = index
            if view.words[cursor] == "," { cursor += 1 }
            guard cursor < view.count else { break }
            if view.words[cursor] == "but", cursor + 1 < view.count, view.words[cursor + 1] == "not" {
                sign = -1
                cursor += 2
            } else if ["and", "or"].contains(view.words[cursor]) {
                cursor += 1
            } else if view.words[cursor] == "as", cursor + 2 < view.count, view.words[cursor + 1] == "well", view.words[cursor + 2] == "as" {
                cursor += 3
            } else {
                break
            }
            var probe = cursor
            var found: (text: String, length: Int)?
            while probe < view.count, probe - cursor <= 3 {
                if let head = issueHead(at: probe, in: view) { found = head; break }
                if cues.cues(in: view.words, at: probe).contains(where: \.isVerb) { break }  // "and opposes ...": a new verb
                // "scrap fees and reintroduce grants": a verb of its own, whatever it is, takes its own object.
                if probe == cursor, probe < view.tags.count, view.tags[probe].tag == .verb, view.tags[probe].inflection == .base || view.tags[probe].inflection == .thirdPerson { break }
                if StanceExtractor.clauseStops.contains(view.words[probe]) || view.words[probe] == "," || view.isInsideSpan(probe) && view.coordinatedGroup(startingAt: probe).map({ issueHead(at: $0.end, in: view) == nil }) == true { break }
                probe += 1
            }
            guard let head = found else { break }
            let compound = compoundHead(from: probe, head: head, in: view)
            var (mention, innerSign) = resolvedMention(head: compound.head, at: compound.at, in: view)
            if mention.distinguishing == nil {
                for span in view.spans where span.tokens.lowerBound >= cursor && span.tokens.upperBound <= compound.at {
                    var qualifiers: (organisation: String?, distinguishing: String?) = (mention.organisation, mention.distinguishing)
                    qualify(&qualifiers, with: span.actor)
                    mention.organisation = qualifiers.organisation
                    mention.distinguishing = qualifiers.distinguishing
                }
            }
            result.append((mention, sign * innerSign))
            index = compound.at + compound.head.length
        }
        return result
    }

    /// "inspection scheme": when issue nouns follow each other, the last one is the head.
    func compoundHead(from index: Int, head: (text: String, length: Int), in view: SentenceView) -> (head: (text: String, length: Int), at: Int) {
        var current = (head: head, at: index)
        while current.at + current.head.length < view.count,
              let next = issueHead(at: current.at + current.head.length, in: view, allowVerbForms: true) {
            current = (next, current.at + current.head.length)
        }
        return current
    }

    /// The issue mention for a head: a proposal ("a plan for a levy", "any move to lift the
    /// sanctions") gives its inner issue and the sign of any verb on the way; a definite
    /// container ("the plan") refers back to the issue last talked about.
    func resolvedMention(head: (text: String, length: Int), at index: Int, in view: SentenceView) -> (IssueMention, Int) {
        // "talks on Norway joining the bloc": talks about membership are the membership issue.
        if cues.canonicalHead[head.text] == "talks", let inner = innerIssue(after: index + head.length, in: view), cues.canonicalHead[inner.text] == "membership",
           index + head.length < view.count, ["on", "about", "over"].contains(view.words[index + head.length]) {
            var mention = issueMention(head: inner.text, at: inner.at, length: inner.length, in: view)
            mention.isTalksAbout = true
            return (mention, inner.sign)
        }
        if cues.proposalNouns.contains(head.text), let inner = innerIssue(after: index + head.length, in: view) {
            var mention = issueMention(head: inner.text, at: inner.at, length: inner.length, in: view)
            mention.isProposal = true
            mention.frame = inner.sign
            mention.planFrame = inner.sign
            return (mention, inner.sign)
        }
        var mention = issueMention(head: head.text, at: index, length: head.length, in: view)
        mention.isProposal = cues.containerNouns.contains(head.text)
        mention.isAnaphoric = mention.distinguishing == nil
            && ["the", "this", "that", "these", "those", "such"].contains(previousDeterminer(before: index, in: view))
        return (mention, 1)
    }

    /// "for a levy", "to lift the sanctions", "of a truce" right after a proposal noun: the real
    /// issue, and the sign of verbs crossed ("lift" undoes).
    func innerIssue(after start: Int, in view: SentenceView) -> (text: String, length: Int, at: Int, sign: Int)? {
        guard start < view.count, ["for", "to", "on", "of"].contains(view.words[start]) else { return nil }
        var index = start + 1
        var sign = 1
        // "a plan to freeze the debts": the act the plan names, as "a freeze" would, when no issue
        // noun follows ("proposals to raise the stamp duty threshold" are about the duty).
        var act: (text: String, length: Int, at: Int, sign: Int)?
        if start + 1 < view.count, view.words[start] == "to", view.tag(start + 1) == .verb, start + 1 < view.tags.count,
           case let lemma = view.tags[start + 1].lemma, !StanceExtractor.lightVerbs.contains(lemma), !StanceExtractor.stateVerbs.contains(lemma),
           StanceExtractor.effectVerbs[lemma] == nil, !StanceExtractor.noncommittalVerbs.contains(lemma), cues.cues(in: view.words, at: start + 1).isEmpty,
           let noun = WordClasses.actionNoun(of: lemma),
           cues.issueNouns.contains(noun) || noun != lemma || WordClasses.entry(noun)?.nounField == .process {  // (not "a plan to share": a share is a holding)
            act = (noun, 1, start + 1, 1)
        }
        while index < view.count, index - start <= 5 {
            if StanceExtractor.clauseStops.contains(view.words[index]) || view.words[index] == "," { return act }
            // "an early start to talks": a noun may follow "to" here.
            if let head = issueHead(at: index, in: view, allowAfterTo: true, open: false), !cues.containerNouns.contains(head.text) {
                return (head.text, head.length, index, sign)
            }
            if let verb = cues.cues(in: view.words, at: index).first(where: { $0.isVerb && $0.cueClass != .report }) {
                sign *= verb.cueClass == .oppose || verb.cueClass == .againstActor ? -1 : 1
                index += verb.words.count
                continue
            }
            index += 1
        }
        return act
    }

    /// The nearest determiner before a head, within its noun phrase.
    func previousDeterminer(before index: Int, in view: SentenceView) -> String {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4 {
            if StanceExtractor.determiners.contains(view.words[cursor]) { return view.words[cursor] }
            if Coreference.prepositions.contains(view.words[cursor]) || view.words[cursor] == "," { break }
            cursor -= 1
        }
        return ""
    }

    /// An issue noun at `index` used as a noun: one- or two-word ("regime change", "no-fly zone").
    func issueHead(at index: Int, in view: SentenceView, allowVerbForms: Bool = false, allowAfterTo: Bool = false, open: Bool = true) -> (text: String, length: Int)? {
        guard index >= 0, index < view.count else { return nil }
        let previous = index > 0 ? view.words[index - 1] : ""
        if index + 2 < view.count, view.words[index + 1] == "-" {
            let hyphenated = view.words[index] + "-" + view.words[index + 2]
            if index + 3 < view.count, cues.issueNouns.contains(hyphenated + " " + view.words[index + 3]) {
                return (hyphenated + " " + view.words[index + 3], 4)
            }
        }
        if index + 1 < view.count, cues.issueNouns.contains(view.words[index] + " " + view.words[index + 1]) {
            return (view.words[index] + " " + view.words[index + 1], 2)
        }
        let word = view.words[index]
        guard previous != "to" || allowAfterTo, !view.isInsideSpan(index) else { return nil }
        // "the shake-up of the licensing laws", "a sell-off": a noun made of a verb and its particle.
        if index + 2 < view.count, view.words[index + 1] == "-", StanceExtractor.particles.contains(view.words[index + 2]),
           view.tokens[index].isWord, !view.tokens[index].isCapitalized, WordClasses.entry(word)?.classes.contains(.verb) == true {
            return (word + "-" + view.words[index + 2], 3)
        }
        // "cut the number of Whitehall departments": a quantity's head is what it counts.
        if StanceExtractor.quantityHeads.contains(word), index + 1 < view.count, view.words[index + 1] == "of" { return nil }
        // "the principle of the minimum wage", "the effect of redundancies": an empty head names
        // what follows "of".
        if StanceExtractor.emptyHeads.contains(word), index + 1 < view.count, view.words[index + 1] == "of" { return nil }
        // "cut its economic forecast": an estimate is no issue.
        if StanceExtractor.estimateNouns.contains(word) { return nil }
        // "the Tories' call for a quota", "any move to lift": a proposal noun stands for what it proposes.
        if !cues.issueNouns.contains(word), cues.proposalNouns.contains(word), index + 1 < view.count, ["for", "to", "of"].contains(view.words[index + 1]),
           view.tag(index) != .verb {
            return (word, 1)
        }
        // "backed the government plans": a container noun after an actor named with "the" heads
        // the phrase, though the tagger reads it as the verb it would be after a subject.
        // (Before "to" or "for" the plans lead on to what they propose.)
        if cues.containerNouns.contains(word), index > 0, index + 1 >= view.count || !["to", "for"].contains(view.words[index + 1]),
           let owner = view.spans(endingAt: index - 1).first,
           view.words[owner.tokens.lowerBound] == "the" || owner.tokens.lowerBound > 0 && view.words[owner.tokens.lowerBound - 1] == "the" {
            return (word, 1)
        }
        guard cues.issueNouns.contains(word) else { return open ? openIssueHead(at: index, in: view) : nil }
        // A noun that is also a verb needs something noun-like before it.
        if !allowVerbForms, !cues.cues(in: view.words, at: index).filter(\.isVerb).isEmpty,
           !(StanceExtractor.determiners.contains(previous) || previous.hasSuffix("ed") || previous.hasSuffix("al") || view.isInsideSpan(index - 1) || previous == "-" || previous.hasSuffix("ing") && index > 1
             || (Coreference.prepositions.contains(previous) && previous != "to") || previous == "'s" || (index > 0 && !cues.cues(in: view.words, at: index - 1).filter(\.isVerb).isEmpty)
             || isInsideNounPhrase(index, in: view)) {
            return nil
        }
        return (word, 1)
    }

    /// Whether the word at `index` follows a modifier inside a noun phrase that a determiner or
    /// a number opened: "the new offer", "a £1.3bn offer", "the pay offer"
    /// (not "the union offers", where the noun before is the subject).
    func isInsideNounPhrase(_ index: Int, in view: SentenceView) -> Bool {
        var cursor = index - 1
        var modifiers = 0
        while cursor >= 0, modifiers < 4 {
            let word = view.words[cursor]
            if StanceExtractor.determiners.contains(word) || view.tokens[cursor].kind == .number || ["%", "£", "$", "€"].contains(word) || word.first?.isNumber == true { return true }
            guard view.tag(cursor) == .adjective || view.tag(cursor) == .noun && !view.isInsideSpan(cursor) else { return false }
            modifiers += 1
            cursor -= 1
        }
        return false
    }

    /// A common noun that heads a noun phrase and can name something actors take positions on
    /// ("speculation", "the existing system", "the Tory plans"): any noun WordNet knows whose
    /// commonest sense is an act, a message, an idea, a state, a possession, an event, an
    /// attribute, a process or an artefact (not a person, place, time, quantity or group).
    func openIssueHead(at index: Int, in view: SentenceView) -> (text: String, length: Int)? {
        guard view.tag(index) == .noun, view.tokens[index].isWord, !view.tokens[index].isCapitalized || index == 0 else { return nil }
        // Only the last noun of a compound heads it: "concentration camp conditions", "job cuts"
        // ("a freeze last week": a time after the noun is no part of it).
        if index + 1 < view.count, view.tag(index + 1) == .noun || cues.issueNouns.contains(view.words[index + 1]),
           !["last", "next", "this", "earlier", "later", "yesterday", "today", "tomorrow"].contains(view.words[index + 1]) { return nil }
        // A noun that carries a stance is a cue, not its issue: "its support for the accord".
        // ("denied reports that ...", "dismissed claims of a rift": a report noun is what is denied.)
        if cues.cues(in: view.words, at: index).contains(where: { $0.cueClass != .report || !$0.isVerb }) { return nil }
        if index + 2 < view.count, view.words[index + 1] == "-", view.tag(index + 2) == .noun || view.tag(index + 2) == .verb { return nil }
        let lemma = view.tags[index].lemma
        // "rebanding", "deregulation": a word WordNet lacks that is shaped like the name of an act.
        if WordClasses.entry(lemma) == nil, StanceExtractor.isActShaped(view.words[index]) { return (view.words[index], 1) }
        // "abolish quangos", "cut payouts": a lower-case plural noun the bundled word list lacks
        // altogether is a term of the field (a singular may be any rarer word: "legality", or a
        // misspelling). ("carers", "insurers": a noun of an agent names people, not an issue.)
        let word = view.words[index]
        if word.count >= 5, word.hasSuffix("s"), !word.hasSuffix("ss"), word.allSatisfy(\.isLowercase),
           !StanceExtractor.agentEndings.contains(where: word.hasSuffix), !StanceExtractor.bodyNouns.contains(word),
           !StanceExtractor.currencyWords.contains(word), WordClasses.entry(lemma) == nil, WordClasses.readings(of: word).isEmpty {
            return (word, 1)
        }
        guard lemma.utf8.count > 2, let entry = WordClasses.entry(lemma), let field = entry.nounField, StanceExtractor.issueFields.contains(field),
              field != .group || !StanceExtractor.bodyNouns.contains(lemma) else { return nil }
        // "set out my view that military action was lawful": a view or an answer is about what
        // its clause says, which is no issue named here.
        if StanceExtractor.opinionNouns.contains(lemma) { return nil }
        // "objected to the way that ...": a vague noun names no issue of its own.
        if StanceExtractor.vagueNouns.contains(lemma) || StanceExtractor.ordinals.contains(lemma) { return nil }
        // "go this far": a word mostly used as an adverb heads no issue.
        if let adverb = entry.weights.adverb, adverb > (entry.weights.noun ?? -1) { return nil }
        // "praises the former MTV VJ", "in a separate US lawsuit": a word mostly used as an
        // adjective, cut off from its noun by a name, heads no issue.
        if isMostlyAdjective(at: index, in: view) { return nil }
        return (view.words[index], 1)
    }

    /// Whether WordNet uses the word at `index` more often as an adjective than as a noun
    /// ("formal", "former"; a plural such as "firms" is a noun whatever its lemma).
    func isMostlyAdjective(at index: Int, in view: SentenceView) -> Bool {
        guard index < view.tags.count, view.words[index] == view.tags[index].lemma, let entry = WordClasses.entry(view.words[index]) else { return false }
        return entry.weights.adjective.map { $0 > (entry.weights.noun ?? -1) } ?? false
    }

    /// Currencies, in the plural, that the word list may lack: they count money and name no issue ("25bn euros").
    static let currencyWords: Set<String> = ["euros", "cents", "rupees", "roubles", "rubles", "dinars", "pesos", "francs", "zlotys"]

    /// Plural endings of nouns that name people by what they do: "carers", "lobbyists", "trustees".
    static let agentEndings = ["ers", "ors", "ists", "ians", "ees", "ants", "ents"]

    /// A long lower-case word ending like the name of an act: "-ing", "-tion", "-sion", "-ment", "-isation".
    static func isActShaped(_ word: String) -> Bool {
        word.count > 7 && word.allSatisfy { $0.isLowercase || $0 == "-" } && ["ing", "tion", "sion", "ment", "isation", "ization"].contains { word.hasSuffix($0) }
    }

    static let issueFields: Set<NounField> = [.act, .communication, .cognition, .state, .possession, .event, .attribute, .process, .artifact, .phenomenon, .relation, .feeling, .motive, .group]

    /// Group nouns that name a body (an actor when named), not an issue: "the government", "the committee".
    static let bodyNouns: Set<String> = ["government", "committee", "council", "party", "union", "commission", "agency", "board", "organisation", "organization", "company", "firm", "group", "team", "administration", "opposition", "parliament", "assembly", "police", "army", "force", "forces", "public", "people", "community", "family", "staff", "population", "electorate", "industry", "sector", "media", "press", "authority", "authorities", "club", "class", "society", "network", "majority", "minority", "house", "cabinet", "department", "ministry", "office", "court", "bank", "movement", "association", "charity", "lobby", "delegation", "panel", "constituency", "constituencies"]

    /// The issue phrase around a head noun: modifiers before it, an organisation or place that
    /// qualifies it, and a complement after it ("threat of military action").
    func issueMention(head: String, at index: Int, length: Int, in view: SentenceView) -> IssueMention {
        var mention = IssueMention(head: head, distinguishing: nil, organisation: nil, modifiers: [], complement: nil)
        // Before the head, back to a determiner or a cue.
        var cursor = index - 1
        var modifiers: [String] = []
        while cursor >= 0, index - cursor <= 5 {
            let word = view.words[cursor]
            if StanceExtractor.determiners.contains(word) || StanceExtractor.clauseStops.contains(word) || word == "," { break }
            // "there should be guidelines": a verb group before the noun is no modifier.
            if word == "there" || view.tag(cursor) == .modal || ["be", "been", "being"].contains(word) { break }
            if Coreference.prepositions.contains(word) || word == "to" || cues.cues(in: view.words, at: cursor).contains(where: \.isVerb) { break }
            // "condemned and prohibited torture": a verb, and the "and" before it, are no modifiers.
            // "to draw up contingency plans": a verb's particle is no modifier.
            if StanceExtractor.particles.contains(word), cursor > 0, view.tag(cursor - 1) == .verb { break }
            // "needed to change policy": an infinitive's verb is the act on the issue, no modifier.
            if view.tag(cursor) == .verb, cursor > 0, ["and", "or", "to"].contains(view.words[cursor - 1]) || view.tag(cursor - 1) == .modal { break }
            if let span = view.spans.first(where: { $0.tokens.contains(cursor) }) {
                var qualifiers: (organisation: String?, distinguishing: String?) = (mention.organisation, mention.distinguishing)
                if span.via != .metonym && span.via != .pronoun { qualify(&qualifiers, with: span.actor) }
                mention.organisation = qualifiers.organisation
                mention.distinguishing = qualifiers.distinguishing
                cursor = span.tokens.lowerBound - 1
                continue
            }
            if word == "-", cursor > 0, !modifiers.isEmpty {
                modifiers[0] = view.words[cursor - 1] + "-" + modifiers[0]
                cursor -= 2
                continue
            }
            // ("the tax and welfare system": an issue noun joined by "and" is part of the phrase.)
            if view.tokens[cursor].kind == .word, word != "'s", !cues.issueNouns.contains(word) || cursor == index - 1 || ["and", "or"].contains(view.words[cursor + 1]) {
                // Names keep their capitals in the label: "Tory plans", "EU rules".
                modifiers.insert(view.tokens[cursor].isCapitalized && cursor > 0 ? view.tokens[cursor].text : word, at: 0)
            }
            cursor -= 1
        }
        // "Norwegian membership": a country's adjective says whose issue it is, as "Norway's" would.
        if mention.distinguishing == nil {
            for modifier in modifiers {
                let capitalised = modifier.prefix(1).uppercased() + modifier.dropFirst()
                let tokens = [Token(text: capitalised, range: 0..<capitalised.unicodeScalars.count, kind: .word)]
                if let match = lexicon.match(tokens, at: 0), match.length == 1, match.meaning.role == .adjective,
                   let entry = lexicon.entry(match.meaning.entry), entry.kind == .country {
                    mention.distinguishing = entry.name
                    modifiers.removeAll { $0 == modifier }  // shown as "(Norway)", not twice
                }
            }
        }
        // A phrase does not open with a coordinator: "and actions" after "warning is over".
        while let first = modifiers.first, ["and", "or", "&"].contains(first) { modifiers.removeFirst() }
        // Evaluative adverbs ("toughly-worded", "hastily passed") describe, they do not classify.
        mention.modifiers = modifiers.filter { modifier in
            !modifier.split(separator: "-").contains { $0.hasSuffix("ly") } && !["very", "more", "new", "same", "other", "such", "so-called", "called", "passed", "later", "what", "it"].contains(modifier)
                && !cues.cues(in: [modifier], at: 0).contains(where: \.isVerb)
        }
        // After the head: a place that distinguishes it, and an "X of Y" complement.
        var after = index + length
        var steps = 0
        while after < view.count, steps < 10 {
            let word = view.words[after]
            if [".", ";", ":", ",", "but"].contains(word) { break }
            if ["in", "on", "over", "for", "against"].contains(word), after + 1 < view.count,
               let span = view.spans.first(where: { $0.tokens.lowerBound == after + 1 }),
               lexicon.entry(span.actor)?.kind == .country {
                mention.distinguishing = mention.distinguishing ?? lexicon.entry(span.actor)?.name
            }
            if word == "of", mention.complement == nil, after > index + length, after + 1 < view.count {
                let noun = view.words[after - 1]
                var tail: [String] = []
                var next = after + 1
                while next < view.count, tail.count < 3, view.tokens[next].kind == .word, view.words[next] != "'s",
                      !StanceExtractor.determiners.contains(view.words[next]) || tail.isEmpty && false,
                      !["if", "to", "and", "or", "in", "on", "by", "that", "which"].contains(view.words[next]) {
                    tail.append(view.words[next])
                    next += 1
                }
                if !tail.isEmpty, !StanceExtractor.determiners.contains(noun), view.tokens[after - 1].kind == .word {
                    mention.complement = ([noun, "of"] + tail).joined(separator: " ")
                }
            }
            after += 1
            steps += 1
        }
        return mention
    }

    /// Records what a qualifying actor says about an issue: a country or place distinguishes it,
    /// an organisation names who it belongs to.
    func qualify(_ qualifiers: inout (organisation: String?, distinguishing: String?), with actor: String) {
        guard let entry = lexicon.entry(actor) else { return }
        switch entry.kind {
        case .country:
            qualifiers.distinguishing = qualifiers.distinguishing ?? entry.name
        case .organisation, .company:
            let root = entry.parent.flatMap { lexicon.entry($0) }.flatMap { $0.kind == .country ? nil : $0 } ?? entry
            qualifiers.organisation = qualifiers.organisation ?? shortName(root)
        default:
            break
        }
    }

    private func shortName(_ entry: LexiconEntry) -> String {
        lexicon.shortForm(of: entry.id) ?? entry.name
    }
}

extension StanceExtractor {
    /// Nouns for what someone thinks or answers: "view", "belief", "answer".
    static let opinionNouns: Set<String> = ["view", "belief", "opinion", "answer", "conclusion", "assessment", "judgement", "judgment", "understanding", "impression"]

    /// Nouns that measure what follows "of": "the number of ...", "the level of ...".
    static let quantityHeads: Set<String> = ["number", "numbers", "amount", "amounts", "level", "levels", "quantity", "volume", "size", "proportion", "scale", "range",
                                             "figure", "total", "sum", "series", "string", "raft", "host"]

    /// What one asks for to be told or helped, not an act one wants: "asked for information".
    static let informationNouns: Set<String> = ["information", "details", "detail", "clarification", "confirmation", "explanation", "explanations",
                                                "comment", "comments", "advice", "help", "assistance", "guidance", "time", "documents", "records", "data", "evidence"]

    /// What a speaker predicts or measures, which no one takes a side on: "cut its growth forecast".
    static let estimateNouns: Set<String> = ["forecast", "forecasts", "estimate", "estimates", "outlook", "prospects", "projection", "projections", "prediction", "predictions", "guidance"]
}

extension StanceExtractor {
    /// Whether the noun phrase at `index` follows "of", "about", "on" or "in" after a noun that
    /// names no issue ("the legality of the war", "a question about the plan").
    func isInsidePlainNounPhrase(_ index: Int, in view: SentenceView) -> Bool {
        var start = index
        while start > 0, [.determiner, .adjective, .noun, .properNoun, .possessive, .possessiveMarker, .number].contains(view.tag(start - 1)),
              view.spans(endingAt: start - 1).isEmpty || view.tag(start - 1) == .possessiveMarker || view.words[start - 1] == "'s" {
            start -= 1
        }
        while start > 0, !view.spans(endingAt: start - 1).isEmpty { start = view.spans(endingAt: start - 1)[0].tokens.lowerBound }
        guard start >= 2, ["of", "about", "on", "in"].contains(view.words[start - 1]) else { return false }
        let head = start - 2
        return view.tag(head) == .noun && view.spans(endingAt: head).isEmpty && issueHead(at: head, in: view) == nil
    }
}
