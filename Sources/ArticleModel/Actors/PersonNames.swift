/// Finds person names by their shape: capitalised words with particles (al-, bin, de, van, von),
/// hyphens, initials and non-ASCII letters, after titles or not.
struct PersonNames {
    let words: RoleWords
    let lexicon: Lexicon

    /// A name found at some token position.
    struct Name {
        var tokens: Range<Int>
        /// Name words as written: hyphenated parts and particles joined as in the text.
        var words: [String]
        var hasInitial: Bool
    }

    /// The name that starts at `start`, if the tokens there look like one.
    func name(in tokens: [Token], at start: Int) -> Name? {
        guard start >= 0, start < tokens.count else { return nil }
        func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].range.upperBound == tokens[b].range.lowerBound }
        func isParticle(_ i: Int) -> Bool { i < tokens.count && words.particles.contains(tokens[i]) }
        func isGluedParticle(_ i: Int) -> Bool {
            isParticle(i) && i + 2 < tokens.count && tokens[i + 1].text == "-" && adjacent(i, i + 1) && adjacent(i + 1, i + 2)
        }
        let startIsNameWord = isNameWord(tokens[start])
        guard startIsNameWord || isGluedParticle(start) else { return nil }

        var index = start
        var parts: [String] = []
        var hasInitial = false
        while index < tokens.count, parts.count < 6 {
            let token = tokens[index]
            var word: String
            var freeParticle = false
            // "Mervyn King": a title word after a given name is a family name, when it ends the name.
            let titleAsSurname = parts.count == 1 && words.givenNames.contains(parts[0]) && token.isCapitalized && words.titleWords.contains(token)
                && !words.honorifics.contains(token) && !(index + 1 < tokens.count && isNameWord(tokens[index + 1]))
            if (index == start ? startIsNameWord : isNameWord(token)) || titleAsSurname || (parts.count == 1 && words.givenNames.contains(parts[0]) && isNameWord(token, allowingLexicon: true)) {
                word = token.text
            } else if isParticle(index) {
                word = token.text
                freeParticle = !isGluedParticle(index)
                // A free particle ("bin Laden", "von der Leyen") needs more name after it.
                if freeParticle, !(index + 1 < tokens.count && (isNameWord(tokens[index + 1]) || isParticle(index + 1))) { break }
            } else if token.range.count == 1, token.isCapitalized, !parts.isEmpty, index + 2 < tokens.count,
                      tokens[index + 1].text == ".", adjacent(index, index + 1), isNameWord(tokens[index + 2]) {
                parts.append(token.text + ".")
                hasInitial = true
                index += 2
                continue
            } else if token.range.count == 1, token.isCapitalized, parts.count == 1, words.givenNames.contains(parts[0]), index + 1 < tokens.count,
                      isNameWord(tokens[index + 1]), tokens[index].text != "I" {
                // "George W Bush": a middle initial written without its full stop, after a given name.
                parts.append(token.text)
                hasInitial = true
                index += 1
                continue
            } else {
                break
            }
            index += 1
            // Hyphenated continuation: Ki-moon, Jean-Claude, al-Assad.
            while index + 1 < tokens.count, tokens[index].text == "-", adjacent(index - 1, index), adjacent(index, index + 1), tokens[index + 1].isWord {
                word += "-" + tokens[index + 1].text
                index += 2
            }
            parts.append(word)
        }
        // Never end on a particle.
        while let last = parts.last, words.particles.contains(last) {
            parts.removeLast()
            index -= 1
        }
        guard !parts.isEmpty else { return nil }
        return Name(tokens: start..<index, words: parts, hasInitial: hasInitial)
    }

    /// The name without leading words that are not names, when a given name follows them:
    /// "Commissioner Zofia Kowalczyk" gives "Zofia Kowalczyk".
    func trimmingLeadingNonNames(_ name: Name, in tokens: [Token]) -> Name {
        guard name.words.count >= 3, !words.givenNames.contains(name.words[0]),
              let given = name.words.prefix(3).firstIndex(where: { words.givenNames.contains($0) }), given > 0,
              given < name.words.count - 1 else { return name }
        var start = name.tokens.lowerBound
        for _ in 0..<given { start += 1 }
        guard start < name.tokens.upperBound, tokens[start].text == name.words[given] || name.words[given].hasPrefix(tokens[start].text) else { return name }
        return Name(tokens: start..<name.tokens.upperBound, words: Array(name.words[given...]), hasInitial: name.hasInitial)
    }

    /// A capitalised word that can be part of a name: not a function word, month or furniture,
    /// and not a country, organisation or demonym from the lexicon (unless it is also a given name).
    func isNameWord(_ token: Token, allowingLexicon: Bool = false) -> Bool {
        guard token.isCapitalized, token.range.count > 1 else { return false }
        if words.notNames.contains(token) || words.honorifics.contains(token) || words.titleWords.contains(token) { return false }
        if token.isAllCapitals && !words.givenNames.contains(token) {
            return false  // acronyms: UN, BBC, U.S.
        }
        if !allowingLexicon, lexicon.hasPhrase(startingWith: token), !words.givenNames.contains(token) {
            return false
        }
        return true
    }

    /// Whether the name at `range` names a thing: a thing noun right after it ("Holm Bridge",
    /// "the Mr Universe contest" when `lowercaseToo`) or right before it ("the ferry Princess
    /// Helga", "Operation Grey Dawn"), or a place preposition before a bare title ("in Admiral Bay").
    func namesAThing(_ range: Range<Int>, in tokens: [Token], lowercaseToo: Bool) -> Bool {
        let after = range.upperBound
        if after < tokens.count, tokens[after].isWord, words.thingNouns.containsLowercased(tokens[after]),
           tokens[after].isCapitalized || lowercaseToo {
            return true
        }
        let before = range.lowerBound - 1
        // "Refugee Council Chief Executive Maeve Sherlock": an organisation's name, then its officer.
        if before >= 0, tokens[before].isWord, words.thingNouns.containsLowercased(tokens[before]),
           !words.organisationNouns.contains(tokens[before]) { return true }
        return false
    }

    /// Whether a title-less capitalised sequence is a person: a known given name first, an
    /// initial inside, or at least two words followed by a reporting verb.
    /// Whether a capitalised word is an ordinary English word ("Inland", "Concern"), not one that
    /// WordNet knows as a person's name ("Hutton") or does not know at all ("Oaten").
    static func isOrdinaryWord(_ word: String) -> Bool {
        guard let entry = WordClasses.entry(word.lowercased()) else { return false }
        return entry.nounField != .person && (entry.classes.contains(.noun) || entry.classes.contains(.adjective))
    }

    func isPerson(_ name: Name, in tokens: [Token], startsStatement: (Int) -> Bool) -> Bool {
        guard name.words.count >= 2 else { return false }
        if words.notPeople.contains(name.words.joined(separator: " ")) { return false }
        if words.notPeople.contains(name.words.prefix(2).joined(separator: " ")) { return false }
        if words.givenNames.contains(name.words[0]) || name.hasInitial { return true }
        // "the Hansard Society", "Woodhill Prison": the last word names a kind of thing.
        if let last = name.words.last, words.thingNouns.contains(last.lowercased()) { return false }
        let after = name.tokens.upperBound
        // "Age Concern said", "the Inland Revenue said": a name made of ordinary words is a body's.
        if name.words.allSatisfy(PersonNames.isOrdinaryWord) { return false }
        if after < tokens.count, startsStatement(after) { return true }
        // "The head of the CBI, Digby Jones, said": a name set off by commas before a report.
        let start = name.tokens.lowerBound
        if start > 0, tokens[start - 1].text == ",", after + 1 < tokens.count, tokens[after].text == ",",
           startsStatement(after + 1) { return true }
        if after + 1 < tokens.count, tokens[after].text == ",", tokens[after + 1].lowercased == "the" { return true }
        // "Ivo Brandt, project manager at ...", "Mira Olsen, a lecturer".
        if after + 1 < tokens.count, tokens[after].text == "," {
            let role = ["a", "an"].contains(tokens[after + 1].lowercased) ? after + 2 : after + 1
            if role < tokens.count, !tokens[role].isCapitalized, words.longestMatch(words.roleNouns, in: tokens, at: role, lowercase: true) != nil { return true }
        }
        return false
    }
}
