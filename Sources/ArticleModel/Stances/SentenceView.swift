/// One sentence prepared for stance finding: tokens, lower-case words, and which actor spans sit where.
struct SentenceView {
    let index: Int
    let tokens: [Token]
    let words: WordList
    let spans: [ActorSpan]
    /// For each token, the spans that start there.
    private let spansStarting: [Int: [ActorSpan]]
    /// For each token, the spans that end there (last token).
    private let spansEnding: [Int: [ActorSpan]]
    /// Each token's part of speech; empty until `tagged()` (only sentences with a cue need them).
    private(set) var tags: [TaggedWord] = []
    /// Each person's affiliation, by id: whom a speaker speaks for.
    var affiliations: [String: String] = [:]

    init(index: Int, tokens: [Token], spans: [ActorSpan]) {
        self.index = index
        self.tokens = tokens
        self.words = WordList(tokens.map { $0.lowercased.replacingApostrophes() })
        self.spans = spans
        spansStarting = Dictionary(grouping: spans, by: \.tokens.lowerBound)
        spansEnding = Dictionary(grouping: spans, by: { $0.tokens.upperBound - 1 })
    }

    /// The same view with every token's part of speech.
    func tagged() -> SentenceView {
        var copy = self
        var actorTokens = Set<Int>()
        for span in spans { actorTokens.formUnion(span.tokens) }
        copy.tags = PartOfSpeechTagger.tag(tokens, actorTokens: actorTokens)
        return copy
    }

    /// The part of speech of token `index` (nil before tagging).
    func tag(_ index: Int) -> PartOfSpeech? { index >= 0 && index < tags.count ? tags[index].tag : nil }

    var count: Int { tokens.count }

    func spans(startingAt index: Int) -> [ActorSpan] { spansStarting[index] ?? [] }
    func spans(endingAt index: Int) -> [ActorSpan] { spansEnding[index] ?? [] }
    func isInsideSpan(_ index: Int) -> Bool { spans.contains { $0.tokens.contains(index) } }

    /// The scalar range of tokens `from...through`.
    func range(_ from: Int, _ through: Int) -> Range<Int> {
        tokens[from].range.lowerBound..<tokens[through].range.upperBound
    }

    /// Actor groups joined by commas and "and"/"or" ending at token `end`, scanning leftwards:
    /// "France, America and the UK". Returns the actors and the index of the group's first token.
    func coordinatedGroup(endingAt end: Int) -> (actors: [String], start: Int)? {
        guard !spans(endingAt: end).isEmpty else { return nil }
        var actors: [String] = []
        var cursor = end
        var start = end
        var sawConjunction = false
        while cursor >= 0 {
            let here = spans(endingAt: cursor)
            guard let first = here.first else { break }
            actors.insert(contentsOf: here.map(\.actor), at: 0)
            start = first.tokens.lowerBound
            // "French President Jacques Chirac": a qualifier glued to the actor belongs to it.
            // ("told the BBC he was against it": no qualifier glues to a pronoun.)
            while start > 0, first.via != .pronoun, let qualifier = spans(endingAt: start - 1).first, tokens[start - 1].range.upperBound < tokens[start].range.lowerBound,
                  qualifier.tokens.upperBound == start {
                start = qualifier.tokens.lowerBound
            }
            var joiner = start - 1
            if joiner >= 0, words[joiner] == "the" { joiner -= 1; start = joiner + 1 }
            guard joiner >= 0 else { break }
            var before = joiner - 1
            let word = words[joiner]
            if word == "also", before >= 0, words[before] == "but" {
                before -= 1  // "Not only Kestria but also Tarsenia"
            } else if ["and", "or", "nor"].contains(word) {
                sawConjunction = true
                if before >= 0, words[before] == "," { before -= 1 }
            } else if word == "," {
                // A comma joins actors only in a list that ends with "and": "France, America and the UK".
                guard sawConjunction else { break }
            } else {
                break
            }
            if before >= 0, !spans(endingAt: before).isEmpty {
                cursor = before
                continue
            }
            break
        }
        if start > 0, ["both", "neither", "either"].contains(words[start - 1]) { start -= words[start - 1] == "neither" ? 0 : 1 }
        return (actors.uniqued(), start)
    }

    /// Actor groups joined by commas and "and" starting at `start`, scanning rightwards.
    func coordinatedGroup(startingAt start: Int) -> (actors: [String], end: Int)? {
        var cursor = start
        // ("the Treasury" may be the span itself, from its article on.)
        if cursor < count, words[cursor] == "the", spans(startingAt: cursor).isEmpty { cursor += 1 }
        guard cursor < count, var first = spans(startingAt: cursor).first else { return nil }
        // A qualifier right before its head ("UN Secretary-General Amadou Diallo"): the head acts.
        while first.tokens.upperBound < count, let head = spans(startingAt: first.tokens.upperBound).first { first = head }
        var actors = spans(startingAt: first.tokens.lowerBound).map(\.actor)
        var end = first.tokens.upperBound
        while end < count, ["and", "or", "nor", ","].contains(words[end]) {
            var next = end + 1
            if next < count, words[next] == "and" || words[next] == "nor" { next += 1 }
            if next < count, words[next] == "the", spans(startingAt: next).isEmpty { next += 1 }
            guard next < count, let span = spans(startingAt: next).first else { break }
            actors += spans(startingAt: next).map(\.actor)
            end = span.tokens.upperBound
        }
        return (actors.uniqued(), end)
    }
}

extension String {
    func replacingApostrophes() -> String {
        // U+2019 is E2 80 99 in UTF-8; a byte scan is much cheaper than a string search.
        containsByte(0x99) && unicodeScalars.contains("\u{2019}") ? String(map { $0 == "\u{2019}" ? "'" : $0 }) : self
    }
}
