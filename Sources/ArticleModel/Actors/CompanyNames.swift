/// Companies the lexicon does not know, found by the shape of their names or by the words around
/// them: a legal form or business noun closing the name ("Kestrel Airways", "Borvik AG"), an
/// ampersand ("Harlow & Finch"), a name in two capitalised parts ("NorthCom"), a descriptor before
/// it ("carmaker Dunmore", "the charity Shelterwell") or after it ("Acme, a Texas-based company,"),
/// or business words around it ("shares in Acme", "Acme's profits"). And when a bundled company's
/// one-word name ("Shell", "Orange") stands for the company rather than for something else.
extension ActorRecognizer {
    /// Words before "Bank" that make it a central or public bank: an organisation, not a company.
    static let publicBankWords: Set<String> = ["Central", "Reserve", "Federal", "Development", "Investment", "World"]

    /// Words that, before an unknown name, make it the object of a deal: "shares in Acme".
    static let dealPhrases: [[String]] = [
        ["shares", "in"], ["stake", "in"], ["takeover", "of"], ["bid", "for"], ["merger", "with"], ["acquisition", "of"],
        ["shareholders", "in"], ["shareholders", "of"], ["sale", "of"], ["buy"], ["bought"], ["acquire"], ["acquired"],
    ]

    /// Nouns that, after an unknown name and its "'s", make it a company: "Acme's shares".
    static let businessPossessions: Set<String> = [
        "shares", "share", "profits", "profit", "sales", "revenues", "revenue", "results", "earnings", "shareholders",
        "board", "chief", "chairman", "boss", "executives", "customers", "stores", "subsidiary", "stock", "takeover",
        "brand", "brands", "factories", "factory", "plants", "plant", "losses", "turnover", "debts", "accounts",
        "collapse", "executives", "staff", "employees", "bosses", "directors", "investors", "bonds",
    ]

    /// What kind of body a name found by shape is: a party, a company or an organisation. The noun
    /// that closes the name before any "of" or "for" decides ("Commonwealth Bank of Australia" is a
    /// company, "Department of Energy" an organisation); a public bank is an organisation.
    func organisationKind(_ range: Range<Int>, in tokens: [Token]) -> ActorKind {
        if range.contains(where: { tokens[$0].text == "Party" }) { return .party }
        let headEnd = range.first(where: { $0 > range.lowerBound && ActorRecognizer.nameConnectors.contains(tokens[$0].text) }) ?? range.upperBound
        guard let head = (range.lowerBound..<headEnd).last(where: { isHeadNoun(tokens[$0]) }) else {
            return range.contains(where: { tokens[$0].text == "&" }) ? .company : .organisation
        }
        if words.companyNouns.contains(tokens[head]) {
            if tokens[head].text == "Bank", (range.lowerBound..<head).contains(where: { ActorRecognizer.publicBankWords.contains(tokens[$0].text) }) {
                return .organisation
            }
            return .company
        }
        // "Acme Corporation Ltd": a legal form after the head.
        if (head..<range.upperBound).contains(where: { words.companyNouns.contains(tokens[$0]) && !words.organisationNouns.contains(tokens[$0]) }) {
            return .company
        }
        return .organisation
    }

    /// Words that carry a name on after its noun: "Bank of America", "Department for Education".
    static let nameConnectors: Set<String> = ["of", "for", "on", "against", "Against"]

    /// A noun that can close an organisation's or a company's name.
    func isHeadNoun(_ token: Token) -> Bool {
        (token.isCapitalized && words.organisationNouns.contains(token)) || words.companyNouns.contains(token)
    }

    /// A word in two capitalised parts, "WorldCom", "PagesJaunes": the name of a company or
    /// brand. "McDonald", "MacArthur", "DeLay" and other family names with a short or known
    /// prefix are not.
    static func isCamelCase(_ token: Token) -> Bool {
        guard token.isCapitalized, token.range.count >= 5 else { return false }
        // ASCII letters only, read as bytes: this runs on every capitalised word.
        let bytes = token.text.utf8
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        guard bytes.allSatisfy({ isUpper($0) || isLower($0) }) else { return false }
        var lowerRun = 0
        var index = bytes.index(after: bytes.startIndex)
        while index < bytes.endIndex {
            if isUpper(bytes[index]) {
                // The first part must be a word of its own: "World", "Pages"; not "Mc", "Mac", "De", "La".
                let next = bytes.index(after: index)
                guard lowerRun >= 2, next < bytes.endIndex, isLower(bytes[next]) else { return false }
                let prefix = token.text.utf8.prefix(lowerRun + 1)
                return !["Mac", "Van", "Von", "Del", "Della", "Des", "Fitz"].contains { $0.utf8.elementsEqual(prefix) }
            }
            lowerRun += 1
            index = bytes.index(after: index)
        }
        return false
    }

    /// Whether a bundled company's one-word name at `start` stands for the company: not when it
    /// is part of another name ("Orange County", "Agent Orange", "Gerald Ford") or a product
    /// ("Nokia 6600"), and, for a name that is also an ordinary word, not at the start of a
    /// sentence unless it is the subject of a statement there ("Shell said").
    func companyNameStandsAlone(_ tokens: [Token], start: Int, end: Int) -> Bool {
        guard end - start == 1 else { return true }
        if end < tokens.count {
            let next = tokens[end]
            if next.kind == .number, next.range.lowerBound > tokens[start].range.upperBound { return false }
            if next.isCapitalized, !isHeadNoun(next), !words.notNames.contains(next) { return false }
        }
        if start > 0 {
            let previous = tokens[start - 1]
            if previous.isCapitalized, !words.notNames.contains(previous) || words.titleWords.contains(previous),
               lexicon.match(tokens, at: start - 1) == nil || words.honorifics.contains(previous) {
                return false
            }
        }
        let sentenceStart = start == 0 || (start == 1 && tokens[0].kind == .punctuation)
        if sentenceStart, words.wordNames.contains(tokens[start]) {
            guard end < tokens.count else { return false }
            return tokens[end].text == "'s" || tokens[end].text == "," || isStatementContext(tokens, after: end)
        }
        return true
    }

    /// The kind a descriptor right before `start` gives the name there ("carmaker", "the charity"),
    /// and where the descriptor begins.
    func descriptorKind(before start: Int, in tokens: [Token]) -> (kind: ActorKind, start: Int)? {
        guard start > 0, !tokens[start - 1].isCapitalized else { return nil }
        if let length = words.longestMatch(words.organisationDescriptors, endingAt: start, in: tokens) { return (.organisation, start - length) }
        if let length = words.longestMatch(words.companyDescriptors, endingAt: start, in: tokens) { return (.company, start - length) }
        return nil
    }

    /// An unknown capitalised name at `start`, up to five words: capitalised words that are not
    /// sentence openers or honorifics, with "&", "and" or a hyphen between two of them ("Procter &
    /// Gamble", "Coca-Cola"). A run of words that never name anything ("Council") or that opens
    /// with a title is none.
    func unknownNameRun(_ tokens: [Token], at start: Int) -> Range<Int>? {
        guard start < tokens.count, isOrganisationNameWord(tokens[start]), !tokens[start].isAllCapitals || tokens[start].range.count <= 8 else { return nil }
        if words.longestMatch(words.titles, in: tokens, at: start, lowercase: false) != nil { return nil }
        var end = start + 1
        while end < tokens.count, end - start < 7 {
            let token = tokens[end]
            let glued = token.range.lowerBound == tokens[end - 1].range.upperBound
            if isOrganisationNameWord(token), words.longestMatch(words.titles, in: tokens, at: end, lowercase: false) == nil {
                end += 1
            } else if ["&", "and", "-"].contains(token.text), end + 1 < tokens.count, isOrganisationNameWord(tokens[end + 1]),
                      token.text != "-" || (glued && tokens[end + 1].range.lowerBound == token.range.upperBound) {
                end += 2
            } else if token.kind == .number, token.text.count <= 4, token.text.allSatisfy(\.isNumber),
                      end + 1 < tokens.count && isOrganisationNameWord(tokens[end + 1]) || descriptorKind(before: start, in: tokens) != nil {
                end += 1  // "Fathers 4 Justice", "environmental group Transport 2000"
            } else {
                break
            }
        }
        let meaningful = (start..<end).contains { index in
            let token = tokens[index]
            return token.isWord && (!words.notNames.contains(token) || token.isAllCapitals)
        }
        // "New York-based", "Leeds-born": a place made an adjective; "New York": a place.
        if end + 1 < tokens.count, tokens[end].text == "-", tokens[end].range.lowerBound == tokens[end - 1].range.upperBound, !tokens[end + 1].isCapitalized { return nil }
        if end - start > 1, words.notPeople.contains(ActorRecognizer.displayName(tokens[start..<end])) { return nil }
        return meaningful ? start..<end : nil
    }

    /// Companies and organisations the lexicon does not know, found by what surrounds a
    /// capitalised name: a descriptor before it, an apposition after it, business words, or a
    /// name in two capitalised parts. Returns the token index after the name.
    func matchNamedByContext(_ tokens: [Token], sentence: Int, at index: Int, run: Range<Int>?, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        guard !occupied[index], let run, !occupied[run].contains(true) else { return nil }
        // A person's name is no company's: "rival Gordon Brown", "investor Carl Icahn".
        if words.givenNames.contains(tokens[index]) || (index > 0 && (words.honorifics.contains(tokens[index - 1]) || words.titleWords.contains(tokens[index - 1]))) {
            return nil
        }
        var kind: ActorKind?
        var name = run
        if let descriptor = descriptorKind(before: index, in: tokens) {
            kind = descriptor.kind
        } else if let descriptor = plainDescriptorAfter(run, in: tokens) {
            kind = descriptor
        } else if index >= 2, tokens[index - 1].text == "and", let previous = registry.lastSpan, previous.sentence == sentence,
                  previous.tokens.upperBound == index - 1, registry.kind(of: previous.actor) == .company,
                  let descriptor = descriptorKind(before: previous.tokens.lowerBound, in: tokens), descriptor.kind == .company {
            kind = .company  // "consultants Harlow Finch and Dunmore Partners"
        } else if isBusinessContext(tokens, run: run) && run.count <= 3 {
            kind = .company
        } else if run.count == 1 && ActorRecognizer.isCamelCase(tokens[index]) || run.contains(where: { tokens[$0].text == "&" }),
                  isActingName(tokens, run: run) {
            kind = .company  // "NorthCom said", "Harlow & Finch has"
        } else if run.count == 1, index > 0, tokens[index - 1].lowercased == "the", ActorRecognizer.isBodyInitials(tokens[index]),
                  isStatementContext(tokens, after: run.upperBound) {
            kind = .organisation  // "the RAC welcomed": a body known by its initials
        } else if run.upperBound < tokens.count, tokens[run.upperBound].text == "corporation" {
            kind = .company  // "the Titan corporation"
            name = run.lowerBound..<(run.upperBound + 1)
        }
        guard let kind else { return nil }
        let id = addNamedOrganisation(name, kind: kind, tokens: tokens, sentence: sentence, registry: &registry)
        mark(name, &occupied)
        if name.count == 1 { registry.shortNames[tokens[index].text] = id }
        return name.upperBound
    }

    /// "Acme, a Texas-based company," or "Shelterwell, the housing charity,": the kind the
    /// descriptor at the end of an apposition gives.
    private func plainDescriptorAfter(_ run: Range<Int>, in tokens: [Token]) -> ActorKind? {
        var index = run.upperBound
        guard index + 2 < tokens.count, tokens[index].text == ",", ["a", "an", "the"].contains(tokens[index + 1].lowercased) else { return nil }
        index += 2
        var steps = 0
        while index < tokens.count, steps < 6 {
            let token = tokens[index]
            if token.text == "," || token.text == "." { break }
            if !token.isCapitalized {
                if let length = words.longestMatch(words.organisationDescriptors, in: tokens, at: index, lowercase: true), ActorRecognizer.endsApposition(tokens, at: index + length) { return .organisation }
                if let length = words.longestMatch(words.companyDescriptors, in: tokens, at: index, lowercase: true), ActorRecognizer.endsApposition(tokens, at: index + length) { return .company }
            }
            index += 1
            steps += 1
        }
        return nil
    }

    private static func endsApposition(_ tokens: [Token], at index: Int) -> Bool {
        index >= tokens.count || [",", ".", "which", "that", "based", "-"].contains(tokens[index].lowercased) || tokens[index].text == "'s"
    }

    /// A name that acts: not after "the" or "a" (products: "the new PlayStation"), and the subject
    /// of a statement ("NorthCom said") or the owner of business things ("NorthCom's accounts",
    /// "NorthCom executives").
    func isActingName(_ tokens: [Token], run: Range<Int>) -> Bool {
        if run.lowerBound > 0, ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[run.lowerBound - 1].lowercased) { return false }
        let after = run.upperBound
        guard after < tokens.count else { return false }
        if isStatementContext(tokens, after: after) || isBusinessContext(tokens, run: run) { return true }
        let next = tokens[after]
        return ActorRecognizer.businessPossessions.contains(next.lowercased) && next.lowercased.hasSuffix("s")
    }

    /// Business words around an unknown name: "shares in Acme", "a bid for Acme", "Acme's
    /// profits", "Acme shares fell".
    func isBusinessContext(_ tokens: [Token], run: Range<Int>) -> Bool {
        let after = run.upperBound
        // "Airline shares", "Customers' accounts": a kind of thing, not a name.
        if run.count == 1 {
            let word = tokens[run.lowerBound]
            if words.companyDescriptors.contains(phrase: [word.lowercased]) || words.thingNouns.containsLowercased(word) { return false }
            if run.lowerBound == 0, word.text.hasSuffix("s"), after < tokens.count, tokens[after].text == "'" { return false }
        }
        // "bought Acme", "shares in Acme after ...", but not "shares in Anglo-Swedish group X":
        // the name must end its noun phrase.
        let endsPhrase = after >= tokens.count || !tokens[after].isWord || tokens[after].isCapitalized || ActorRecognizer.nonModifiers.contains(tokens[after].lowercased)
        for phrase in ActorRecognizer.dealPhrases where endsPhrase && run.lowerBound >= phrase.count {
            let start = run.lowerBound - phrase.count
            if (0..<phrase.count).allSatisfy({ tokens[start + $0].lowercased == phrase[$0] }) { return true }
        }
        guard after < tokens.count else { return false }
        if tokens[after].text == "'s" || tokens[after].text == "'", after + 1 < tokens.count,
           ActorRecognizer.businessPossessions.contains(tokens[after + 1].lowercased) { return true }
        if tokens[after].text == "shares", after + 1 < tokens.count, !tokens[after + 1].isCapitalized { return true }
        return false
    }

    /// "Air China", "Air Jamaica": "Air" before a country's name is that country's airline, not
    /// the country itself; "Air Deccan", "Air Sahara": before one other name, an airline too
    /// (not "Air Force", "Air Marshal").
    func matchAirline(_ tokens: [Token], sentence: Int, at index: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        guard tokens[index].text == "Air", index + 1 < tokens.count, tokens[index + 1].isCapitalized, tokens[index + 1].isWord, !occupied[index + 1] else { return nil }
        guard let match = lexicon.match(tokens, at: index + 1), let entry = lexicon.entry(match.meaning.entry),
              entry.kind == .country, match.meaning.role == .name else {
            let next = index + 2
            guard !ActorRecognizer.airServiceWords.contains(tokens[index + 1].text), lexicon.match(tokens, at: index + 1) == nil,
                  next >= tokens.count || !tokens[next].isCapitalized || !tokens[next].isWord else { return nil }
            addNamedOrganisation(index..<next, kind: .company, tokens: tokens, sentence: sentence, registry: &registry)
            mark(index..<next, &occupied)
            return next
        }
        let end = index + 1 + match.length
        addNamedOrganisation(index..<end, kind: .company, tokens: tokens, sentence: sentence, registry: &registry, affiliation: entry.id)
        mark(index..<end, &occupied)
        return end
    }

    /// Words after "Air" that name a service, rank or subject, not an airline.
    static let airServiceWords: Set<String> = ["Force", "Forces", "Marshal", "Chief", "Commodore", "Vice", "Ministry", "Minister", "Staff", "Command", "Corps",
                                               "Wing", "Squadron", "Base", "Station", "Traffic", "Transport", "Quality", "Pollution", "Show", "Miles", "Lines",
                                               "Cadets", "Training", "Safety", "Accidents", "Power", "Defence", "Defense", "Operations", "Mobility", "National"]

    /// Records an organisation or company found by shape or context (or an earlier one of that
    /// name: "the Reserve Bank" after "the Reserve Bank of Australia") and returns its id.
    @discardableResult
    func addNamedOrganisation(_ range: Range<Int>, kind: ActorKind, tokens: [Token], sentence: Int, registry: inout ActorRegistry, affiliation: String? = nil) -> String {
        let name = ActorRecognizer.displayName(tokens[range])
        if let known = registry.organisation(named: name) {
            registry.add(known, name: name, kind: kind, affiliation: affiliation, sentence: sentence, tokens: range, via: .alias)
            return known
        }
        let id = registry.freeID(for: ActorRegistry.slug(name), lexicon: lexicon)
        registry.add(id, name: name, kind: kind, affiliation: affiliation, sentence: sentence, tokens: range, via: .name)
        return id
    }

    /// A name as written, with no space before "'s", after "&" glued or around glued hyphens.
    static func displayName(_ tokens: ArraySlice<Token>) -> String {
        var name = ""
        var previousEnd: Int?
        for token in tokens {
            if let end = previousEnd, token.range.lowerBound > end { name += " " }
            name += token.text
            previousEnd = token.range.upperBound
        }
        return name
    }

    /// "Harlow" for "Harlow & Finch", "Titan" for "Titan Corporation": the first word of a
    /// company's longer name names it alone later, when it is no other name and no other company
    /// in the article starts with it.
    func learnCompanyShortNames(_ registry: inout ActorRegistry) {
        var firstWords: [String: String?] = [:]
        for actor in registry.drafts.values where actor.kind == .company {
            let parts = actor.name.spaceSeparatedWords
            guard parts.count > 1, let first = parts.first, first.first?.isUppercase == true, first.count > 2 else { continue }
            let token = Token(text: first, range: 0..<first.unicodeScalars.count, kind: .word)
            if words.givenNames.contains(token) || words.notNames.contains(token) || words.titleWords.contains(token) || isHeadNoun(token)
                || lexicon.match([token], at: 0) != nil || token.isAllCapitals && first.count < 3 { continue }
            // ("Investors" for "Investors Bank and Trust": a plural common noun opens sentences
            // about anyone's investors.)
            let lower = first.lowercased()
            if case let lemma = WordClasses.nounLemma(lower), lemma != lower, WordClasses.entry(lemma) != nil { continue }
            firstWords[first] = firstWords[first] == nil ? actor.id : .some(nil)
        }
        for (word, id) in firstWords {
            if let id, registry.shortNames[word] == nil { registry.shortNames[word] = id }
        }
    }
}
