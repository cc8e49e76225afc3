/// Organisations named by their shape rather than by the lexicon: a capitalised name that ends
/// in an organisation noun ("the Electoral Commission", "the British Medical Association") or
/// opens with one before "of", "for" or "on" ("the Confederation of British Industry", "the
/// Department for Education and Skills"). An acronym in brackets right after the name
/// ("(CBI)") and, later, the bare capitalised noun ("the Society") name it again.
extension ActorRecognizer {
    /// Nouns that end the name of a body's document, not of the body: "Department of Transport Document".
    static let documentNouns: Set<String> = ["Document", "Report", "Paper", "Bill", "Act", "Plan", "Strategy", "Review", "Survey", "Study", "Guidelines"]

    /// The tokens of an organisation's or company's name starting at `start`, if its shape makes
    /// it one: capitalised words closed by an organisation noun or a company noun ("Electoral
    /// Commission", "Kestrel Airways", "Borvik AG"), or opened by one before "of" or "for".
    func organisationName(_ tokens: [Token], at start: Int) -> Range<Int>? {
        guard start >= 0, start < tokens.count, tokens[start].isCapitalized else { return nil }
        // Most capitalised words are no organisation's: the name needs an organisation noun here
        // or another name word next ("Electoral Commission", "Economic and Social ...").
        if !isHeadNoun(tokens[start]) {
            guard start + 1 < tokens.count, tokens[start + 1].isCapitalized || ["and", "&", "-"].contains(tokens[start + 1].text) || words.companyNouns.contains(tokens[start + 1]) else { return nil }
        }
        guard isOrganisationNameWord(tokens[start]) else { return nil }
        // Inside a longer name: "Member of Parliament for Sheffield".
        if start >= 2, ["of", "for"].contains(tokens[start - 1].text), tokens[start - 2].isCapitalized { return nil }
        // The capitalised words, up to and including the first organisation noun, or the first
        // company noun that no other name word follows ("Financial Services Authority" goes on
        // past "Financial"); "and" or "&" may join two of them ("Economic and Social Research
        // Council", "Harlow & Finch Securities") unless either is a known name.
        var head = start
        while head < tokens.count {
            let token = tokens[head]
            if token.isCapitalized, words.organisationNouns.contains(token) { break }
            if words.companyNouns.contains(token) {
                let next = head + 1
                let continues = next < tokens.count && isOrganisationNameWord(tokens[next]) && !isHeadNoun(tokens[next])
                    && words.longestMatch(words.titles, in: tokens, at: next, lowercase: false) == nil
                if !continues || head == start && !token.isCapitalized { break }
            }
            if isOrganisationNameWord(token) {
                head += 1
            } else if head > start, token.text == "and" || token.text == "&", head + 1 < tokens.count, isOrganisationNameWord(tokens[head + 1]),
                      lexicon.match(tokens, at: head - 1) == nil, lexicon.match(tokens, at: head + 1) == nil {
                head += 1
            } else if head > start, token.text == "-", head + 1 < tokens.count, tokens[head + 1].isWord,
                      tokens[head - 1].range.upperBound == token.range.lowerBound, token.range.upperBound == tokens[head + 1].range.lowerBound {
                head += 2
            } else {
                break
            }
        }
        guard head < tokens.count, isHeadNoun(tokens[head]) else { return nil }
        // "Rob Da Bank": a person's name is no company's.
        if !words.organisationNouns.contains(tokens[head]), words.givenNames.contains(tokens[start]) { return nil }
        var end = head + 1
        // "Trades Union Congress", "Dunmore Motors Corp": nouns in a row.
        while end < tokens.count, isHeadNoun(tokens[end]) { end += 1 }
        // "of British Industry", "for Education and Skills", "of Directors of Social Services",
        // "of Appeals for the District of Columbia".
        // ("Institute for the Study of Labour": "the" may follow the first connector too.)
        // (Not before a known name or a title: "General Motors of the US", "Office of the Deputy Prime Minister".)
        let connectorWithArticle = end + 2 < tokens.count && ["of", "for"].contains(tokens[end].text) && tokens[end + 1].text == "the" && isOrganisationNameWord(tokens[end + 2])
            && lexicon.match(tokens, at: end + 2) == nil && words.longestMatch(words.titles, in: tokens, at: end + 2, lowercase: true) == nil
        if end + 1 < tokens.count, ActorRecognizer.nameConnectors.contains(tokens[end].text), isOrganisationNameWord(tokens[end + 1]) || connectorWithArticle {
            var cursor = connectorWithArticle ? end + 2 : end + 1
            while cursor < tokens.count {
                // "Department of Transport Document": a thing's name after the body's.
                // ("for the Study of Labour": after "the" such a noun is the name's own.)
                if ActorRecognizer.documentNouns.contains(tokens[cursor].text), tokens[cursor - 1].text != "the" { break }
                if isOrganisationNameWord(tokens[cursor]) {
                    cursor += 1
                } else if ["and", "&", "of", "for"].contains(tokens[cursor].text), cursor + 1 < tokens.count, isOrganisationNameWord(tokens[cursor + 1]) {
                    cursor += 2
                } else if ["of", "for"].contains(tokens[cursor].text), cursor + 2 < tokens.count, tokens[cursor + 1].text == "the", isOrganisationNameWord(tokens[cursor + 2]) {
                    cursor += 3
                } else {
                    break
                }
            }
            if !(connectorWithArticle && cursor == end + 2) { end = cursor }
        }
        // "Migration Watch UK", "Oxfam GB": a national branch's name ends with its country's initials.
        if end < tokens.count, ActorRecognizer.branchInitials.contains(tokens[end].text) { end += 1 }
        guard end - start >= 2 else { return nil }
        // "Chief Executive" is a title, not a body; "Clean Energy Bill" is a thing.
        for position in start...head {
            if let length = words.longestMatch(words.titles, in: tokens, at: position, lowercase: true), position + length > head { return nil }
        }
        if end < tokens.count, tokens[end].isCapitalized, words.thingNouns.containsLowercased(tokens[end]), !isHeadNoun(tokens[end]) { return nil }
        // A company's noun needs a real name before it: "North Sea Oil" and "Capital Gains" are none.
        if !words.organisationNouns.contains(tokens[head]) || !tokens[head].isCapitalized, head > start,
           !(start..<head).contains(where: { !words.notNames.contains(tokens[$0]) || tokens[$0].isAllCapitals || ActorRecognizer.publicBankWords.contains(tokens[$0].text) }) {
            return nil
        }
        return start..<end
    }

    /// Country initials that close a national branch's name.
    static let branchInitials: Set<String> = ["UK", "GB", "US", "USA"]

    /// Capitalised words that open sentences or date them, never an organisation's name.
    private static let openers = WordSet([
        "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "if", "when", "while", "in", "on", "at",
        "for", "of", "to", "from", "by", "with", "as", "after", "before", "since", "under", "over", "yesterday", "today",
        "tomorrow", "instead", "meanwhile", "however", "also", "earlier", "later", "last", "next", "it", "he", "she",
        "they", "we", "i", "his", "her", "their", "its", "our", "my", "speaking", "asked", "according", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "sir", "lord", "lady",
        "former", "acting", "interim", "outgoing", "incoming", "fellow", "veteran",
    ])

    /// A capitalised word that can be part of an organisation's name.
    func isOrganisationNameWord(_ token: Token) -> Bool {
        token.isCapitalized && !ActorRecognizer.openers.containsLowercased(token) && !words.honorifics.contains(token)
    }

    /// Records the organisation at `range`, with an acronym in brackets after it; returns its id
    /// and the token index after what was consumed.
    func addOrganisation(_ range: Range<Int>, tokens: [Token], sentence: Int, registry: inout ActorRegistry) -> (id: String, end: Int) {
        let kind = organisationKind(range, in: tokens)
        // "British Medical Association": a demonym first gives the country; "Dunmore Securities"
        // after the bundled Dunmore is that company's.
        var affiliation: String?
        if let match = lexicon.match(tokens, at: range.lowerBound), let entry = lexicon.entry(match.meaning.entry),
           entry.kind == .country || (entry.kind == .company && kind == .company) {
            affiliation = entry.id
        }
        let id = addNamedOrganisation(range, kind: kind, tokens: tokens, sentence: sentence, registry: &registry, affiliation: affiliation)
        for index in range where isHeadNoun(tokens[index]) && tokens[index].isCapitalized {
            registry.organisationHeads[tokens[index].text, default: []].insert(id)
        }
        var end = range.upperBound
        if end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")", isAcronym(tokens[end + 1].text) {
            registry.organisationAcronyms[tokens[end + 1].text] = id
            registry.add(id, name: "", kind: kind, affiliation: affiliation, sentence: sentence, tokens: (end + 1)..<(end + 2), via: .alias)
            end += 3
        }
        return (id, end)
    }

    /// "the Free Syrian Army (FSA)": a short form the article defines after a bundled body's name
    /// means that body in this article, whatever else the lexicon files it under.
    func learnAcronym(after end: Int, of meaning: PhraseMeaning, tokens: [Token], sentence: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        guard end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")", isAcronym(tokens[end + 1].text),
              meaning.role == .name, let entry = lexicon.entry(meaning.entry), entry.kind != .country else { return nil }
        registry.organisationAcronyms[tokens[end + 1].text] = entry.id
        addLexiconMention(entry, via: .alias, sentence: sentence, tokens: (end + 1)..<(end + 2), registry: &registry)
        mark((end + 1)..<(end + 2), &occupied)
        return end + 3
    }

    /// A later mention of an organisation: its acronym given in brackets ("the CBI"), its noun
    /// alone after "the" ("the Society") when only one such organisation is in the article, or
    /// the initials of a body named before ("the CSA" after "the Child Support Agency").
    func organisationMention(_ tokens: [Token], at index: Int, registry: ActorRegistry) -> String? {
        let text = tokens[index].text
        if let id = registry.organisationAcronyms[text] { return id }
        if index > 0, tokens[index - 1].lowercased == "the", isHeadNoun(tokens[index]),
           !(index + 1 < tokens.count && tokens[index + 1].isCapitalized),
           let ids = registry.organisationHeads[text], ids.count == 1 { return ids.first }
        return ActorRecognizer.isBodyInitials(tokens[index]) ? registry.organisation(withInitials: text) : nil
    }

    /// An acronym as given in brackets after a name: "(CBI)", "(AT&T)".
    private func isAcronym(_ text: String) -> Bool {
        text.count >= 2 && text.count <= 8 && text.allSatisfy { $0.isUppercase || $0 == "&" }
    }

    /// Initials standing alone for a body ("RAC", "ADSS"): two to six capital letters, stricter than
    /// a bracketed acronym, and not a role's or a thing's initials.
    static func isBodyInitials(_ token: Token) -> Bool {
        (2...6).contains(token.text.count) && token.text.allSatisfy { $0.isUppercase && $0.isASCII } && !roleInitials.contains(token.text)
    }

    /// Initials of a role or a thing, not of a body: "the CEO said", "the MP said".
    static let roleInitials: Set<String> = ["CEO", "CFO", "COO", "CTO", "MP", "MEP", "MSP", "AM", "PM", "MD", "QC", "GP", "DJ", "PR", "IT", "TV", "GDP", "VAT", "IPO", "AGM"]

    /// "Age Concern said", "the Inland Revenue said": two or three capitalised ordinary words
    /// (none a role or a person's name) that speak are a body the lexicon does not know.
    func matchBodyOfOrdinaryWords(_ tokens: [Token], sentence: Int, at index: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        var end = index
        while end < tokens.count, end - index < 3, tokens[end].isCapitalized, tokens[end].isWord, !occupied[end], tokens[end].text.count > 1 { end += 1 }
        guard end - index >= 2, end < tokens.count, cues.statementVerbs.contains(tokens[end].lowercased),
              tokens[index..<end].allSatisfy({ PersonNames.isOrdinaryWord($0.text) && !words.notNames.contains($0.text) && !$0.text.allSatisfy(\.isUppercase) }),
              (index..<end).allSatisfy({ lexicon.match(tokens, at: $0) == nil }),
              index == 0 || ["the", ",", "\"", "\u{201C}"].contains(tokens[index - 1].lowercased) else { return nil }
        addNamedOrganisation(index..<end, kind: .organisation, tokens: tokens, sentence: sentence, registry: &registry)
        mark(index..<end, &occupied)
        return end
    }
}

