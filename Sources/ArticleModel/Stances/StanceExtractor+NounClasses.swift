/// Nouns that carry no issue of their own, by the role each list plays. One noun may play more
/// than one role ("kind" is vague alone, empty before "of", and light after a verb).
extension StanceExtractor {
    /// Nouns too vague to name an issue by themselves: "the way", "things", "the matter".
    static let vagueNouns: Set<String> = ["way", "thing", "matter", "kind", "sort", "type", "lot", "rest", "part", "time", "manner", "fashion", "aspect", "stuff", "means", "fact", "ability",
                                          "point", "reason", "happening", "going"]
    /// Ordinals: "the first 300m vaccines", "a second term": what follows is the noun.
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "last", "next", "latest", "final"]

    /// Heads that name nothing but what follows their "of": "the principle of", "the effect of".
    static let emptyHeads: Set<String> = ["principle", "use", "idea", "notion", "concept", "kind", "sort", "type", "form", "effect", "effects", "impact", "consequences"]

    /// Nouns that lead to the issue instead of naming it, after a verb or before "of": the vague
    /// nouns, the empty heads that are no effect, and words for questions, amounts and findings
    /// ("lead the way", "the idea of", "a series of", "the figures").
    static let lightNouns: Set<String> = vagueNouns.union(emptyHeads.subtracting(["effect", "effects", "impact", "consequences"])).union([
        "issue", "question", "prospect", "possibility", "number", "level", "series", "case", "need", "range", "set", "package", "amount",
        "details", "detail", "figures", "results", "statistics", "data", "things",
    ])
}
