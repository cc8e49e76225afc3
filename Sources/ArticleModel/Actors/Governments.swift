/// Governments and legislatures named without being actors, or named without their country: a
/// committee of a legislature, a legislature used as an adjective or a place, and "the government"
/// or bare "ministers" meaning the government of the country the article is about.
extension ActorRecognizer {
    /// How a legislature's or public body's name is used, when not as an actor: "the Commons work
    /// and pensions committee" names a committee of it (recorded here), "a Commons inquiry" uses
    /// the name as an adjective, "passes through the Commons" as a place. Returns the token index
    /// after the name, or nil when the name stands for the body.
    func legislatureUse(_ entry: LexiconEntry, tokens: [Token], sentence: Int, start: Int, end: Int, registry: inout ActorRegistry, occupied: inout [Bool]) -> Int? {
        var index = end
        while index < tokens.count, index - end < 6, tokens[index].isWord, !tokens[index].isCapitalized || tokens[index].text == "Committee" {
            if ["committee", "committees"].contains(tokens[index].lowercased) {
                let range = start..<(index + 1)
                let id = addNamedOrganisation(range, kind: .organisation, tokens: tokens, sentence: sentence, registry: &registry, affiliation: entry.id)
                registry.organisationHeads["committee", default: []].insert(id)
                mark(range, &occupied)
                return index + 1
            }
            if ActorRecognizer.nonModifiers.contains(tokens[index].lowercased) { break }
            index += 1
        }
        let article = start > 0 && tokens[start - 1].lowercased == "the" ? start - 1 : start
        if article > 0, ["a", "an"].contains(tokens[article - 1].lowercased) || ["in", "through", "into", "inside", "outside", "across", "around"].contains(tokens[article - 1].lowercased) {
            return end
        }
        if article == start, start > 0, ["a", "an"].contains(tokens[start - 1].lowercased), end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized { return end }
        return nil
    }

    /// "the government", "the Government's plans", "Ministers insist": the government of the
    /// country the article is about, named without its country.
    func homeGovernment(_ tokens: [Token], at index: Int, occupied: [Bool]) -> Range<Int>? {
        let word = tokens[index].lowercased
        guard word == "government" || word == "ministers" else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if let next, next.text == "of" || (next.isCapitalized && next.isWord) || next.text == "-" { return nil }
        if word == "government" {
            if index > 0, tokens[index - 1].lowercased == "the", !occupied[index - 1] { return (index - 1)..<(index + 1) }
            // "Government" in capitals, as British papers write their own country's.
            if tokens[index].isCapitalized, index > 0, !["a", "any", "every", "each", "no", "local", "'s"].contains(tokens[index - 1].lowercased),
               !(tokens[index - 1].isCapitalized && index > 1) { return index..<(index + 1) }
            return nil
        }
        // "Ministers insist", "ministers have said": bare ministers acting.
        guard index == 0 || !tokens[index - 1].isWord || ["but", "and", "the"].contains(tokens[index - 1].lowercased), isStatementContext(tokens, after: index + 1) else { return nil }
        return index..<(index + 1)
    }
}
