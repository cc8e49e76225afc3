/// Light coreference: subject pronouns ("it", "they", "he", "she") that lead into a statement or
/// stance verb are tied to the most recent compatible subject actor, when that is unambiguous.
struct Coreference {
    let cues: CueLexicon

    /// Words that open a sentence before its subject.
    static let connectives: Set<String> = ["but", "and", "so", "yet", "instead", "equally", "meanwhile", "however", "also", "now", "still", "then", "indeed", "moreover", "nevertheless", "later", "earlier", "separately", "again"]
    static let subjectPronouns: Set<String> = ["it", "he", "she", "they"]

    static let prepositions: Set<String> = ["in", "for", "with", "of", "from", "at", "by", "between", "on", "to", "against", "over", "about", "under", "after", "before", "than", "into", "towards", "toward", "like", "behind", "including"]

    /// Nouns that, after "the", refer back to the last actor of a kind: "the company said".
    /// Bodies that many actors could be ("the committee", "the bank") must carry the noun in
    /// their name; firms and charities need only be of the kind.
    static let descriptions: [String: (kinds: Set<ActorKind>, named: Bool)] = [
        "company": ([.company], false), "firm": ([.company], false), "carrier": ([.company], false),
        "airline": ([.company], false), "insurer": ([.company], false), "retailer": ([.company], false),
        "operator": ([.company], false), "manufacturer": ([.company], false), "carmaker": ([.company], false),
        "charity": ([.organisation], false), "group": ([.company, .organisation], true), "bank": ([.company, .organisation], true),
        "union": ([.organisation], true), "agency": ([.organisation, .government], true), "committee": ([.organisation, .government], true),
        "commission": ([.organisation, .government], true), "organisation": ([.organisation], true), "organization": ([.organisation], true),
        "watchdog": ([.organisation, .government], false), "regulator": ([.organisation, .government], false),
        "association": ([.organisation], true), "council": ([.organisation, .government], true), "fund": ([.organisation], true),
        "party": ([.party], false), "government": ([.country], false), "administration": ([.country], false),
    ]

    func resolve(_ text: AnalyzedText, actors: [Actor], spans: [ActorSpan]) -> [ActorSpan] {
        let kinds = Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0.kind) })
        let names = Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0.name) })
        let affiliations = Dictionary(uniqueKeysWithValues: actors.compactMap { actor in actor.affiliation.map { (actor.id, $0) } })
        let bySentence = Dictionary(grouping: spans, by: \.sentence)
        var resolved: [ActorSpan] = []
        var previousSubject: [String] = []
        var previousPeople: [String] = []
        /// The last person a sentence was about, and that sentence.
        var lastSubjectPerson: (String, Int)?
        /// Every actor mention so far, latest last: what a description ("the company") refers to.
        var recent: [String] = []
        let genders = Coreference.genders(text, spans: spans, kinds: kinds)
        /// "she" is not someone the article calls "Mr"; a person with no title may be either.
        func fits(_ pronoun: String) -> (String) -> Bool {
            { actor in genders[actor].map { $0 == (pronoun == "he" ? .male : .female) } ?? true }
        }

        var inQuote = false
        var previousParagraph = -1
        for (sentence, tokens) in text.tokens.enumerated() {
            if text.sentences[sentence].paragraph != previousParagraph {
                inQuote = false
                previousParagraph = text.sentences[sentence].paragraph
            }
            let quoted = QuoteSpeakers.quotedTokens(tokens, startingInside: &inQuote, openingAtStart: true)
            var sentenceSpans = (bySentence[sentence] ?? []).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            var subject = self.subject(of: tokens, spans: sentenceSpans, kinds: kinds)
            for (index, token) in tokens.enumerated() {
                let word = token.lowercased
                if sentenceSpans.contains(where: { $0.tokens.contains(index) }) { continue }
                var antecedents: [String] = []
                var length = 1
                if word == "ministers" || (word == "government" && index + 1 < tokens.count && tokens[index + 1].lowercased == "ministers"),
                   index == 0 || isSubjectPosition(tokens, index), leadsToStatement(tokens, after: index + (word == "government" ? 2 : 1)) {
                    // "Ministers do not support ...": the government of the country the article is most about.
                    let before = sentenceSpans.filter { $0.tokens.upperBound <= index }.map(\.actor)
                    let countries = (recent + before).filter { kinds[$0] == .country }
                    var counts: [String: Int] = [:]
                    for country in countries { counts[country, default: 0] += 1 }
                    if let best = countries.reversed().max(by: { counts[$0]! < counts[$1]! }) {
                        antecedents = [best]
                        length = word == "government" ? 2 : 1
                    }
                } else if word == "the", index + 1 < tokens.count, let wanted = Coreference.descriptions[tokens[index + 1].lowercased],
                   isSubjectPosition(tokens, index) && leadsToStatement(tokens, after: index + 2) || targetsActor(tokens, before: index),
                   !sentenceSpans.contains(where: { $0.tokens.contains(index + 1) }) {
                    // "the company said": the latest actor of that kind, mentioned before.
                    let before = sentenceSpans.filter { $0.tokens.upperBound <= index }.map(\.actor)
                    let noun = tokens[index + 1].lowercased
                    func fits(_ actor: String) -> Bool {
                        guard let kind = kinds[actor], wanted.kinds.contains(kind) else { return false }
                        return !wanted.named || (names[actor]?.lowercased().split(separator: " ").last.map { $0 == noun } ?? false)
                    }
                    if let latest = (recent + before).last(where: fits) {
                        antecedents = [latest]
                        length = 2
                    }
                } else if word == "his" || word == "her", index + 1 < tokens.count, tokens[index + 1].lowercased == "party",
                          isSubjectPosition(tokens, index) && leadsToStatement(tokens, after: index + 2) || (index + 2 < tokens.count && tokens[index + 2].text == "'s") {
                    // "Alex Salmond said his party would introduce ...", "stressed his party's
                    // commitment to": the party of the person "his" stands for, the only person
                    // named before it in the sentence.
                    let people = sentenceSpans.filter { $0.tokens.upperBound <= index && kinds[$0.actor] == .person }.map(\.actor).uniqued().filter(fits(word == "his" ? "he" : "she"))
                    guard people.count == 1, let party = affiliations[people[0]], kinds[party] == .party else { continue }
                    antecedents = [party]
                    length = 2
                } else if word == "he" || word == "she" {
                    guard isSubjectPosition(tokens, index) else { continue }
                    // People inside a quotation that closed before the pronoun are not its antecedents:
                    // '"Mr Blair's government is bossy," he added' is not Mr Blair speaking.
                    let lastQuote = tokens[..<index].lastIndex { QuoteSpeakers.isQuoteMark($0.text) }
                    let before = sentenceSpans.filter { span in
                        span.tokens.upperBound <= index && kinds[span.actor] == .person && (lastQuote.map { span.tokens.lowerBound > $0 } ?? true)
                    }.map(\.actor).uniqued().filter(fits(word))
                    let sameSentenceSubject = subject.start.map { $0 < index } ?? false ? subject.actors.filter { kinds[$0] == .person }.filter(fits(word)) : []
                    if before.count == 1 {
                        antecedents = before
                    } else if sameSentenceSubject.count == 1 {
                        antecedents = sameSentenceSubject  // "Mr Blair said Mr Brown ... and he added"
                    } else if before.isEmpty {
                        // The person the previous sentence was about, else its only person.
                        let subjectPeople = previousSubject.filter { kinds[$0] == .person }.filter(fits(word))
                        let previousFitting = previousPeople.filter(fits(word))
                        if subjectPeople.count == 1 {
                            antecedents = subjectPeople
                        } else if previousFitting.count == 1 {
                            antecedents = previousFitting
                        } else if let (person, at) = lastSubjectPerson, sentence - at <= 3, previousPeople.isEmpty || previousPeople.contains(person), fits(word)(person) {
                            // The person the story was last about, when nobody new came in between.
                            antecedents = [person]
                        }
                    }
                } else if word == "it" || word == "they", isSubjectPosition(tokens, index), leadsToStatement(tokens, after: index + 1) {
                    let sameSentence = subject.start.map { $0 < index } ?? false
                    let pool = sameSentence ? subject.actors : previousSubject
                    let candidates = pool.filter { isCompatible(word, kinds[$0]) }
                    if word == "they" {
                        if candidates.count >= 2 || (candidates.count == 1 && [.group, .party].contains(kinds[candidates[0]])) { antecedents = candidates }
                    } else if candidates.count == 1, pool.count == 1 {
                        antecedents = candidates
                    }
                } else {
                    continue
                }
                let pronounSpans = antecedents.map { ActorSpan(sentence: sentence, tokens: index..<(index + length), actor: $0, via: .pronoun) }
                resolved += pronounSpans
                sentenceSpans += pronounSpans
                sentenceSpans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                if subject.start == nil, subject.pronoun == index { subject = (pronounSpans.map(\.actor), index, nil) }
            }
            previousSubject = subject.actors
            // (People named inside a quotation are talked about; the speaker stays the one a
            // following "he" means: '... the strategy of Gordon Brown." He challenged ...'.)
            previousPeople = sentenceSpans.filter { kinds[$0.actor] == .person && !quoted[$0.tokens.lowerBound] }.map(\.actor).uniqued()
            let subjectPeople = subject.actors.filter { kinds[$0] == .person }
            if subjectPeople.count == 1 { lastSubjectPerson = (subjectPeople[0], sentence) }
            recent += sentenceSpans.map(\.actor)
        }
        return resolved
    }

    /// The actors a sentence is about: the actor group that opens its main clause, after leading
    /// connectives ("But", "Instead,") and an introductory phrase ("For Moscow,"). Empty when the
    /// sentence opens with anything else, which breaks the chain for the next pronoun.
    func subject(of tokens: [Token], spans: [ActorSpan], kinds: [String: ActorKind]? = nil) -> (actors: [String], start: Int?, pronoun: Int?) {
        var index = 0
        while index < tokens.count, Coreference.connectives.contains(tokens[index].lowercased) || tokens[index].lowercased.hasSuffix("ly") && tokens[index].lowercased.count > 4 || tokens[index].text == "," {
            index += 1
        }
        if index < tokens.count, Coreference.prepositions.contains(tokens[index].lowercased) {
            if let comma = tokens[index...].prefix(12).firstIndex(where: { $0.text == "," }) { index = comma + 1 }
        }
        if index < tokens.count, tokens[index].lowercased == "the" { index += 1 }
        guard index < tokens.count else { return ([], nil, nil) }
        // "Formerly one of Mr Brown's aides, Ed Balls hinted ...": past an opening phrase to the
        // actor that follows its comma.
        if !spans.contains(where: { $0.tokens.lowerBound == index }), !Coreference.subjectPronouns.contains(tokens[index].lowercased),
           let comma = tokens[index...].prefix(15).firstIndex(where: { $0.text == "," }), comma + 1 < tokens.count,
           !tokens[index..<comma].contains(where: { cues.isReportVerb($0.lowercased) }),
           spans.contains(where: { $0.tokens.lowerBound == comma + 1 }) || Coreference.subjectPronouns.contains(tokens[comma + 1].lowercased) {
            index = comma + 1
        }
        if Coreference.subjectPronouns.contains(tokens[index].lowercased) { return ([], nil, index) }
        if index > 0, tokens[index - 1].lowercased == "the", Coreference.descriptions[tokens[index].lowercased] != nil,
           !spans.contains(where: { $0.tokens.contains(index) }) {
            return ([], nil, index - 1)
        }
        func isRoleWord(_ token: Token) -> Bool {
            // "MEP", "home affairs spokesman": capitals, or words that are mainly nouns (not "met");
            // "German firm", "phone company": a description of a firm or body.
            if token.isCapitalized || Coreference.descriptions[token.lowercased] != nil { return true }
            guard let entry = WordClasses.entry(token.lowercased), entry.classes.contains(.noun) else { return false }
            return entry.weight(.noun) >= entry.weight(.verb) && entry.weight(.noun) >= entry.weight(.adjective)
        }
        // "Green MEP Caroline Lucas said": role words before the first name.
        var opening = index
        while opening < tokens.count, opening - index < 4, !spans.contains(where: { $0.tokens.lowerBound == opening }), tokens[opening].isWord, isRoleWord(tokens[opening]) {
            opening += 1
        }
        // ("German firm Kestrel Shipping said": a firm's description names a business noun.)
        let describesFirm = tokens[index..<opening].contains { Coreference.descriptions[$0.lowercased]?.kinds.contains(.company) == true }
        if spans.contains(where: { $0.tokens.lowerBound == opening }), opening > index,
           spans.first(where: { $0.tokens.lowerBound == opening }).map({ kinds?[$0.actor] == .person || describesFirm && [.company, .organisation].contains(kinds?[$0.actor]) }) == true {
            index = opening
        }
        guard var first = spans.first(where: { $0.tokens.lowerBound == index }) else { return ([], nil, nil) }
        // "Gordon Brown's decision was ...": a possessor is not the subject.
        if first.tokens.upperBound < tokens.count, tokens[first.tokens.upperBound].lowercased.replacingApostrophes() == "'s" { return ([], nil, nil) }
        // "Green MEP Caroline Lucas welcomed ...": a qualifier and a role before the name; the person is the subject.
        var probe = first.tokens.upperBound
        while probe < tokens.count, probe - first.tokens.upperBound < 4, tokens[probe].isWord, isRoleWord(tokens[probe]),
              !spans.contains(where: { $0.tokens.lowerBound == probe }) { probe += 1 }
        // (The person's span may hold the role itself: "MEP Caroline Lucas".)
        if probe >= first.tokens.upperBound, kinds?[first.actor] != .person, let person = spans.first(where: { $0.tokens.lowerBound == probe }), kinds?[person.actor] == .person {
            first = person
        }
        // "US phone company Qwest said": a country before a business noun only says where the
        // firm is from; the firm is the subject.
        if probe > first.tokens.upperBound, kinds?[first.actor] == .country, let firm = spans.first(where: { $0.tokens.lowerBound == probe }),
           [.company, .organisation].contains(kinds?[firm.actor]) {
            first = firm
        }
        var actors = spans.filter { $0.tokens == first.tokens }.map(\.actor)
        var end = first.tokens.upperBound
        while end < tokens.count, ["and", "or", ","].contains(tokens[end].lowercased) {
            var next = end + 1
            if next < tokens.count, tokens[next].lowercased == "and" { next += 1 }
            if next < tokens.count, tokens[next].lowercased == "the" { next += 1 }
            guard let span = spans.first(where: { $0.tokens.lowerBound == next }) else { break }
            actors.append(span.actor)
            end = span.tokens.upperBound
        }
        return (actors.uniqued(), index, nil)
    }

    /// Right after a verb that takes an actor as its object: "accused the firm of ...", "praised
    /// the company": the description there is the one acted on.
    private func targetsActor(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0 else { return false }
        return cues.cues(in: [tokens[index - 1].lowercased], at: 0).contains {
            $0.isVerb && $0.words.count == 1 && cues.actorTargetLemmas.contains($0.lemma)
        }
    }

    /// At the start of a clause: sentence start, after a comma, or after a conjunction.
    private func isSubjectPosition(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1].lowercased
        // "Mr Balls insisted he ...": right after a reporting verb, a clause begins.
        return [",", ";", "and", "but", "while", "as", "because", "although", "that", "so", "instead"].contains(previous) || QuoteMarks.isOpeningDouble(previous)
            || cues.isReportVerb(previous) || followsToldListener(tokens, index) || followsFrontedPhrase(tokens, index)
    }

    /// Whether a short phrase of time or circumstance with no comma opens the sentence before
    /// `index`: "Even without changes the commission does urge ...", "On Monday the company said".
    private func followsFrontedPhrase(_ tokens: [Token], _ index: Int) -> Bool {
        guard index >= 2, index <= 6, let first = tokens.first?.lowercased,
              Coreference.prepositions.contains(first) || ["even", "also", "meanwhile", "now", "later", "earlier", "yesterday", "today"].contains(first) else { return false }
        return tokens[1..<index].allSatisfy { $0.isWord && !["he", "she", "it", "they", "we", "i", "the"].contains($0.lowercased) || $0.kind == .number }
    }

    /// Verbs told to a listener before the clause: "told the BBC he was against it".
    static let tellingVerbs: Set<String> = ["told", "tells", "tell", "telling", "assured", "assures", "reminded", "reminds", "informed", "informs"]

    /// Whether a telling verb and its listener (a few words, no punctuation) come right before
    /// the pronoun: "told MPs he", "assured the Commons she".
    private func followsToldListener(_ tokens: [Token], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 1, index - cursor <= 5 {
            let word = tokens[cursor].lowercased
            if !tokens[cursor].isWord || ["that", "and", "but", "he", "she", "it", "they", "him", "her", "them"].contains(word) { return false }
            if Coreference.tellingVerbs.contains(tokens[cursor - 1].lowercased) { return true }
            cursor -= 1
        }
        return false
    }

    enum Gender { case male, female }

    /// The people whose title gives their sex ("Mr Blunkett", "Mrs Quinn", "Lady Thatcher"),
    /// leaving out anyone titled both ways.
    static func genders(_ text: AnalyzedText, spans: [ActorSpan], kinds: [String: ActorKind]) -> [String: Gender] {
        var found: [String: Gender?] = [:]
        for span in spans where kinds[span.actor] == .person && span.via != .pronoun {
            let tokens = text.tokens[span.sentence]
            let first = span.tokens.lowerBound
            let candidates = [first > 0 ? tokens[first - 1].lowercased : "", tokens[first].lowercased]
            let gender: Gender? = candidates.contains(where: maleTitles.contains) ? .male : candidates.contains(where: femaleTitles.contains) ? .female : nil
            guard let gender else { continue }
            if let known = found[span.actor], known != gender { found[span.actor] = .some(nil) } else { found[span.actor] = gender }
        }
        return found.compactMapValues { $0 }
    }

    static let maleTitles: Set<String> = ["mr", "mr.", "sir", "lord", "baron", "king", "prince", "duke"]
    static let femaleTitles: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "lady", "baroness", "dame", "queen", "princess", "duchess"]

    /// The verb after the pronoun (past auxiliaries, adverbs and negation) is a reporting or stance cue.
    private func leadsToStatement(_ tokens: [Token], after start: Int) -> Bool {
        var index = start
        var skipped = 0
        var afterBe = false
        while index < tokens.count, skipped < 4, ActorRecognizer.auxiliaries.contains(tokens[index].lowercased) || tokens[index].lowercased.hasSuffix("ly") {
            if ["is", "was", "are", "were", "be", "been"].contains(tokens[index].lowercased) {
                // "said it was opposed to", "it is (deeply) committed to": a stance phrase made with "be".
                let phrase = tokens[index...].prefix(6).map(\.lowercased)
                if !cues.cues(in: CueLexicon.droppingAdverb(phrase) ?? phrase, at: 0).isEmpty { return true }
                afterBe = true
            }
            index += 1
            skipped += 1
        }
        guard index < tokens.count else { return false }
        let words = tokens[index...].prefix(4).map(\.lowercased)
        let verbs = cues.cues(in: words, at: 0).filter(\.isVerb)
        // "It is expected to...": a passive says nothing about what "it" does.
        if afterBe, verbs.allSatisfy(\.isParticiple) { return false }
        return !verbs.isEmpty
    }

    private func isCompatible(_ pronoun: String, _ kind: ActorKind?) -> Bool {
        guard let kind else { return false }
        switch pronoun {
        case "he", "she": return kind == .person
        case "it": return kind != .person && kind != .group
        default: return kind != .person || true
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
