/// Who a person speaks for, from the words around their name: a role and its organisation before
/// the name ("Acme chief executive Jo Bell", "Lib Dem home affairs spokesman Jo Bell") or after it
/// ("Jo Bell, chief economist at Acme", "Jo Bell of the Harbour Trust", "Jo Bell, Acme's
/// chairman", "Jo Bell, for the Greens,"), whether or not the lexicon knows the organisation.
/// RoleAffiliations.swift fills in what a role implies when the text names no one.
extension ActorRecognizer {
    /// Words that cannot stand between an organisation and a role or before a role noun.
    static let nonModifiers: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "who", "whom", "which", "that", "said", "says", "told", "is", "was", "were",
        "are", "has", "have", "had", "will", "would", "to", "of", "at", "in", "on", "for", "with", "by", "from", "as", "but",
        "or", "not", "also", "when", "while", "after", "before", "than", "then", "if", "because", "he", "she", "they", "it",
        "added", "adds", "warned", "warns", "urged", "urges", "called", "calls", "insisted", "insists", "claimed", "claims",
        "denied", "denies", "admitted", "admits", "accused", "accuses", "described", "describes", "being", "been", "be",
        "did", "does", "do", "can", "could", "may", "might", "must", "should", "shall", "about", "into", "over", "under",
    ]

    /// Titles whose "of PLACE" is part of the title, not an affiliation: "Duke of Edinburgh",
    /// "Princess of Wales", "Archbishop of Canterbury".
    static let nobleTitles: Set<String> = [
        "prince", "princess", "duke", "duchess", "earl", "countess", "king", "queen", "emperor", "empress", "marquess",
        "viscount", "archbishop", "bishop", "crown prince", "crown princess",
    ]

    /// Royal titles that, before one given name, are part of how the person is named: "Prince
    /// Charles", "Queen Beatrix", "King Abdullah".
    static let royalTitles: Set<String> = ["prince", "princess", "king", "queen", "emperor", "empress", "crown prince", "crown princess", "pope"]

    /// Roles that make an unknown name before them an organisation's ("Acme spokesman Jo Bell"),
    /// by their last word. The rest ("leader", "governor", "president", "head", "chief") follow
    /// places too ("Texas governor"), so they need a name shaped like an organisation's.
    static let organisationRoleHeads: Set<String> = [
        "director", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "co-chairman", "co-chair",
        "founder", "co-founder", "editor", "analyst", "economist", "boss", "executive", "manager", "officer", "lawyer",
        "strategist", "trader", "treasurer", "partner", "coordinator", "co-ordinator", "organiser", "campaigner",
        "researcher", "fellow", "adviser", "advisor", "member", "secretary",
    ]

    /// Roles that, after an unknown name's possessive, make the name an organisation's: "Acme's
    /// spokesman", not "Ames' lawyer".
    static let officerRoles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "founder", "editor", "president",
        "leader", "deputy leader", "chief executive", "head", "general secretary", "managing director",
    ]

    /// Roles of whoever runs a body: with no body named, the organisation the article mentioned last.
    static let chairRoles: Set<String> = [
        "chairman", "chairwoman", "chair", "director", "executive director", "director general", "director-general", "general secretary",
        "head", "spokesman", "spokeswoman", "spokesperson", "president",
    ]

    /// Roles whose holder's nationality is not their affiliation: "Dutch co-chairman Jo Bell" speaks
    /// for a company, "a German economist" for whoever employs them.
    static let professionalRoles: Set<String> = [
        "analyst", "economist", "chief economist", "strategist", "trader", "lawyer", "professor", "lecturer", "researcher",
        "editor", "political editor", "correspondent", "political correspondent", "reporter", "presenter", "journalist",
        "columnist", "broker", "consultant", "executive", "boss", "founder", "co-founder", "manager",
        "partner", "fellow", "research fellow", "senior fellow", "expert",
    ]

    // MARK: - Roles

    /// A role at `start`, after up to six modifier words: "chief executive", "home affairs
    /// spokesman", "shadow work and pensions secretary", "UK-based co-chairman"; capitalised
    /// titles too when `capitalised` ("Governor"). The role is the role noun, in lower case.
    func role(in tokens: [Token], at start: Int, capitalised: Bool) -> (role: String, end: Int)? {
        var index = start
        while index < tokens.count, index - start <= 6 {
            let token = tokens[index]
            if !token.isCapitalized || capitalised {
                if let length = words.longestMatch(words.roleNouns, in: tokens, at: index, lowercase: true)
                    ?? (token.isCapitalized ? words.longestMatch(words.titles, in: tokens, at: index, lowercase: true) : nil) {
                    let end = index + length
                    // "chief US economist": a short name in capitals, then the role proper.
                    if end + 1 < tokens.count, tokens[end].isAllCapitals, tokens[end].text.count <= 3,
                       let more = words.longestMatch(words.roleNouns, in: tokens, at: end + 1, lowercase: true) {
                        return (ActorRecognizer.roleText(tokens[(end + 1)..<(end + 1 + more)]), end + 1 + more)
                    }
                    // "shadow home secretary": the longest role that the modifiers and role make.
                    if index > start, let whole = words.longestMatch(words.roleNouns, in: tokens, at: start, lowercase: true), start + whole >= end {
                        return (ActorRecognizer.roleText(tokens[start..<(start + whole)]), start + whole)
                    }
                    return (ActorRecognizer.roleText(tokens[index..<end]), end)
                }
            }
            guard isModifier(tokens, at: index, first: index == start) else { return nil }
            index += 1
        }
        return nil
    }

    static func roleText(_ tokens: ArraySlice<Token>) -> String {
        tokens.map(\.lowercased).joined(separator: " ")
    }

    /// A word that can qualify a role: "home", "affairs", "e-commerce", "UK-based", "work and".
    private func isModifier(_ tokens: [Token], at index: Int, first: Bool) -> Bool {
        let token = tokens[index]
        func glued(_ a: Int, _ b: Int) -> Bool { a >= 0 && b < tokens.count && tokens[a].range.upperBound == tokens[b].range.lowerBound }
        if token.text == "-" { return !first && glued(index - 1, index) && glued(index, index + 1) }
        guard token.isWord else { return false }
        if token.isCapitalized {
            // "chief US economist", "senior EU official": a short name in capitals inside the role.
            if !first, token.isAllCapitals { return true }
            // "UK-based", "London-born": a name made an adjective.
            return index + 1 < tokens.count && tokens[index + 1].text == "-" && glued(index, index + 1)
        }
        if token.lowercased == "and" { return !first }
        return !ActorRecognizer.nonModifiers.contains(token.lowercased)
    }

    /// Whether an unknown name followed by `role` is an organisation's: "Acme spokesman",
    /// "Harbour Trust chairman"; "Ealing MP" and "Texas governor" are places'.
    private func roleNamesOrganisation(_ role: String, run: Range<Int>, in tokens: [Token], known: Bool) -> Bool {
        if words.isGovernmentRole(role) || ["mp", "mep", "msp", "am", "councillor", "mayor", "senator", "congressman", "congresswoman", "governor"].contains(role) { return false }
        let head = role.spaceSeparatedWords.last ?? role
        if ActorRecognizer.organisationRoleHeads.contains(head), head != "secretary" || role == "general secretary" { return true }
        return known || run.contains(where: { isHeadNoun(tokens[$0]) || tokens[$0].isAllCapitals })
    }

    // MARK: - Before the name

    /// "Acme chief executive Jo Bell", "Harbour Trust spokesman Jo Bell", "Acme's chairman Jo
    /// Bell": an unknown organisation's name, a role and a person. Records all three.
    func matchOfficerOfUnknownOrganisation(_ tokens: [Token], sentence: Int, at start: Int, run: Range<Int>?, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        guard let run, !words.givenNames.contains(tokens[start]), !words.honorifics.contains(tokens[start]), !occupied[run].contains(true) else { return nil }
        var index = run.upperBound
        if index < tokens.count, tokens[index].text == "'s" || tokens[index].text == "'" { index += 1 }
        guard index < tokens.count, let (role, roleEnd) = role(in: tokens, at: index, capitalised: true),
              let name = names.name(in: tokens, at: roleEnd), name.words.count >= 2 || words.honorifics.contains(tokens[roleEnd]) else { return nil }
        let runText = ActorRecognizer.displayName(tokens[run])
        let known = registry.organisationAcronyms[runText] ?? registry.shortNames[runText] ?? registry.organisation(named: runText)
        guard roleNamesOrganisation(role, run: run, in: tokens, known: known != nil) else { return nil }
        // "Charity director Jo Bell", "Film director Jo Bell": one ordinary word opening a sentence
        // is a kind, not a name; a company's name before a company's officer is one.
        if start == 0, run.count == 1, known == nil, !tokens[start].isAllCapitals, !ActorRecognizer.isCamelCase(tokens[start]),
           !words.isCorporateRole(role) || isHeadNoun(tokens[start]) || words.notNames.contains(tokens[start])
            || words.companyDescriptors.contains(phrase: [tokens[start].lowercased]) || words.organisationDescriptors.contains(phrase: [tokens[start].lowercased]) {
            return nil
        }
        let organisation: String
        if let known {
            registry.add(known, name: runText, kind: registry.kind(of: known) ?? .organisation, affiliation: nil, sentence: sentence, tokens: run, via: .alias)
            organisation = known
        } else {
            let kind: ActorKind = run.contains(where: { isHeadNoun(tokens[$0]) }) ? organisationKind(run, in: tokens) : words.isCorporateRole(role) ? .company : .organisation
            organisation = addNamedOrganisation(run, kind: kind, tokens: tokens, sentence: sentence, registry: &registry)
            if run.count == 1, kind == .company { registry.shortNames[runText] = organisation }
        }
        mark(run, &occupied)
        let personStart = words.honorifics.contains(tokens[roleEnd]) ? roleEnd + 1 : roleEnd
        let affiliation = isFormer(tokens, before: start) ? nil : organisation
        let personTokens = personStart..<name.tokens.upperBound
        let person = registry.addPerson(words: name.words.filter { !words.honorifics.contains($0) }, role: role, affiliation: affiliation, sentence: sentence,
                                        tokens: personTokens, via: name.words.count > 1 ? .name : .surname)
        if affiliation == nil { registry.people[person].former = true }
        mark(personTokens, &occupied)
        return name.tokens.upperBound
    }

    /// "former", "ex-" or "then" before a role: the person no longer speaks for the organisation.
    func isFormer(_ tokens: [Token], before start: Int) -> Bool {
        var index = start - 1
        if index >= 0, tokens[index].text == "-" { index -= 1 }
        guard index >= 0 else { return false }
        return ["former", "ex", "then", "one-time", "erstwhile", "late"].contains(tokens[index].lowercased)
            || (index >= 1 && tokens[index - 1].lowercased == "former")
    }

    /// "the company's main lawyer Jo Bell", "The charity's director, Jo Bell,": a role after a
    /// company's or organisation's possessive speaks for the one of that kind mentioned last.
    func possessiveOwner(before start: Int, in tokens: [Token], registry: ActorRegistry) -> String? {
        var index = start - 1
        if index >= 0, tokens[index].text == "," { index -= 1 }
        // Back over the role and its modifiers, to the "'s".
        while index >= 0, index >= start - 6, tokens[index].text != "'s", tokens[index].isWord, !tokens[index].isCapitalized,
              !ActorRecognizer.nonModifiers.contains(tokens[index].lowercased) { index -= 1 }
        guard index >= 2, index < start - 1, tokens[index].text == "'s", ["the", "its", "their"].contains(tokens[index - 2].lowercased) else { return nil }
        return owner(named: tokens[index - 1], registry: registry)
    }

    /// The company ("the company", "the firm") or organisation ("the charity", "the group") a
    /// common noun stands for: the one of that kind the article mentioned last.
    private func owner(named noun: Token, registry: ActorRegistry) -> String? {
        if words.companyDescriptors.contains(phrase: [noun.lowercased]) { return registry.lastCompany }
        if words.organisationDescriptors.contains(phrase: [noun.lowercased]) || ["group", "party"].contains(noun.lowercased) {
            return registry.lastOrganisation?.id
        }
        return nil
    }

    /// "The chairman of the Bar Council, Jo Bell,": a role of an organisation the article has just
    /// named, then a comma, before the name at `start`.
    func roleOfOrganisation(before start: Int, in tokens: [Token], sentence: Int, registry: ActorRegistry) -> (actor: String, role: String)? {
        guard start >= 4, tokens[start - 1].text == ",",
              let span = registry.spans.last(where: { $0.sentence == sentence && $0.tokens.upperBound == start - 1 }),
              let kind = registry.kind(of: span.actor), [.organisation, .company, .party, .government].contains(kind) else { return nil }
        var of = span.tokens.lowerBound - 1
        if of >= 0, tokens[of].lowercased == "the" { of -= 1 }
        guard of >= 1, tokens[of].text == "of" else { return nil }
        for first in stride(from: of - 1, through: max(0, of - 4), by: -1) {
            if let length = words.longestMatch(words.roleNouns, in: tokens, at: first, lowercase: true), first + length == of,
               !ActorRecognizer.nobleTitles.contains(ActorRecognizer.roleText(tokens[first..<of])) {
                return (span.actor, ActorRecognizer.roleText(tokens[first..<of]))
            }
        }
        return nil
    }

    /// "For the Greens, Jo Bell said": the actor named between "For" and the comma before `start`.
    func forQualifier(before start: Int, in tokens: [Token]) -> LexiconEntry? {
        guard start >= 3, tokens[start - 1].text == "," else { return nil }
        for forIndex in stride(from: start - 3, through: max(0, start - 8), by: -1) where tokens[forIndex].lowercased == "for" {
            guard forIndex == 0 || (tokens[forIndex - 1].text == "," || QuoteMarks.isOpeningDouble(tokens[forIndex - 1].text)) else { return nil }
            var index = forIndex + 1
            if tokens[index].lowercased == "the" { index += 1 }
            if let entry = affiliatingEntry(tokens, at: index, end: start - 1) { return entry }
        }
        return nil
    }

    /// The lexicon party, organisation or company whose name covers the tokens from `index` to `end`
    /// (with a demonym before it: "the Welsh Liberal Democrats").
    private func affiliatingEntry(_ tokens: [Token], at index: Int, end: Int) -> LexiconEntry? {
        var start = index
        if let match = lexicon.match(tokens, at: start), start + match.length < end, match.meaning.role == .adjective { start += match.length }
        guard let match = lexicon.match(tokens, at: start), start + match.length == end,
              let entry = lexicon.entry(match.meaning.entry), [.party, .organisation, .company, .group].contains(entry.kind) else { return nil }
        return entry
    }

    // MARK: - After the name

    /// What follows a person's name and a comma (or "of", "from") says who they speak for:
    /// ", chief economist at Acme", ", Acme's chairman", ", the Greens' health spokesman",
    /// ", for the Greens,", " of the Harbour Trust"; or only their role (", the co-chairman,").
    /// Records the organisation named.
    func apposition(after end: Int, in tokens: [Token], sentence: Int, roleBefore: String? = nil,
                    registry: inout ActorRegistry, occupied: inout [Bool]) -> (actor: String?, role: String?)? {
        var index = end
        guard index + 1 < tokens.count else { return nil }
        // "Jo Bell of the Harbour Trust", "Jo Bell, from the Harbour Trust,".
        if ["of", "from"].contains(tokens[index].text), let actor = organisationAfterPreposition(tokens, at: index + 1, sentence: sentence, shaped: true, registry: &registry, occupied: &occupied) {
            return (actor, nil)
        }
        // "analyst Jo Bell at Acme", "economist Jo Bell with Petrel Securities": an employee's
        // role before the name, where they work after it.
        if let roleBefore, ["at", "with", "for"].contains(tokens[index].text),
           ActorRecognizer.professionalRoles.contains(roleBefore) || words.isCorporateRole(roleBefore)
            || ActorRecognizer.organisationRoleHeads.contains(roleBefore.spaceSeparatedWords.last ?? roleBefore),
           let actor = organisationAfterPreposition(tokens, at: index + 1, sentence: sentence, shaped: tokens[index].text == "for",
                                                     role: roleBefore, registry: &registry, occupied: &occupied) {
            return (actor, nil)
        }
        // "Jo Bell, who is now ..." or "Jo Bell who is now ...".
        guard tokens[index].text == "," || (tokens[index].lowercased == "who" && index + 2 < tokens.count && tokens[index + 1].lowercased == "is"),
              index + 2 < tokens.count else { return nil }
        if tokens[index].text == "," { index += 1 }
        if ["of", "from"].contains(tokens[index].text), let actor = organisationAfterPreposition(tokens, at: index + 1, sentence: sentence, shaped: true, registry: &registry, occupied: &occupied) {
            return (actor, nil)
        }
        // "Jo Bell, at HBOS Treasury Services,": where they work, when it is a body's name.
        if ["at", "with"].contains(tokens[index].text),
           let actor = organisationAfterPreposition(tokens, at: index + 1, sentence: sentence, shaped: true, registry: &registry, occupied: &occupied) {
            return (actor, nil)
        }
        // ", for the Greens,": speaking for a party or organisation.
        if tokens[index].text == "for", let comma = (index + 1..<min(tokens.count, index + 7)).first(where: { [",", "."].contains(tokens[$0].text) }) {
            let start = tokens[index + 1].lowercased == "the" ? index + 2 : index + 1
            if start < comma, let entry = affiliatingEntry(tokens, at: start, end: comma) {
                let covered = lexicon.match(tokens, at: start).map { start..<(start + $0.length) } ?? start..<comma
                addLexiconMention(entry, via: .alias, sentence: sentence, tokens: start..<comma, registry: &registry)
                mark(covered.lowerBound..<comma, &occupied)
                return (entry.id, nil)
            }
        }
        // ", who is now the Greens' leader".
        var former = false
        if tokens[index].lowercased == "who", index + 1 < tokens.count, ["is", "was"].contains(tokens[index + 1].lowercased) {
            former = tokens[index + 1].lowercased == "was"
            index += 2
            if index < tokens.count, ["now", "also"].contains(tokens[index].lowercased) { index += 1 }
        }
        if index < tokens.count, ["the", "his", "her", "a", "an", "its", "their"].contains(tokens[index].lowercased) { index += 1 }
        guard index < tokens.count else { return nil }
        if isFormer(tokens, before: index + 1) && tokens[index].lowercased == "former" { former = true; index += 1 }
        guard index < tokens.count else { return nil }
        // ", the organisation's president": the organisation mentioned last.
        if index + 2 < tokens.count, tokens[index + 1].text == "'s", index >= 1, ["the", "its", "their"].contains(tokens[index - 1].lowercased),
           let owner = owner(named: tokens[index], registry: registry), let found = role(in: tokens, at: index + 2, capitalised: false) {
            return (former ? nil : owner, found.role)
        }
        if let officer = officerApposition(at: index, in: tokens, sentence: sentence, registry: &registry, occupied: &occupied) {
            return (former ? nil : officer.actor, officer.role)
        }
        if let owner = ownerApposition(at: index, in: tokens, sentence: sentence, registry: &registry, occupied: &occupied) {
            return (former ? nil : owner.actor, owner.role)
        }
        // ", the UK-based co-chairman,": a role alone.
        if let (role, roleEnd) = role(in: tokens, at: index, capitalised: false), roleEnd >= tokens.count || [",", ".", "said", "says", "told", "and"].contains(tokens[roleEnd].lowercased) {
            return (nil, role)
        }
        // ", the Archbishop of Westminster,": a title with its see or seat names an office, and
        // here the office of the person before the comma, not a second person.
        if tokens[index].isCapitalized, let length = words.longestMatch(words.titles, in: tokens, at: index, lowercase: true),
           index + length + 1 < tokens.count, tokens[index + length].text == "of" {
            var end = index + length + 1
            while end < tokens.count, tokens[end].isCapitalized { end += 1 }
            if end > index + length + 1, end >= tokens.count || [",", "."].contains(tokens[end].text) {
                mark(index..<end, &occupied)
                return (nil, ActorRecognizer.roleText(tokens[index..<(index + length)]))
            }
        }
        return nil
    }

    /// ", Acme's chairman", ", the Greens' health spokesman", ", Harbour Trust director": an
    /// organisation (bundled, found already or unknown) then a role.
    private func ownerApposition(at start: Int, in tokens: [Token], sentence: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> (actor: String, role: String)? {
        var index = start
        var owner: (entry: LexiconEntry?, id: String?, tokens: Range<Int>)?
        if let match = lexicon.match(tokens, at: index), match.meaning.role != .capital, let entry = lexicon.entry(match.meaning.entry) {
            owner = (entry, entry.id, index..<(index + match.length))
            index += match.length
            // "UKIP Scotland chairman": a party's branch named by its country.
            if entry.kind != .country, let branch = lexicon.match(tokens, at: index), lexicon.entry(branch.meaning.entry)?.kind == .country,
               branch.meaning.role == .name || branch.meaning.role == .alias {
                index += branch.length
                owner = (entry, entry.id, start..<index)
            }
        } else if let run = organisationName(tokens, at: index) ?? unknownNameRun(tokens, at: index), !occupied[run].contains(true) {
            // ("the Association of Chief Police Officers' spokesman": a name shaped like a body's
            // may hold "of".)
            owner = (nil, nil, run)
            index = run.upperBound
        }
        guard let found = owner, index < tokens.count else { return nil }
        let possessive = tokens[index].text == "'s" || tokens[index].text == "'"
        if possessive { index += 1 }
        guard index < tokens.count, let (role, _) = role(in: tokens, at: index, capitalised: true) else { return nil }
        if let entry = found.entry {
            if entry.kind == .country, ActorRecognizer.professionalRoles.contains(role) || words.isCorporateRole(role) { return nil }
            let meaning = lexicon.match(tokens, at: found.tokens.lowerBound)!.meaning
            addLexiconMention(entry, via: via(for: meaning.role), sentence: sentence, tokens: found.tokens, registry: &registry)
            mark(found.tokens, &occupied)
            return (entry.id, role)
        }
        let runText = ActorRecognizer.displayName(tokens[found.tokens])
        let known = registry.organisationAcronyms[runText] ?? registry.shortNames[runText] ?? registry.organisation(named: runText)
        guard possessive || roleNamesOrganisation(role, run: found.tokens, in: tokens, known: known != nil) else { return nil }
        // "Jo Bell, Ames' lawyer": a person's lawyer or coach is no organisation's officer.
        if possessive, known == nil, !found.tokens.contains(where: { isHeadNoun(tokens[$0]) || tokens[$0].isAllCapitals }),
           !(words.isCorporateRole(role) || ActorRecognizer.officerRoles.contains(role)) { return nil }
        guard possessive || known != nil || found.tokens.contains(where: { isHeadNoun(tokens[$0]) || tokens[$0].isAllCapitals }) else { return nil }
        let id: String
        if let known {
            registry.add(known, name: runText, kind: registry.kind(of: known) ?? .organisation, affiliation: nil, sentence: sentence, tokens: found.tokens, via: .alias)
            id = known
        } else {
            let kind: ActorKind = found.tokens.contains(where: { isHeadNoun(tokens[$0]) }) ? organisationKind(found.tokens, in: tokens) : words.isCorporateRole(role) ? .company : .organisation
            id = addNamedOrganisation(found.tokens, kind: kind, tokens: tokens, sentence: sentence, registry: &registry)
        }
        mark(found.tokens, &occupied)
        return (id, role)
    }

    /// "Michael Raftery, project manager at the Hansard Society", "Jo Bell, an analyst with Acme
    /// Securities", "Jo Bell, Governor of the Reserve Bank": a role, then "at", "of", "for", "with"
    /// or "from" an organisation (bundled, shaped like one, or any name after "at" or "with")
    /// gives the person's affiliation and records the organisation's mention.
    func officerApposition(at start: Int, in tokens: [Token], sentence: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> (actor: String, role: String)? {
        guard start < tokens.count, let (role, roleEnd) = role(in: tokens, at: start, capitalised: true) else { return nil }
        var index = roleEnd
        // "head of policy at ...".
        if index + 2 < tokens.count, tokens[index].text == "of", !tokens[index + 1].isCapitalized, tokens[index + 1].lowercased != "the",
           ["at", "with", "for"].contains(tokens[index + 2].text) { index += 2 }
        guard index + 1 < tokens.count, ["at", "of", "for", "with", "from"].contains(tokens[index].text) else { return nil }
        let preposition = tokens[index].text
        // "Princess of Wales", "Archbishop of Canterbury": part of the title.
        if ActorRecognizer.nobleTitles.contains(role) { return nil }
        // "at Acme", "with Acme", and "president of the Family Court Division": any name.
        let shaped = !(preposition == "at" || preposition == "with"
            || (preposition == "of" && tokens[index + 1].lowercased == "the" && !words.isGovernmentRole(role)
                && ActorRecognizer.organisationRoleHeads.union(["president", "leader", "head", "chief"]).contains(role.spaceSeparatedWords.last ?? role)))
        guard let actor = organisationAfterPreposition(tokens, at: index + 1, sentence: sentence, shaped: shaped, role: role, registry: &registry, occupied: &occupied) else { return nil }
        // ("chief US economist for Acme": the capitals inside the role name no actor.)
        mark(start..<roleEnd, &occupied)
        return (actor, role)
    }

    /// The organisation named at `start`, after a preposition: a bundled one, one shaped like an
    /// organisation or company, one the article named already, or, unless `shaped`, any
    /// capitalised name ("an analyst at Petrel"). "the" and a descriptor may come first ("at
    /// the charity the Harbour Trust"). Records its mention; returns its id.
    func organisationAfterPreposition(_ tokens: [Token], at start: Int, sentence: Int, shaped: Bool, role: String? = nil,
                                      registry: inout ActorRegistry, occupied: inout [Bool]) -> String? {
        var index = start
        guard index < tokens.count else { return nil }
        if tokens[index].lowercased == "the" {
            // "Mike Hobday, from the league,", "secretary general of the council": a body the
            // article has named, by a noun of its name, or the company or charity it named last.
            if index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
               index + 2 >= tokens.count || !tokens[index + 2].isWord {
                return owner(named: tokens[index + 1], registry: registry) ?? bodyNamedEarlier(by: tokens[index + 1].lowercased, registry: registry)
            }
            index += 1
        }
        // "Aids charity the Harbour Trust": a descriptor, then the name.
        if index + 2 < tokens.count, !tokens[index].isCapitalized || tokens[index + 1].isWord && !tokens[index + 1].isCapitalized {
            if let the = (index..<min(tokens.count - 1, index + 4)).first(where: { tokens[$0].lowercased == "the" }), descriptorKind(before: the, in: tokens) != nil {
                index = the + 1
            }
        }
        // "an analyst at research firm RetailMetrics": a descriptor with no article, then the name.
        if index < tokens.count, !tokens[index].isCapitalized,
           let capital = (index..<min(tokens.count, index + 4)).first(where: { tokens[$0].isCapitalized }),
           (index..<capital).allSatisfy({ tokens[$0].isWord }), descriptorKind(before: capital, in: tokens) != nil {
            index = capital
        }
        // "an analyst at brokers Jefferies", "president of industry forecaster Retail Consulting
        // Group": one or two common nouns that describe the name after them.
        if index + 1 < tokens.count, !tokens[index].isCapitalized,
           let capital = (index..<min(tokens.count, index + 3)).first(where: { tokens[$0].isCapitalized }), capital > index,
           (index..<capital).allSatisfy({ isDescribingNoun(tokens[$0]) }) {
            index = capital
        }
        guard index < tokens.count, tokens[index].isCapitalized else { return nil }
        // A body already found there (by its descriptor or its shape) is the one.
        if occupied[index] {
            guard let span = registry.spans.last(where: { $0.sentence == sentence && $0.tokens.lowerBound == index }),
                  let kind = registry.kind(of: span.actor), [.organisation, .company, .party, .group].contains(kind) else { return nil }
            return span.actor
        }
        if let match = lexicon.match(tokens, at: index), let entry = lexicon.entry(match.meaning.entry) {
            // The lexicon's name, unless a longer organisation's starts with it ("Dunmore Securities").
            let longer = organisationName(tokens, at: index).flatMap { $0.count > match.length ? $0 : nil }
            if longer == nil {
                guard [.organisation, .party, .group, .company, .government, .country].contains(entry.kind),
                      [.name, .alias, .seat].contains(match.meaning.role) || (entry.kind == .party && match.meaning.role == .member) else { return nil }
                if entry.kind == .country, let role, ActorRecognizer.professionalRoles.contains(role) { return nil }
                let range = index..<(index + match.length)
                addLexiconMention(entry, via: match.meaning.role == .name ? .name : .alias, sentence: sentence, tokens: range, registry: &registry)
                mark(range, &occupied)
                return entry.id
            }
        }
        if let id = registry.organisationAcronyms[tokens[index].text] ?? registry.shortNames[tokens[index].text],
           organisationName(tokens, at: index) == nil {
            registry.add(id, name: tokens[index].text, kind: registry.kind(of: id) ?? .organisation, affiliation: nil, sentence: sentence, tokens: index..<(index + 1), via: .alias)
            mark(index..<(index + 1), &occupied)
            return id
        }
        if let range = organisationName(tokens, at: index), !occupied[range].contains(true) {
            let (id, end) = addOrganisation(range, tokens: tokens, sentence: sentence, registry: &registry)
            mark(range.lowerBound..<end, &occupied)
            return id
        }
        guard let run = unknownNameRun(tokens, at: index), !occupied[run].contains(true) else { return nil }
        let runText = ActorRecognizer.displayName(tokens[run])
        if let known = registry.organisation(named: runText) {
            registry.add(known, name: runText, kind: registry.kind(of: known) ?? .organisation, affiliation: nil, sentence: sentence, tokens: run, via: .alias)
            mark(run, &occupied)
            return known
        }
        // Any name after "at" or "with" a role is where the person works, unless it is a place.
        guard !shaped, names.name(in: tokens, at: index).map({ !words.givenNames.contains($0.words[0]) }) ?? true,
              run.upperBound >= tokens.count || !(tokens[run.upperBound].text == "," && run.upperBound + 1 < tokens.count && lexicon.match(tokens, at: run.upperBound + 1) != nil) else { return nil }
        let professional = role.map { ActorRecognizer.professionalRoles.contains($0) || words.isCorporateRole($0) } ?? false
        let kind: ActorKind = professional && !["professor", "lecturer", "researcher", "fellow", "research fellow", "senior fellow"].contains(role ?? "") ? .company : .organisation
        let id = addNamedOrganisation(run, kind: kind, tokens: tokens, sentence: sentence, registry: &registry)
        if run.count == 1 { registry.shortNames[runText] = id }
        mark(run, &occupied)
        return id
    }

    /// A lower-case common noun that can describe a body ("brokers", "forecaster"), not a word of
    /// another class ("said", "the", "home").
    private func isDescribingNoun(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, !ActorRecognizer.nonModifiers.contains(token.lowercased) else { return false }
        let readings = WordClasses.readings(of: token.lowercased)
        // (A word WordNet lacks, "forecaster", is taken for a noun.)
        return readings.isEmpty ? token.lowercased.allSatisfy(\.isLetter) : readings.contains { $0.wordClass.contains(.noun) }
    }

    /// The body mentioned last whose name has `noun` as a word: "the league" for the League
    /// Against Cruel Sports.
    func bodyNamedEarlier(by noun: String, registry: ActorRegistry) -> String? {
        for span in registry.spans.reversed() {
            guard let actor = registry.drafts[span.actor], [.organisation, .company, .party, .group].contains(actor.kind) else { continue }
            if actor.name.lowercased().split(separator: " ").contains(Substring(noun)) { return actor.id }
        }
        return nil
    }

    /// "Oxfam's Barbara Stocking", "Acme's Jo Bell": a body's possessive right before the name.
    func possessingBody(before start: Int, in tokens: [Token], sentence: Int, registry: ActorRegistry) -> String? {
        guard start >= 2, tokens[start - 1].text == "'s" || tokens[start - 1].text == "'",
              let span = registry.spans.last(where: { $0.sentence == sentence && $0.tokens.upperBound == start - 1 }),
              let kind = registry.kind(of: span.actor), [.organisation, .company, .party, .group].contains(kind) else { return nil }
        return span.actor
    }
}
