/// The lower-case words that name a field of government between an actor and its people ("G7
/// finance ministers", "British foreign officials"): one test for the actor recognizer, which
/// reads "British finance ministers" as the country, and for stance holders, which read "G7
/// finance ministers backed ..." as G7's stance.
enum Portfolios {
    /// The most words a portfolio takes.
    static let maxWords = 2

    /// Whether a token can be part of a portfolio: a lower-case word WordNet knows as a noun or
    /// an adjective.
    static func canBePart(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, let classes = WordClasses.entry(token.lowercased)?.classes else { return false }
        return classes.contains(.noun) || classes.contains(.adjective)
    }
}
