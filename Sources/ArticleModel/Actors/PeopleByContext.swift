/// People whose names are not marked by a given name or an ordinary title: found by the words
/// around them ("Ros Vale, who ...", "Lucy, 36,") or named by a royal or noble title ("Prince
/// Edmund", "the Duke of Rosmere", "the Queen").
extension ActorRecognizer {
    /// A capitalised name that no given name or title marks as a person's, but its context does:
    /// "Ros Vale, who ...", "Ros Vale, for the Greens,", "Ros Vale of the Harbour Trust"; and one
    /// given name alone before an age or a role ("Lucy, 36,", "Diana, princess of").
    func isPersonByContext(_ name: PersonNames.Name, in tokens: [Token]) -> Bool {
        let start = name.tokens.lowerBound, after = name.tokens.upperBound
        if words.notPeople.contains(name.words.joined(separator: " ")) { return false }
        if name.words.contains(where: { words.thingNouns.contains($0.lowercased()) || words.companyNouns.contains($0) || words.organisationNouns.contains($0) }) { return false }
        if name.words.count == 1 {
            guard words.givenNames.contains(tokens[start]), after + 2 < tokens.count, tokens[after].text == "," else { return false }
            if tokens[after + 1].kind == .number, tokens[after + 2].text == "," { return true }
            let role = ["the", "a", "an"].contains(tokens[after + 1].lowercased) ? after + 2 : after + 1
            return !tokens[role].isCapitalized && words.longestMatch(words.roleNouns, in: tokens, at: role, lowercase: true) != nil
        }
        guard name.words.count <= 3, !name.words.contains(where: { $0.allSatisfy(\.isUppercase) }) else { return false }
        guard after + 1 < tokens.count else { return false }
        // "Ros Vale, who wrote ...": "who" is for people ("which" for bodies).
        if tokens[after].text == ",", tokens[after + 1].lowercased == "who" { return true }
        // "Ros Vale, for the Greens," / "Ros Vale of the Harbour Trust".
        let preposition = tokens[after].text == "," ? after + 1 : after
        guard preposition + 1 < tokens.count, ["for", "of", "from"].contains(tokens[preposition].text) else { return false }
        var org = preposition + 1
        if tokens[org].lowercased == "the" { org += 1 }
        guard org < tokens.count else { return false }
        if let match = lexicon.match(tokens, at: org), let entry = lexicon.entry(match.meaning.entry),
           [.party, .organisation, .company, .group].contains(entry.kind), tokens[preposition].text != "of" || tokens[after].text == "," || org > preposition + 1 { return true }
        return tokens[preposition].text != "for" && organisationName(tokens, at: org) != nil
    }

    /// "Prince Charles", "Queen Beatrix II", "the Duke of Edinburgh", "the Queen": royals are named
    /// by title and one name, or by title and place, or, for a sovereign, by the title alone.
    func matchRoyal(role: String, _ tokens: [Token], sentence: Int, at start: Int, titleEnd: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        let title = ActorRecognizer.displayName(tokens[start..<titleEnd])
        // "the Duke of Edinburgh", "Princess of Wales".
        if titleEnd + 1 < tokens.count, tokens[titleEnd].text == "of", tokens[titleEnd + 1].isCapitalized, ActorRecognizer.nobleTitles.contains(role),
           tokens[start].isCapitalized {
            var end = titleEnd + 2
            while end < tokens.count, tokens[end].isCapitalized, tokens[end].isWord, !words.notNames.contains(tokens[end]) || lexicon.match(tokens, at: end) != nil { end += 1 }
            if names.namesAThing(start..<end, in: tokens, lowercaseToo: true) { return nil }
            let office = ActorRecognizer.roleText(tokens[start..<end])
            // "the Archbishop of Canterbury, Dr Jo Bell,": the office, then the person who holds it.
            if end + 2 < tokens.count, tokens[end].text == "," {
                let nameStart = self.words.honorifics.contains(tokens[end + 1]) ? end + 2 : end + 1
                if let name = names.name(in: tokens, at: nameStart), name.words.count >= 2 || nameStart == end + 2 {
                    let person = registry.addPerson(words: name.words, role: office, affiliation: nil, sentence: sentence, tokens: (end + 1)..<name.tokens.upperBound, via: .name)
                    registry.people[person].spans.append((sentence, start..<end, .role))
                    mark(start..<name.tokens.upperBound, &occupied)
                    return name.tokens.upperBound
                }
            }
            // A later "the Archbishop of Canterbury said": the holder already named.
            if let holder = registry.people.indices.first(where: { registry.people[$0].roles.contains(office) && registry.people[$0].words.count > 1 && registry.people[$0].words[1] != "of" }) {
                registry.people[holder].spans.append((sentence, start..<end, .role))
                mark(start..<end, &occupied)
                return end
            }
            let words = [title, "of"] + tokens[(titleEnd + 1)..<end].map(\.text)
            registry.addPerson(words: words, role: role, affiliation: nil, sentence: sentence, tokens: start..<end, via: .name)
            mark(start..<end, &occupied)
            return end
        }
        guard ActorRecognizer.royalTitles.contains(role) else { return nil }
        // "Prince Charles", "Queen Elizabeth II".
        if let name = names.name(in: tokens, at: titleEnd), name.words.count == 1, words.givenNames.contains(tokens[titleEnd]) {
            var end = name.tokens.upperBound
            var personWords = [title, name.words[0]]
            if end < tokens.count, ActorRecognizer.romanNumerals.contains(tokens[end].text) {
                personWords.append(tokens[end].text)
                end += 1
            }
            if names.namesAThing(start..<end, in: tokens, lowercaseToo: true) { return nil }
            registry.addPerson(words: personWords, role: role, affiliation: nil, sentence: sentence, tokens: start..<end, via: .name)
            mark(start..<end, &occupied)
            return end
        }
        // "the Queen": a sovereign named by the title alone, not "the Queen's Speech".
        guard ["queen", "king"].contains(role), start > 0, tokens[start - 1].lowercased == "the", titleEnd == start + 1 else { return nil }
        if titleEnd < tokens.count {
            let next = tokens[titleEnd]
            if next.isCapitalized || next.text == "of" { return nil }
            if next.text == "'s", titleEnd + 1 < tokens.count, tokens[titleEnd + 1].isCapitalized { return nil }
        }
        registry.addPerson(words: [tokens[start].text], role: role, affiliation: nil, sentence: sentence, tokens: start..<titleEnd, via: .role)
        mark(start..<titleEnd, &occupied)
        return titleEnd
    }

    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
}
