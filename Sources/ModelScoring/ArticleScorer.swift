import ArticleModel

/// Scores Parley's model of one article against its coding, by the codebook's rules (the same
/// as `../shared/tools/score_extract.py`, which `.ci/analysis-benchmark` also runs as a check).
///
/// Actors match by name or any mention's text against the coded names and aliases, ignoring
/// case, a leading "the" and a trailing "'s". A coded stance is found when a predicted stance has
/// one of its holders, its polarity and an evidence sentence containing one of its snippets; an
/// issue's polarities may all be read swapped where its label frames the question the other way.
public struct ArticleScorer {
    /// What went wrong in one article, for the benchmark's listing.
    public struct Details: Sendable {
        public var missedActors: [String] = []
        public var extraActors: [String] = []
        public var forbiddenActors: [String] = []
        public var wrongAffiliations: [String] = []
        public var missedStances: [CodedArticle.CodedStance] = []
        /// Predicted stances that match no coded or optional stance: "actor polarity issue | sentence".
        public var unmatchedStances: [String] = []
        /// The rule of every predicted stance, and whether it matched the coding (or an optional stance).
        public var ruleOutcomes: [(rule: String, matched: Bool)] = []
        /// For each coded stance found, its column and the issues of the stances that found it.
        public var foundColumns: [(id: String, column: String, issues: [String])] = []
    }

    let coded: CodedArticle
    let article: Article
    private let alias: [String: String]
    private let actorsByID: [String: Actor]

    public init(coded: CodedArticle, article: Article) {
        self.coded = coded
        self.article = article
        var alias: [String: String] = [:]
        for actor in coded.actors {
            for name in [actor.name] + actor.aliases where alias[Self.actorName(name)] == nil {
                alias[Self.actorName(name)] = actor.name
            }
        }
        self.alias = alias
        actorsByID = Dictionary(article.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Case, quotes and spaces folded, as the scorer compares text.
    static func normalized(_ text: String) -> String {
        var folded = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            switch character {
            case "\u{2019}", "\u{2018}": folded.append("'")
            case "\u{201C}", "\u{201D}": folded.append("\"")
            default: folded += character.lowercased()
            }
        }
        return folded
    }

    /// A name as actors are compared: normalised, without a leading "the " or a trailing "'s".
    static func actorName(_ text: String) -> String {
        var name = normalized(text)
        if name.hasPrefix("the ") { name.removeFirst(4) }
        if name.hasSuffix("'s") { name.removeLast(2) }
        return name
    }

    /// The coded actor a predicted one stands for: by its name, else by its mentions when they
    /// all point to one coded actor.
    func codedName(of actor: Actor) -> String? {
        let names = ([actor.name] + actor.mentions.map(\.text)).map(Self.actorName).filter { !$0.isEmpty }
        if let first = names.first, let name = alias[first] { return name }
        let hits = Set(names.compactMap { alias[$0] })
        return hits.count == 1 ? hits.first : nil
    }

    private func codedName(ofReference reference: String?) -> String? {
        guard let reference else { return nil }
        if let actor = actorsByID[reference] { return codedName(of: actor) }
        return alias[Self.actorName(reference)]
    }

    public func score() -> (score: ArticleScore, details: Details) {
        var score = ArticleScore()
        var details = Details()
        let optional = Set(coded.optionalActors.map(Self.actorName))
        let forbidden = Set(coded.forbiddenActors.map(Self.actorName))

        // Actors.
        var found: [String: Actor] = [:]
        for actor in article.actors {
            let name = Self.actorName(actor.name)
            if let codedName = codedName(of: actor) {
                if found[codedName] != nil { score.splitActors += 1 } else { found[codedName] = actor }
            } else if forbidden.contains(name) {
                details.forbiddenActors.append(actor.name)
            } else if !optional.contains(name) {
                details.extraActors.append(actor.name)
            }
        }
        score.codedActors = coded.actors.count
        score.foundActors = found.count
        score.predictedActors = article.actors.count
        score.forbiddenActors = details.forbiddenActors.count
        score.extraActors = details.extraActors.count
        details.missedActors = coded.actors.map(\.name).filter { found[$0] == nil }.sorted()
        for actor in coded.actors {
            guard let affiliation = actor.affiliation, let predicted = found[actor.name] else { continue }
            score.affiliations += 1
            if codedName(ofReference: predicted.affiliation) == affiliation {
                score.affiliationsRight += 1
            } else {
                let given = predicted.affiliation.map { actorsByID[$0]?.name ?? $0 } ?? "none"
                details.wrongAffiliations.append("\(actor.name): \(given), coded \(affiliation)")
            }
        }

        // Stances.
        let stances = article.stances
        let evidence = stances.map { stance in stance.evidence.map { Self.normalized(article.substring($0.range)) } }
        var flipped = Set<String>()
        func matches(_ index: Int, actors: [String], polarities: [String], keys: [String]) -> Bool {
            let stance = stances[index]
            var polarity = stance.polarity.rawValue
            if flipped.contains(stance.issue) {
                polarity = polarity == "support" ? "oppose" : polarity == "oppose" ? "support" : polarity
            }
            guard let holder = codedName(ofReference: stance.actor), actors.contains(holder), polarities.contains(polarity) else { return false }
            return keys.contains { key in
                let needle = Self.normalized(key)
                return evidence[index].contains { $0.contains(needle) }
            }
        }
        // "opposes the embargo" and "supports lifting the embargo" are one stance: per issue,
        // keep the orientation (as is, or swapped) that matches more of the coding.
        for issue in Set(stances.map(\.issue)).sorted() {
            let mine = stances.indices.filter { stances[$0].issue == issue }
            func count() -> Int {
                coded.stances.filter { codedStance in
                    mine.contains { matches($0, actors: codedStance.actorAny, polarities: [codedStance.polarity], keys: codedStance.evidenceAny) }
                }.count
            }
            let plain = count()
            flipped.insert(issue)
            if count() <= plain { flipped.remove(issue) }
        }
        var hits: [String: [Int]] = [:]
        var truePositives = Set<Int>()
        for codedStance in coded.stances {
            for index in stances.indices where matches(index, actors: codedStance.actorAny, polarities: [codedStance.polarity], keys: codedStance.evidenceAny) {
                hits[codedStance.id, default: []].append(index)
                truePositives.insert(index)
            }
        }
        var optionalHits = Set<Int>()
        for optionalStance in coded.optionalStances {
            for index in stances.indices where !truePositives.contains(index)
                && matches(index, actors: [optionalStance.actor], polarities: [optionalStance.polarity], keys: [optionalStance.evidence]) {
                optionalHits.insert(index)
            }
        }
        let falsePositives = stances.indices.filter { !truePositives.contains($0) && !optionalHits.contains($0) }
        details.ruleOutcomes = stances.indices.map { (stances[$0].rule, !falsePositives.contains($0)) }
        score.codedStances = coded.stances.count
        score.foundStances = hits.count
        score.truePositives = truePositives.count
        score.falsePositives = falsePositives.count
        details.missedStances = coded.stances.filter { hits[$0.id] == nil }
        details.foundColumns = coded.stances.compactMap { codedStance in
            hits[codedStance.id].map { (codedStance.id, codedStance.column, Set($0.map { stances[$0].issue }).sorted()) }
        }
        details.unmatchedStances = falsePositives.map { index in
            let stance = stances[index]
            return "\(stance.actor) \(stance.polarity.rawValue) \(stance.issue) [\(stance.rule): \(stance.cue)] | \(stance.evidence.first.map { article.substring($0.range) } ?? "")"
        }

        // Columns: a coded column with two or more stances is coherent when every one was found
        // and some issue holds a match for each.
        var columns: [String: [String]] = [:]
        var order: [String] = []
        for codedStance in coded.stances {
            if columns[codedStance.column] == nil { order.append(codedStance.column) }
            columns[codedStance.column, default: []].append(codedStance.id)
        }
        for column in order {
            guard let ids = columns[column], ids.count >= 2 else { continue }
            score.multiActorColumns += 1
            let issueSets = ids.map { Set((hits[$0] ?? []).map { stances[$0].issue }) }
            if issueSets.allSatisfy({ !$0.isEmpty }), !issueSets.dropFirst().reduce(issueSets[0], { $0.intersection($1) }).isEmpty {
                score.coherentColumns += 1
            }
        }
        return (score, details)
    }
}

extension ArticleScorer {
    /// The scorer's text folding, for tests that check the coding itself.
    public static func normalizedForTests(_ text: String) -> String { normalized(text) }
}
