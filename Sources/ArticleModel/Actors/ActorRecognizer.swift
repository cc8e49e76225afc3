/// Finds the actors of an article: lexicon names, aliases, demonyms and metonyms; people by
/// title and name shape; groups; later mentions by surname, role and pronoun.
public struct ActorRecognizer: Sendable {
    public let lexicon: Lexicon
    let cues: CueLexicon
    let names: PersonNames
    /// Lower-case forms of every word that can open a named pattern when it is not capitalised:
    /// lexicon phrases, titles, role and group nouns, name particles. Any other lower-case word
    /// starts nothing, and the first pass skips it without trying each pattern.
    let lowercaseStarters: WordSet

    public init(lexicon: Lexicon = .bundled, cues: CueLexicon = .bundled) {
        self.lexicon = lexicon
        self.words = lexicon.words
        self.cues = cues
        self.names = PersonNames(words: lexicon.words, lexicon: lexicon)
        lowercaseStarters = lexicon.lowercaseStarters ?? WordSet(ActorRecognizer.lowercaseStarterWords(of: lexicon))
    }

    /// The lower-case words that can open a lexicon phrase, title, role noun, group, name
    /// particle or honorific: a lower-case word outside them starts nothing.
    static func lowercaseStarterWords(of lexicon: Lexicon) -> Set<String> {
        var starters = Set(lexicon.phraseFirstWords.map { $0.lowercased() })
        let words = lexicon.words
        starters.formUnion(words.titles.phrases.compactMap(\.first))
        starters.formUnion(words.roleNouns.phrases.compactMap(\.first))
        starters.formUnion(words.groupNouns)
        starters.formUnion(words.particles.map { $0.lowercased() })
        starters.formUnion(words.honorifics.map { $0.lowercased() })
        return starters
    }

    /// The lexicon's word lists, kept here so that reading one does not copy the whole set.
    let words: RoleWords

    /// Words that come between a subject and its verb without changing who acts.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
        "should", "shall", "does", "do", "did", "also", "still", "now", "already", "again", "repeatedly", "firmly",
        "strongly", "flatly", "openly", "reportedly", "apparently", "clearly", "not", "n't", "never", "always",
        "has been", "continues", "continued", "to", "yesterday", "today", "then", "later", "earlier", "once",
    ]

    /// Every actor of the text with its mentions, and the same mentions by token position.
    /// `year`, when known, limits which office holders can lend an affiliation.
    public func recognize(_ text: AnalyzedText, year: Int? = nil) -> (actors: [Actor], spans: [ActorSpan]) {
        let found = recognizeWithQuotations(text, year: year)
        return (found.actors, found.spans)
    }

    /// The actors and spans, and who speaks in each quotation (worked out once here for the
    /// first-person pronouns, and reused by the stance rules).
    /// `yearNamedOnce`, a year the text names only once, dates it when its office holders do not.
    func recognizeWithQuotations(_ text: AnalyzedText, year firmYear: Int? = nil, yearNamedOnce: Int? = nil)
        -> (actors: [Actor], spans: [ActorSpan], quotations: [Int: QuoteSpeakers.Quotation]) {
        var registry = ActorRegistry()
        var occupied = text.tokens.map { [Bool](repeating: false, count: $0.count) }

        for (sentence, tokens) in text.tokens.enumerated() {
            var index = 0
            while index < tokens.count {
                // Words an earlier name's apposition took ("Jo Bell, the Archbishop of Westminster,") are its.
                if occupied[sentence][index] || !tokens[index].isCapitalized && !lowercaseStarters.containsLowercased(tokens[index]) {
                    index += 1
                    continue
                }
                if let next = matchNamed(text, sentence: sentence, at: index, registry: &registry, occupied: &occupied[sentence]) {
                    index = max(next, index + 1)
                } else {
                    index += 1
                }
            }
        }
        registry.mergePeople()
        learnCompanyShortNames(&registry)
        // (The office holders' era is worked out here only for an article that names a year once.)
        let year = firmYear ?? yearNamedOnce.flatMap { Self.era(of: soleOfficeRecords(in: registry)) == nil ? $0 : nil }
        addOfficeHolderAffiliations(&registry, year: year)
        addRoleAffiliations(&registry, year: year)
        let principal = registry.principalCountry(lexicon: lexicon).flatMap { lexicon.entry($0) }
        if let principal { registry.foldDepartments(into: principal) }
        for (sentence, tokens) in text.tokens.enumerated() {
            for index in tokens.indices where !occupied[sentence][index] {
                matchLater(text, sentence: sentence, at: index, principal: principal, registry: &registry, occupied: &occupied[sentence])
            }
        }
        // Parties and countries found only now ("the Tory leader") can settle an office holder
        // whose records the year left open.
        addOfficeHolderAffiliations(&registry, year: year)
        addPartyAffiliations(&registry, year: year)
        // The passes in between need ids, kinds and spans only; the last one builds the mentions.
        var (actors, spans) = registry.finish(text, mentionTexts: false)
        let pronouns = Coreference(cues: cues).resolve(text, actors: actors, spans: spans)
        if !pronouns.isEmpty {
            for span in pronouns { registry.addResolved(span) }
            (actors, spans) = registry.finish(text, mentionTexts: false)
        }
        // "I" and "we" in quotes are the speaker; the speaker may itself be a resolved "he".
        let speakers = QuoteSpeakers(cues: cues)
        let quotations = speakers.quotations(text, spans: spans)
        for span in speakers.resolve(text, quotations: quotations, spans: spans) { registry.addResolved(span) }
        let (finalActors, finalSpans) = registry.finish(text)
        return (finalActors, finalSpans, quotations)
    }

    // MARK: - First pass: names that stand on their own

    /// Tries every named pattern at `index`; returns the token index after what it consumed.
    private func matchNamed(_ text: AnalyzedText, sentence: Int, at index: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        let tokens = text.tokens[sentence]
        // The lexicon phrase here, looked up once for the patterns that need it.
        let known = lexicon.match(tokens, at: index)
        if let end = matchTitledPerson(tokens, sentence: sentence, at: index, known: known, registry: &registry, occupied: &occupied) { return end }
        if known == nil, let end = matchAirline(tokens, sentence: sentence, at: index, registry: &registry, occupied: &occupied) { return end }
        // An unknown capitalised name here, worked out once for the two patterns that need it.
        let run = known == nil && tokens[index].isCapitalized && !occupied[index] ? unknownNameRun(tokens, at: index) : nil
        if let end = matchOfficerOfUnknownOrganisation(tokens, sentence: sentence, at: index, run: run, registry: &registry, occupied: &occupied) { return end }
        if let end = matchOrganisation(tokens, sentence: sentence, at: index, registry: &registry, occupied: &occupied) { return end }
        if let match = known {
            let end = matchLexicon(match.meaning, length: match.length, tokens: tokens, sentence: sentence, at: index, registry: &registry, occupied: &occupied)
            return learnAcronym(after: end, of: match.meaning, tokens: tokens, sentence: sentence, registry: &registry, occupied: &occupied) ?? end
        }
        if let end = matchNamedByContext(tokens, sentence: sentence, at: index, run: run, registry: &registry, occupied: &occupied) { return end }
        if let found = names.name(in: tokens, at: index), case let name = names.trimmingLeadingNonNames(found, in: tokens),
           names.isPerson(name, in: tokens, startsStatement: { startsStatement(tokens, at: $0) }) || isPersonByContext(name, in: tokens) {
            // A byline ("By Harriet Quill, Diplomatic Correspondent") or a thing's name is no actor.
            if (sentence == 0 && index == 1 && tokens[0].text == "By") || names.namesAThing(name.tokens, in: tokens, lowercaseToo: false) {
                mark(name.tokens, &occupied)
                return name.tokens.upperBound
            }
            var affiliation = apposition(after: name.tokens.upperBound, in: tokens, sentence: sentence, registry: &registry, occupied: &occupied)
            if affiliation?.actor == nil, let entry = forQualifier(before: name.tokens.lowerBound, in: tokens) {
                affiliation = (entry.id, affiliation?.role)
            }
            if affiliation?.actor == nil, let owner = possessiveOwner(before: name.tokens.lowerBound, in: tokens, registry: registry) {
                affiliation = (owner, affiliation?.role)
            }
            if affiliation?.actor == nil, let officer = roleOfOrganisation(before: name.tokens.lowerBound, in: tokens, sentence: sentence, registry: registry) {
                affiliation = (officer.actor, affiliation?.role ?? officer.role)
            }
            if affiliation?.actor == nil, let body = possessingBody(before: name.tokens.lowerBound, in: tokens, sentence: sentence, registry: registry) {
                affiliation = (body, affiliation?.role)
            }
            registry.addPerson(words: name.words, role: affiliation?.role, affiliation: affiliation?.actor, sentence: sentence, tokens: name.tokens, via: .name)
            mark(name.tokens, &occupied)
            return name.tokens.upperBound
        }
        if let end = matchBodyOfOrdinaryWords(tokens, sentence: sentence, at: index, registry: &registry, occupied: &occupied) { return end }
        if let end = matchGroupNoun(tokens, sentence: sentence, at: index, registry: &registry, occupied: &occupied) { return end }
        return nil
    }

    /// An organisation named by its shape, unless the lexicon knows the name (or a longer one):
    /// a demonym that only opens the name ("British Medical Association") gives way.
    private func matchOrganisation(_ tokens: [Token], sentence: Int, at index: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        if let id = organisationMention(tokens, at: index, registry: registry) {
            registry.add(id, name: "", kind: .organisation, affiliation: nil, sentence: sentence, tokens: index..<(index + 1), via: .alias)
            mark(index..<(index + 1), &occupied)
            return index + 1
        }
        guard let range = organisationName(tokens, at: index), !occupied[range].contains(true) else { return nil }
        // The lexicon's own names win: the whole name or a longer one ("UN Security Council"), and
        // a body or party inside ("US Congress", "Kenya Red Cross Society"); a country's name or
        // demonym only opens the organisation's ("British Medical Association"), and a bundled
        // company's name a company's ("Dunmore Securities").
        for position in range {
            guard let known = lexicon.match(tokens, at: position) else { continue }
            if position == index, known.length >= range.count { return nil }
            // "the Trade Unions Congress": a body's one-word short name at the end of another body's
            // name, with no country before it ("US Congress" is the bundled one).
            let endsOtherName = position > index && known.length == 1 && known.meaning.role == .alias && position + 1 == range.upperBound
                && !(index..<position).contains(where: { lexicon.match(tokens, at: $0).flatMap { lexicon.entry($0.meaning.entry)?.kind } == .country })
            switch lexicon.entry(known.meaning.entry)?.kind {
            case .country: continue
            // "the Kestrian Green Party": another country's party, whose adjective a bundled party shares.
            case .party where known.meaning.role == .adjective && position > index && lexicon.match(tokens, at: index).flatMap({ lexicon.entry($0.meaning.entry)?.kind }) == .country:
                continue
            case .government where endsOtherName, .organisation where endsOtherName:
                continue
            case .company where position == index && organisationKind(range, in: tokens) == .company:
                // "Daiwa Securities", "Dunmore Group": the bundled company under a fuller name.
                if let entry = lexicon.entry(known.meaning.entry), range.dropFirst(known.length).allSatisfy({ words.companyNouns.contains(tokens[$0]) }) {
                    addLexiconMention(entry, via: .alias, sentence: sentence, tokens: range, registry: &registry)
                    mark(range, &occupied)
                    return range.upperBound
                }
                continue
            default: return nil
            }
        }
        // "the US Department of Defense", "the Department for Transport": a government department
        // is its country's government; with no country named, the country the article is about.
        if let head = range.first(where: { words.organisationNouns.contains(tokens[$0]) }), ["Department", "Ministry"].contains(tokens[head].text) {
            if head > index, let match = lexicon.match(tokens, at: index), let country = lexicon.entry(match.meaning.entry), country.kind == .country, index + match.length == head {
                addLexiconMention(country, via: .metonym, sentence: sentence, tokens: range, registry: &registry)
                mark(range, &occupied)
                return range.upperBound
            }
            if head == index {
                let (id, end) = addOrganisation(range, tokens: tokens, sentence: sentence, registry: &registry)
                registry.departments.insert(id)
                mark(index..<end, &occupied)
                return end
            }
        }
        // "the Welsh Assembly Government": the government of the country the demonym names.
        if range.upperBound < tokens.count, ["Government", "Executive"].contains(tokens[range.upperBound].text),
           let match = lexicon.match(tokens, at: index), let country = lexicon.entry(match.meaning.entry), country.kind == .country {
            let covered = index..<(range.upperBound + 1)
            addLexiconMention(country, via: .metonym, sentence: sentence, tokens: covered, registry: &registry)
            mark(covered, &occupied)
            return covered.upperBound
        }
        let (id, end) = addOrganisation(range, tokens: tokens, sentence: sentence, registry: &registry)
        mark(index..<end, &occupied)
        // "Refugee Council Chief Executive Maeve Sherlock": the person belongs to the organisation.
        if end == range.upperBound, let personEnd = matchTitledPerson(tokens, sentence: sentence, at: end, known: lexicon.match(tokens, at: end), registry: &registry, occupied: &occupied) {
            if let person = registry.lastPersonIndex, registry.people[person].affiliation == nil {
                registry.people[person].affiliation = id
            }
            return personEnd
        }
        return end
    }

    /// "Russian President Vladimir Putin", "Secretary of State John Kerry", "Mr Kerry",
    /// "his Russian counterpart Sergei Lavrov", "Republican John McCain", "Labour leader Ed Miliband".
    /// `known` is the lexicon match at `start`, which the caller has already looked up.
    private func matchTitledPerson(_ tokens: [Token], sentence: Int, at start: Int, known: (meaning: PhraseMeaning, length: Int)?,
                                   registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        var index = start
        var qualifier: (meaning: PhraseMeaning, tokens: Range<Int>)?
        var role: String?
        if let match = known, match.meaning.role != .capital, match.meaning.role != .people {
            if match.meaning.role == .member, lexicon.entry(match.meaning.entry)?.kind != .party {
                // "MEP Jo Bell": a member noun before a name is the person's title, not their body.
                role = ActorRecognizer.roleText(tokens[index..<(index + match.length)])
            } else {
                qualifier = (match.meaning, index..<(index + match.length))
            }
            index += match.length
            // "UKIP Scotland chairman": a party's or organisation's branch, named by its country.
            if let entry = qualifier.flatMap({ lexicon.entry($0.meaning.entry) }), entry.kind != .country,
               let branch = lexicon.match(tokens, at: index), lexicon.entry(branch.meaning.entry)?.kind == .country,
               branch.meaning.role == .name || branch.meaning.role == .alias {
                index += branch.length
                qualifier?.tokens = start..<index
            }
            if index < tokens.count, tokens[index].text == "'s" || (tokens[index].text == "'" && tokens[index - 1].text.hasSuffix("s")) { index += 1 }
        }
        guard index < tokens.count else { return nil }
        var honorific = false
        if role != nil {
            // the member noun was the title
        } else if tokens[index].isCapitalized || index == start || qualifier != nil, let length = words.longestMatch(words.titles, in: tokens, at: index, lowercase: true) {
            role = ActorRecognizer.roleText(tokens[index..<(index + length)])
            index += length
        } else if !tokens[index].isCapitalized, let length = words.longestMatch(words.roleNouns, in: tokens, at: index, lowercase: true) {
            role = ActorRecognizer.roleText(tokens[index..<(index + length)])
            index += length
        } else if words.honorifics.contains(tokens[index]) {
            honorific = true
            index += 1
        } else if qualifier != nil, let found = self.role(in: tokens, at: index, capitalised: false),
                  names.name(in: tokens, at: found.end) != nil || appositiveName(after: found.end, roleStart: start, in: tokens) != nil {
            // "Lib Dem home affairs spokesman Jo Bell", "the Tory leader, Mr Bell,".
            role = found.role
            index = found.end
        } else if qualifier?.meaning.role != .member && !(qualifier.map { isPartyAdjective($0.meaning) } ?? false) {
            return nil
        }
        // "The Attorney General, Lord Bell, said": the role, then the name between commas.
        var appositive = false
        if role != nil, let nameStart = appositiveName(after: index, roleStart: start, in: tokens) {
            index = nameStart
            appositive = true
        }
        if index < tokens.count, tokens[index].text == ".", tokens[index - 1].range.upperBound == tokens[index].range.lowerBound { index += 1 }
        // "Chairman Sir Jo Bell", "President Dr Jo Bell": an honorific after the title.
        var honorificAfterRole: Int?
        if role != nil, index + 1 < tokens.count, words.honorifics.contains(tokens[index]), names.name(in: tokens, at: index + 1) != nil {
            honorificAfterRole = index
            index += 1
        }
        // "Minister for Schools and Families Jo Bell": the office's portfolio, then the name.
        if let role, index + 2 < tokens.count, tokens[index].text == "for", tokens[index + 1].isCapitalized, tokens[start].isCapitalized,
           ["minister", "secretary", "commissioner", "secretary of state"].contains(role),
           let nameStart = ((index + 2)..<min(tokens.count, index + 12)).first(where: { words.givenNames.contains(tokens[$0]) && names.name(in: tokens, at: $0).map { $0.words.count >= 2 } == true }),
           ((index + 1)..<nameStart).allSatisfy({ tokens[$0].isCapitalized || [",", "and", "&"].contains(tokens[$0].text) }) {
            index = nameStart
        }
        if let role, qualifier == nil, ActorRecognizer.royalTitles.contains(role) || ActorRecognizer.nobleTitles.contains(role),
           let end = matchRoyal(role: role, tokens, sentence: sentence, at: start, titleEnd: index, registry: &registry, occupied: &occupied) {
            return end
        }
        // "Mr Hague", "Mrs Paris": after an honorific a place's name is a surname.
        let surnameOnly = honorific && index < tokens.count && names.isNameWord(tokens[index], allowingLexicon: true)
            && !(index + 1 < tokens.count && names.isNameWord(tokens[index + 1], allowingLexicon: true))
            ? PersonNames.Name(tokens: index..<(index + 1), words: [tokens[index].text], hasInitial: false) : nil
        guard let name = names.name(in: tokens, at: index) ?? surnameOnly else { return nil }
        if role == nil && !honorific && name.words.count < 2 { return nil }
        if words.notPeople.contains(name.words.joined(separator: " ")) { return nil }
        // "the Mr Universe contest", "the ferry Princess Helga", "moored in Admiral Bay": things and places.
        let titleStart = qualifier?.tokens.upperBound ?? start
        if names.namesAThing(start..<name.tokens.upperBound, in: tokens, lowercaseToo: true) { return nil }
        if name.words.count == 1, qualifier == nil, titleStart > 0, ["in", "at", "near", "into", "across", "around", "outside", "inside"].contains(tokens[titleStart - 1].lowercased) { return nil }

        var affiliation: String?
        if let qualifier, let entry = lexicon.entry(qualifier.meaning.entry) {
            // "Dutch co-chairman Jo Bell", "a German economist": a nationality, not the state.
            let nationalityOnly = entry.kind == .country && qualifier.meaning.role == .adjective
                && role.map { ActorRecognizer.professionalRoles.contains($0) || words.isCorporateRole($0) } == true
            if !nationalityOnly {
                // ("told the BBC Michael Howard has ...": the one told is no one's employer.)
                if !Self.isAddressee(at: qualifier.tokens.lowerBound, in: tokens) { affiliation = entry.id }
                addLexiconMention(entry, via: via(for: qualifier.meaning.role), sentence: sentence, tokens: qualifier.tokens, registry: &registry)
                mark(qualifier.tokens, &occupied)
            }
        }
        let former = isFormer(tokens, before: start)
        if former { affiliation = nil }
        // ("Conservative peer Lord Heseltine": a peer is named with the peerage, not the role.)
        let personStart = appositive ? honorificAfterRole ?? name.tokens.lowerBound
            : honorificAfterRole.flatMap { ["Lord", "Lady", "Baroness", "Baron"].contains(tokens[$0].text) ? $0 : nil } ?? qualifier?.tokens.upperBound ?? start
        let skipPossessive = personStart < tokens.count && (tokens[personStart].text == "'s" || tokens[personStart].text == "'") ? 1 : 0
        let personTokens = (personStart + skipPossessive)..<name.tokens.upperBound
        if affiliation == nil, !former, let company = possessiveOwner(before: start, in: tokens, registry: registry) {
            affiliation = company
        }
        if affiliation == nil, !former, let after = apposition(after: name.tokens.upperBound, in: tokens, sentence: sentence, roleBefore: role,
                                                              registry: &registry, occupied: &occupied) {
            affiliation = after.actor
            role = role ?? after.role
        }
        if affiliation == nil, !former, let entry = forQualifier(before: start, in: tokens) { affiliation = entry.id }
        // "the chairman of Migration Watch UK, Sir Jo Bell,": a titled name takes the role before it as an untitled one does.
        if affiliation == nil, !former, let officer = roleOfOrganisation(before: start, in: tokens, sentence: sentence, registry: registry) {
            affiliation = officer.actor
            role = role ?? officer.role
        }
        let via: MentionSource = name.words.count > 1 ? .name : .surname
        let person = registry.addPerson(words: name.words, role: role, affiliation: affiliation, sentence: sentence, tokens: personTokens, via: via)
        if former { registry.people[person].former = true }
        // "Ruritanian President Jo Bell": a capitalised word the lexicon does not know qualifies the title.
        if qualifier == nil, role != nil, start >= 1, tokens[start - 1].isCapitalized, tokens[start - 1].isWord, !words.notNames.contains(tokens[start - 1]),
           lexicon.match(tokens, at: start - 1) == nil {
            registry.people[person].qualifiedByUnknown = true
        }
        mark(personTokens, &occupied)
        return name.tokens.upperBound
    }

    /// Where the name starts in "the ROLE, NAME,": after the comma at `index`, past an honorific,
    /// when "the" opens the role and a comma closes the name ("The Attorney General, Lord Bell,
    /// said", "the Tory leader, Mr Bell, said").
    private func appositiveName(after index: Int, roleStart: Int, in tokens: [Token]) -> Int? {
        guard index + 1 < tokens.count, tokens[index].text == ",", roleStart > 0, tokens[roleStart - 1].lowercased == "the" else { return nil }
        let first = index + 1
        let nameAt = words.honorifics.contains(tokens[first]) ? first + 1 : first
        guard nameAt < tokens.count, let name = names.name(in: tokens, at: nameAt), name.tokens.upperBound < tokens.count,
              tokens[name.tokens.upperBound].text == "," else { return nil }
        return first
    }

    /// The length of a portfolio and a government noun after it ("finance ministers", "foreign
    /// officials"), from `start`; nil when there are none.
    private func portfolioBeforeGovernmentNoun(_ tokens: [Token], at start: Int) -> Int? {
        for count in 1...Portfolios.maxWords where start + count < tokens.count {
            guard tokens[start..<(start + count)].allSatisfy(Portfolios.canBePart) else { return nil }
            if let nounLength = words.longestMatch(words.governmentNouns, in: tokens, at: start + count, lowercase: true) { return count + nounLength }
        }
        return nil
    }

    /// A lexicon phrase: names and aliases always count; demonyms, capitals and member nouns
    /// only in the constructions where they stand for the actor.
    private func matchLexicon(_ meaning: PhraseMeaning, length: Int, tokens: [Token], sentence: Int, at start: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int {
        guard let entry = lexicon.entry(meaning.entry) else { return start + length }
        let end = start + length
        let previous = start > 0 ? tokens[start - 1].lowercased : ""
        if isPartOfAThingsName(tokens, start: start, end: end, meaning: meaning) {
            mark(start..<end, &occupied)
            return end
        }
        if entry.kind == .company, !companyNameStandsAlone(tokens, start: start, end: end) {
            // "Orange County", "EMI Music": the next word belongs with it, and is no name alone.
            if end < tokens.count, tokens[end].isCapitalized, !occupied[end] {
                mark(end..<(end + 1), &occupied)
                return end + 1
            }
            return end
        }
        // "the Labour government", "the Tory administration": the government in office is its country's (codebook).
        // ("a Tory government" would be the party's, not yet the country's.)
        if entry.kind == .party, previous == "the", end < tokens.count, ["government", "administration"].contains(tokens[end].lowercased),
           [.name, .alias, .adjective].contains(meaning.role), let country = entry.parent.flatMap({ lexicon.entry($0) }), country.kind == .country {
            addLexiconMention(country, via: .metonym, sentence: sentence, tokens: start..<(end + 1), registry: &registry)
            mark(start..<(end + 1), &occupied)
            return end + 1
        }
        var covered: Range<Int>?
        switch meaning.role {
        case .name, .alias, .seat:
            if entry.kind == .government, meaning.role != .seat, let result = legislatureUse(entry, tokens: tokens, sentence: sentence, start: start, end: end, registry: &registry, occupied: &occupied) {
                return result
            }
            // "the Kremlin", "the Castle": the article belongs to the name.
            covered = meaning.hasArticle && previous == "the" ? (start - 1)..<end : start..<end
            // "the Labour government", "Tory MPs": the party's people are the party.
            if entry.kind == .party, end < tokens.count, ActorRecognizer.partyMemberNouns.contains(tokens[end].lowercased) {
                covered = covered.map { $0.lowerBound..<(end + 1) }
            }
        case .capital:
            if ActorRecognizer.placePrepositions.contains(previous) {
                covered = nil  // "talks in Strelsau": a venue
            } else if isStatementContext(tokens, after: end) || isActorTargetContext(tokens, before: start) || (start == 1 && previous == "for" && end < tokens.count && tokens[end].text == ",") {
                covered = start..<end
            }
        case .adjective:
            if let party = lexicon.match(tokens, at: end), let partyEntry = lexicon.entry(party.meaning.entry), partyEntry.kind == .party,
               [.name, .alias].contains(party.meaning.role) {
                // "the Welsh Liberal Democrats": a party's branch is the party.
                addLexiconMention(partyEntry, via: .alias, sentence: sentence, tokens: start..<(end + party.length), registry: &registry)
                mark(start..<(end + party.length), &occupied)
                return end + party.length
            } else if let nounLength = words.longestMatch(words.governmentNouns, in: tokens, at: end, lowercase: true) {
                covered = start..<(end + nounLength)
            } else if entry.kind == .country, let portfolio = portfolioBeforeGovernmentNoun(tokens, at: end) {
                // "British finance ministers", "French foreign ministry officials": a portfolio, then the state's people.
                covered = start..<(end + portfolio)
            } else if entry.kind == .country, end < tokens.count, words.groupNouns.containsLowercased(tokens[end]) {
                let noun = ActorRecognizer.pluralGroupNoun(tokens[end].lowercased)
                let name = "\(tokens[start..<end].map(\.text).joined(separator: " ")) \(noun)"
                registry.add("\(entry.id)-\(noun)", name: name, kind: .group, affiliation: entry.id, sentence: sentence, tokens: start..<(end + 1), via: .name)
                mark(start..<(end + 1), &occupied)
                return end + 1
            } else if isPartyAdjective(meaning), end < tokens.count, ActorRecognizer.partyMemberNouns.contains(tokens[end].lowercased) {
                covered = start..<(end + 1)
            } else if isPartyAdjective(meaning), end < tokens.count, ActorRecognizer.partyPositionNouns.contains(tokens[end].lowercased) {
                // "Lib Dem opposition to", "Tory backing": the party's own position.
                covered = start..<end
            } else if isPartyAdjective(meaning), sharesPartyNoun(tokens, after: end) {
                covered = start..<end
            } else if previous == "the", isStatementContext(tokens, after: end) || isNounPhraseEnd(tokens, at: end) {
                // "the Dutch insist", "the Spanish are angry", "backed by the French.": the people
                // of a country, not an adjective ("the Dutch ship"), are the country.
                covered = (start - 1)..<end
            }
        case .people:
            if previous == "the" || isStatementContext(tokens, after: end) { covered = start..<end }
        case .member:
            if tokens[end - 1].text.hasSuffix("s") || isStatementContext(tokens, after: end) {
                covered = start..<end
            } else if end < tokens.count, ActorRecognizer.partyMemberNouns.contains(tokens[end].lowercased) {
                covered = start..<(end + 1)
            } else if end < tokens.count, ActorRecognizer.partyPositionNouns.contains(tokens[end].lowercased) || sharesPartyNoun(tokens, after: end) {
                covered = start..<end  // "Harvester opposition", "Harvester and Rowanite MPs": as after a party's adjective
            }
        }
        if let covered {
            addLexiconMention(entry, via: via(for: meaning.role), sentence: sentence, tokens: covered, registry: &registry)
            mark(covered, &occupied)
            return covered.upperBound
        }
        return end
    }

    /// "the rebels", "Militants said": a group named only by its noun.
    private func matchGroupNoun(_ tokens: [Token], sentence: Int, at index: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        let word = tokens[index].lowercased
        guard words.groupNouns.containsLowercased(tokens[index]), word.hasSuffix("s") else { return nil }
        let previous = index > 0 ? tokens[index - 1].lowercased : ""
        guard previous == "the" || index == 0 || isStatementContext(tokens, after: index + 1) else { return nil }
        registry.add(word, name: word.prefix(1).uppercased() + word.dropFirst(), kind: .group, affiliation: nil, sentence: sentence, tokens: index..<(index + 1), via: .name)
        mark(index..<(index + 1), &occupied)
        return index + 1
    }

    // MARK: - Second pass: surnames, roles, "the X regime"

    private func matchLater(_ text: AnalyzedText, sentence: Int, at index: Int, principal: LexiconEntry?, registry: inout ActorRegistry, occupied: inout [Bool]) {
        guard !occupied[index] else { return }
        let token = text.tokens[sentence][index]
        if let principal, let range = homeGovernment(text.tokens[sentence], at: index, occupied: occupied) {
            addLexiconMention(principal, via: .metonym, sentence: sentence, tokens: range, registry: &registry)
            mark(range, &occupied)
            return
        }
        // Small-string comparisons: cheaper than hashing every word of the article.
        let isRoleDeterminer = token.lowercased == "the" || token.lowercased == "his" || token.lowercased == "her"
        guard token.isCapitalized || isRoleDeterminer else { return }
        let tokens = text.tokens[sentence]
        if isRoleDeterminer, matchRoleOnly(tokens, sentence: sentence, at: index, registry: &registry, occupied: &occupied) {
            return
        }
        if token.isCapitalized {
            // "the Assad regime": the government of the country the person leads.
            if index + 1 < tokens.count, ["regime", "government", "administration"].contains(tokens[index + 1].lowercased),
               let country = countryLed(by: token.text, registry: &registry), let entry = lexicon.entry(country) {
                addLexiconMention(entry, via: .metonym, sentence: sentence, tokens: index..<(index + 2), registry: &registry)
                mark(index..<(index + 2), &occupied)
                return
            }
            if let id = registry.shortNames[token.text], !(index > 0 && (words.honorifics.contains(tokens[index - 1]) || words.titleWords.contains(tokens[index - 1]))),
               companyNameStandsAlone(tokens, start: index, end: index + 1) {
                registry.add(id, name: "", kind: registry.kind(of: id) ?? .company, affiliation: nil, sentence: sentence, tokens: index..<(index + 1), via: .alias)
                mark(index..<(index + 1), &occupied)
                return
            }
            if let surname = surnameMention(tokens, at: index, registry: &registry, occupied: occupied) {
                registry.people[surname.person].spans.append((sentence, surname.tokens, .surname))
                mark(surname.tokens, &occupied)
            }
            return
        }
    }

    /// "the foreign secretary said": the one person in the article with that role.
    private func matchRoleOnly(_ tokens: [Token], sentence: Int, at index: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Bool {
        var roleStart = index + 1
        var qualifier: String?
        if roleStart < tokens.count, let match = lexicon.match(tokens, at: roleStart), match.meaning.role == .adjective || match.meaning.role == .alias || match.meaning.role == .name {
            qualifier = match.meaning.entry
            roleStart += match.length
        }
        guard roleStart < tokens.count, !tokens[roleStart].isCapitalized,
              let length = words.longestMatch(words.titles, in: tokens, at: roleStart, lowercase: true)
                ?? words.longestMatch(words.roleNouns, in: tokens, at: roleStart, lowercase: true) else { return false }
        let end = roleStart + length
        if end < tokens.count, names.name(in: tokens, at: end) != nil { return false }
        let role = tokens[roleStart..<end].map(\.lowercased).joined(separator: " ")
        var holders = registry.people.indices.filter { person in
            registry.people[person].roles.contains(role) && (qualifier == nil || registry.people[person].affiliation == qualifier)
        }
        // "the prime minister" in an article that names Tony Blair without his office: the one
        // person named so far who held it, from the bundled office terms.
        if holders.isEmpty {
            let officers = registry.people.indices.compactMap { person in
                words.heldOffice(role, for: qualifier, by: registry.people[person].words).map { (person: person, office: $0) }
            }
            holders = officers.map(\.person)
            // ... and speaks for whom the office is for, when the text said nothing else.
            if let officer = officers.first, officers.count == 1, registry.people[officer.person].affiliation == nil {
                registry.people[officer.person].affiliation = officer.office
            }
        }
        guard holders.count == 1, !occupied[index..<end].contains(true) else { return false }
        registry.people[holders[0]].spans.append((sentence, (index + 1)..<end, .role))
        mark(index..<end, &occupied)
        return true
    }

    /// A later mention by family name at `index`: "Kerry", "Mr Kerry", "al-Sufari", "Maelstad-Berg",
    /// "Mr van Aalst". Only when exactly one person in the article has that family name.
    private func surnameMention(_ tokens: [Token], at index: Int, registry: inout ActorRegistry, occupied: [Bool]) -> (person: Int, tokens: Range<Int>)? {
        func glued(_ a: Int, _ b: Int) -> Bool { tokens[a].range.upperBound == tokens[b].range.lowerBound }
        // The hyphenated compound that starts here, longest first.
        var end = index
        var compound = tokens[index].text
        var candidates: [(String, Int)] = [(compound, index)]
        while end + 2 < tokens.count, tokens[end + 1].text == "-", glued(end, end + 1), glued(end + 1, end + 2), tokens[end + 2].isWord {
            compound += "-" + tokens[end + 2].text
            end += 2
            candidates.insert((compound, end), at: 0)
        }
        var start = index
        // A glued particle before: "al-Sufari".
        if index >= 2, tokens[index - 1].text == "-", glued(index - 2, index - 1), glued(index - 1, index), words.particles.contains(tokens[index - 2]) {
            candidates.insert((tokens[index - 2].text + "-" + tokens[index].text, index), at: 0)
            start = index - 2
        }
        for (text, last) in candidates {
            let owners = registry.people(withSurname: text)
            guard owners.count == 1 else {
                if owners.count > 1 { return nil }
                continue
            }
            var first = text.hasPrefix(tokens[start].text + "-") && start < index ? start : index
            while first > 0, !occupied[first - 1], words.particles.contains(tokens[first - 1]) { first -= 1 }
            if first > 0, !occupied[first - 1], words.honorifics.contains(tokens[first - 1]) || words.titleWords.contains(tokens[first - 1]) { first -= 1 }
            guard !occupied[first...last].contains(true), !names.namesAThing(first..<(last + 1), in: tokens, lowercaseToo: false) else { return nil }
            return (owners[0], first..<(last + 1))
        }
        return nil
    }

    /// The country that the person with this surname leads or represents, from the text or the office-holder list.
    private func countryLed(by surname: String, registry: inout ActorRegistry) -> String? {
        let owners = registry.people(withSurname: surname)
        if owners.count == 1, let affiliation = registry.people[owners[0]].affiliation { return affiliation }
        let holders = words.officeHolderActors(withSurname: surname)
        return holders.count == 1 ? holders[0] : nil
    }

    private func addOfficeHolderAffiliations(_ registry: inout ActorRegistry, year: Int?) {
        // The well-known people with one period of office each: they date an undated article.
        let soleRecords = soleOfficeRecords(in: registry)
        let era = year.map { $0...$0 } ?? Self.era(of: soleRecords)
        for index in registry.people.indices where registry.people[index].affiliation == nil {
            // Most family names are no office holder's: the sorted surname list says so quickly.
            guard let surname = registry.people[index].words.last, !words.officeHolderActors(withSurname: surname).isEmpty else { continue }
            let name = registry.people[index].fullName
            let records = words.officeHolders(named: name)
            let matches = records.filter { holder in
                era.map { holder.from <= $0.upperBound && $0.lowerBound <= holder.to } ?? true
            }
            if let actor = Self.oneOf(Set(matches.map(\.actor)), in: registry) ?? eraVote(matches.isEmpty ? records : matches, others: soleRecords) {
                registry.people[index].affiliation = actor
            }
        }
    }

    /// When neither the era nor the article's mentions decide between an office holder's records
    /// ("Michael Howard": minister 1993-97, Conservative leader 1999-2005), the record that the
    /// article's other well-known people (with one record each) share the most years with.
    /// (The person voted on has several records, so is never among `others`.)
    private func eraVote(_ records: [RolesFile.OfficeHolder], others: [RolesFile.OfficeHolder]) -> String? {
        guard Set(records.map(\.actor)).count > 1 else { return nil }
        // Weighed by the years in common: Tony Blair (1997-2007) shares one year with the minister
        // and seven with the party leader.
        let votes = records.map { record in (record.actor, others.map { max(0, min($0.to, record.to) - max($0.from, record.from) + 1) }.reduce(0, +)) }
        let best = votes.map(\.1).max() ?? 0
        let winners = Set(votes.filter { $0.1 == best }.map(\.0))
        return best > 0 && winners.count == 1 ? winners.first : nil
    }

    /// When the article names no year: the years in which every well-known person it names with
    /// one period of office held it together (Tony Blair, 1997-2007, and Charles Kennedy, 1999-2006:
    /// 1999-2006), or nil when they name none or do not overlap.
    static func era(of soleRecords: [RolesFile.OfficeHolder]) -> ClosedRange<Int>? {
        guard !soleRecords.isEmpty else { return nil }
        let from = soleRecords.map(\.from).max()!, to = soleRecords.map(\.to).min()!
        return from > to ? nil : from...to
    }

    /// The one record of each person the article names who held one office in one period.
    func soleOfficeRecords(in registry: ActorRegistry) -> [RolesFile.OfficeHolder] {
        registry.people.compactMap { person in
            guard let surname = person.words.last, !words.officeHolderActors(withSurname: surname).isEmpty else { return nil }
            let records = words.officeHolders(named: person.fullName)
            return records.count == 1 ? records[0] : nil
        }
    }

    /// The one actor among an office holder's records for the year, or, when the year does not
    /// decide ("Michael Howard": a minister in 1993-97, the Conservatives' leader in 1999-2005, in an
    /// article that names no year), the one of them the article itself mentions.
    static func oneOf(_ actors: Set<String>, in registry: ActorRegistry) -> String? {
        if actors.count == 1 { return actors.first }
        let mentioned = actors.filter { registry.kind(of: $0) != nil }
        return mentioned.count == 1 ? mentioned.first : nil
    }

    // MARK: - Helpers

    /// Whether the name at `start` is whom something was told ("told the BBC", "telling Reuters").
    static func isAddressee(at start: Int, in tokens: [Token]) -> Bool {
        var index = start - 1
        if index >= 0, tokens[index].lowercased == "the" { index -= 1 }
        return index >= 0 && ["told", "tell", "tells", "telling"].contains(tokens[index].lowercased)
    }

    /// Prepositions that make a capital a venue: "talks in Strelsau", "flew to Kessa".
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "around", "across", "into", "to", "via", "inside", "through", "towards", "toward", "from", "on"]

    /// A lexicon name inside the name of a thing: "the Valdoria Cup", "the Gulf of Tarvos",
    /// "the NVF-7 rocket", "the Dunmere Harvesters".
    private func isPartOfAThingsName(_ tokens: [Token], start: Int, end: Int, meaning: PhraseMeaning) -> Bool {
        // "New South Wales", "New Mexico", "British Columbia": a place whose name holds a country's.
        if isInsidePlaceName(tokens, start: start, end: end) { return true }
        if end < tokens.count, tokens[end].isCapitalized, words.thingNouns.containsLowercased(tokens[end]) { return true }
        if end + 1 < tokens.count, tokens[end].text == "-", tokens[end].range.lowerBound == tokens[end - 1].range.upperBound,
           tokens[end + 1].kind == .number { return true }
        if start >= 2, tokens[start - 1].lowercased == "of", tokens[start - 2].isCapitalized, words.thingNouns.containsLowercased(tokens[start - 2]) { return true }
        // "Paddington Green police station": a party's adjective inside a place's name, too.
        if meaning.role == .member || meaning.role == .adjective, start >= 2, tokens[start - 1].isCapitalized,
           !words.titleWords.contains(tokens[start - 1]), !words.notNames.contains(tokens[start - 1]) {
            // "the Dunmere Harvesters": a team or band, unless the word before names a country or party.
            let before = lexicon.match(tokens, at: start - 1)
            if before == nil || before?.meaning.role == .capital { return true }
        }
        return false
    }

    /// Whether the tokens from `start` to `end` lie inside a longer place name the role words
    /// list ("New South Wales" around "Wales", "Washington State" around "Washington").
    private func isInsidePlaceName(_ tokens: [Token], start: Int, end: Int) -> Bool {
        for first in max(0, start - 2)...start {
            guard (first..<start).allSatisfy({ tokens[$0].isCapitalized }) else { continue }
            var last = end
            while last <= min(tokens.count, end + 2) {
                if (first, last) != (start, end), words.notPeople.contains(tokens[first..<last].map(\.text).joined(separator: " ")) { return true }
                guard last < tokens.count, tokens[last].isCapitalized else { break }
                last += 1
            }
        }
        return false
    }

    /// Nouns after a party adjective that mean the party: "Labour MPs", "Tory leader".
    static let partyMemberNouns: Set<String> = ["mps", "members", "politicians", "lawmakers", "senators", "peers", "candidates", "party", "leadership", "frontbench", "backbenchers", "activists", "government", "spokesman", "spokeswoman", "sources"]

    /// Nouns after a party adjective that name the party's position: "Lib Dem opposition to the
    /// bill", "won Tory backing". (Not "Tory plans": what is said of a party's plans is too often
    /// said of the plans' subject, not the party's stance on it.)
    static let partyPositionNouns: Set<String> = ["opposition", "support", "backing", "criticism", "demands", "calls", "objections"]

    static func pluralGroupNoun(_ noun: String) -> String {
        noun.hasSuffix("s") || noun == "opposition" || noun == "militia" ? noun : noun + "s"
    }

    /// "Tory and Lib Dem MPs", "Tory and Lib Dem opposition": after a party's word, another
    /// party's word and the noun of members or of a position both share.
    private func sharesPartyNoun(_ tokens: [Token], after end: Int) -> Bool {
        guard end + 2 < tokens.count, ["and", "or"].contains(tokens[end].lowercased), let other = lexicon.match(tokens, at: end + 1),
              lexicon.entry(other.meaning.entry)?.kind == .party, end + 1 + other.length < tokens.count else { return false }
        let noun = tokens[end + 1 + other.length].lowercased
        return ActorRecognizer.partyMemberNouns.contains(noun) || ActorRecognizer.partyPositionNouns.contains(noun)
    }

    private func isPartyAdjective(_ meaning: PhraseMeaning) -> Bool {
        guard meaning.role == .adjective || meaning.role == .member, let entry = lexicon.entry(meaning.entry) else { return false }
        return entry.kind == .party
    }

    /// The word after `end` (past auxiliaries and adverbs) is a reporting or stance verb: "Moscow insists".
    func isStatementContext(_ tokens: [Token], after end: Int) -> Bool {
        var index = end
        var skipped = 0
        while index < tokens.count, skipped < 3, ActorRecognizer.auxiliaries.contains(tokens[index].lowercased) {
            index += 1
            skipped += 1
        }
        guard index < tokens.count else { return false }
        return startsStatement(tokens, at: index)
    }

    /// A reporting or stance verb starts at `index`: "said", "backs", or a verb phrase of three
    /// words or more whose first word alone says nothing ("joined calls for").
    func startsStatement(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if cues.statementVerbs.contains(tokens[index].lowercased) { return true }
        guard tokens[index].isWord, !tokens[index].isCapitalized, index + 2 < tokens.count else { return false }
        let words = tokens[index..<min(tokens.count, index + 6)].map(\.lowercased)
        return cues.cues(in: words, at: 0).contains { $0.isVerb && $0.words.count >= 3 }
    }

    /// Nothing more of a noun phrase follows `index`: a verb's auxiliary or punctuation.
    func isNounPhraseEnd(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return true }
        let next = tokens[index]
        if next.kind == .punctuation { return [",", ".", ";", ":", ")", "!", "?"].contains(next.text) }
        return ["are", "were", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "did", "and", "or"].contains(next.lowercased)
    }

    /// The word before is a verb that takes an actor as its object: "Cairo accuses Addis Ababa".
    func isActorTargetContext(_ tokens: [Token], before start: Int) -> Bool {
        guard start > 0 else { return false }
        let word = tokens[start - 1].lowercased
        return cues.actorTargetVerbs.contains(word)
    }

    func via(for role: PhraseMeaning.Role) -> MentionSource {
        switch role {
        case .name: return .name
        case .alias, .member: return .alias
        case .adjective, .people: return .demonym
        case .capital, .seat: return .metonym
        }
    }

    func addLexiconMention(_ entry: LexiconEntry, via: MentionSource, sentence: Int, tokens: Range<Int>, registry: inout ActorRegistry) {
        registry.add(entry.id, name: entry.name, kind: entry.kind, affiliation: entry.parent, sentence: sentence, tokens: tokens, via: via)
    }

    func mark(_ range: Range<Int>, _ occupied: inout [Bool]) {
        for index in range where index < occupied.count { occupied[index] = true }
    }
}
