import ArticleModel

/// An article with the analyst's corrections laid over the model's output.
public struct CorrectedArticle: Sendable {
    public var article: Article
    /// Corrections that changed something or were found in place.
    public var applied: [Correction]
    /// Stance corrections whose sentences are no longer in the article's text.
    public var orphans: [Correction]
}

/// Lays corrections over an article in the order they were made, so that each finds the
/// article as the analyst saw it then. Stances the analyst decided carry `source` `.user`,
/// the rule "user" and when.
public struct CorrectionApplier: Sendable {
    let matcher: IssueMatcher

    public init(matcher: IssueMatcher = IssueMatcher()) {
        self.matcher = matcher
    }

    /// The article with `corrections` (in the order made) applied: those of other articles are
    /// skipped, those of the library apply wherever their actor or issue appears. The article
    /// is taken, not copied: a correction then changes its lists in place.
    public func apply(_ corrections: [Correction], to article: consuming Article, contentHash: String) -> CorrectedArticle {
        var result = CorrectedArticle(article: article, applied: [], orphans: [])
        guard !corrections.isEmpty else { return result }
        var sentences: [String]?
        for correction in corrections {
            if let hash = correction.article, hash != contentHash { continue }
            if correction.isAboutStances {
                if sentences == nil { sentences = result.article.substrings(result.article.sentences.map(\.range)) }
                let found = correction.sentences.compactMap { text in sentences!.firstIndex(of: text) }
                guard !found.isEmpty else {
                    result.orphans.append(correction)
                    continue
                }
                applyStanceDecision(correction, sentences: found, to: &result.article)
            } else {
                applyNaming(correction.action, to: &result.article)
            }
            result.applied.append(correction)
        }
        return result
    }

    // MARK: - Stances

    private func applyStanceDecision(_ correction: Correction, sentences: [Int], to article: inout Article) {
        let evidence = sentences.sorted().map { Evidence(sentence: $0, range: article.sentences[$0].range) }
        switch correction.action {
        case .setCell(let actor, let anchor, let polarity):
            let issue = polarity == nil ? issueID(anchor, in: article) : issueID(anchor, in: &article)
            guard let issue else { return }
            article.stances.removeAll { $0.actor == actor && $0.issue == issue }
            if let polarity {
                ensureActor(actor, name: actor, in: &article)
                article.stances.append(userStance(actor: actor, issue: issue, polarity: polarity, evidence: evidence, at: correction.decidedAt))
            }
        case .rejectStance(let actor, let anchor, let polarity):
            guard let issue = issueID(anchor, in: article) else { return }
            let rejected = Set(sentences)
            for index in article.stances.indices where article.stances[index].actor == actor && article.stances[index].issue == issue && article.stances[index].polarity == polarity {
                article.stances[index].evidence.removeAll { rejected.contains($0.sentence) }
            }
            article.stances.removeAll { $0.evidence.isEmpty && $0.actor == actor && $0.issue == issue }
        case .addStance(let actor, let name, let anchor, let polarity):
            guard let issue = issueID(anchor, in: &article) else { return }
            ensureActor(actor, name: name, in: &article)
            article.stances.append(userStance(actor: actor, issue: issue, polarity: polarity, evidence: evidence, at: correction.decidedAt))
        default:
            return
        }
    }

    private func userStance(actor: String, issue: String, polarity: Polarity, evidence: [Evidence], at time: String) -> Stance {
        Stance(actor: actor, issue: issue, polarity: polarity, cue: "", cueClass: "", rule: "user", negated: false, evidence: evidence, source: .user, decidedAt: time)
    }

    /// The id of the article's issue with the anchor's key, nil when it has none.
    private func issueID(_ anchor: IssueAnchor, in article: Article) -> String? {
        article.issues.first { matcher.key(for: $0) == anchor.key }?.id
    }

    /// The id of the article's issue with the anchor's key, made from the anchor's label when
    /// the article has none.
    private func issueID(_ anchor: IssueAnchor, in article: inout Article) -> String? {
        if let known = issueID(anchor, in: article) { return known }
        if anchor.key.hasPrefix("actor:") {
            let target = String(anchor.key.dropFirst(6))
            article.issues.append(Issue(id: "actor-" + target, label: anchor.label, targetActor: target))
            return "actor-" + target
        }
        var id = "user-" + IssueMatcher.slug(anchor.label.lowercased())
        while article.issues.contains(where: { $0.id == id }) { id += "-"}
        article.issues.append(Issue(id: id, label: anchor.label))
        return id
    }

    private func ensureActor(_ id: String, name: String, in article: inout Article) {
        guard !article.actors.contains(where: { $0.id == id }) else { return }
        article.actors.append(Actor(id: id, name: name, kind: .other))
    }

    // MARK: - Actors and issues

    private func applyNaming(_ action: Correction.Action, to article: inout Article) {
        switch action {
        case .renameActor(let actor, let name):
            for index in article.actors.indices where article.actors[index].id == actor { article.actors[index].name = name }
            for index in article.issues.indices where article.issues[index].targetActor == actor {
                article.issues[index].label = name
                article.issues[index].shortLabel = name
            }
        case .setKind(let actor, let kind):
            for index in article.actors.indices where article.actors[index].id == actor { article.actors[index].kind = kind }
        case .setAffiliation(let actor, let affiliation):
            for index in article.actors.indices where article.actors[index].id == actor { article.actors[index].affiliation = affiliation }
        case .mergeActors(let from, let into, let intoName):
            mergeActor(from, into: into, name: intoName, in: &article)
        case .renameIssue(let anchor, let label):
            for index in article.issues.indices where article.issues[index].targetActor == nil && matcher.key(for: article.issues[index]) == anchor.key {
                article.issues[index].label = label
                article.issues[index].shortLabel = label
            }
        case .mergeIssues(let from, let into):
            mergeIssue(from, into: into, in: &article)
        case .setCell, .rejectStance, .addStance:
            return
        }
    }

    private func mergeActor(_ from: String, into: String, name: String, in article: inout Article) {
        guard from != into else { return }
        // The actor itself, when the article lists it (an article may only blame or praise it).
        if let source = article.actors.firstIndex(where: { $0.id == from }) {
            if let target = article.actors.firstIndex(where: { $0.id == into }) {
                article.actors[target].mentions = (article.actors[target].mentions + article.actors[source].mentions).sorted { $0.range.lowerBound < $1.range.lowerBound }
                article.actors.remove(at: source)
            } else {
                article.actors[source].id = into
                article.actors[source].name = name
            }
        }
        for index in article.actors.indices where article.actors[index].affiliation == from { article.actors[index].affiliation = into }
        for index in article.actors.indices where article.actors[index].affiliation == article.actors[index].id { article.actors[index].affiliation = nil }
        for index in article.stances.indices where article.stances[index].actor == from { article.stances[index].actor = into }
        if let issue = article.issues.firstIndex(where: { $0.targetActor == from }) {
            let oldID = article.issues[issue].id
            if let existing = article.issues.firstIndex(where: { $0.targetActor == into }) {
                let newID = article.issues[existing].id
                for index in article.stances.indices where article.stances[index].issue == oldID { article.stances[index].issue = newID }
                article.issues.remove(at: issue)
            } else {
                article.issues[issue] = Issue(id: "actor-" + into, label: name, targetActor: into)
                for index in article.stances.indices where article.stances[index].issue == oldID { article.stances[index].issue = "actor-" + into }
            }
        }
        dropDuplicateStances(in: &article)
    }

    private func mergeIssue(_ from: IssueAnchor, into: IssueAnchor, in article: inout Article) {
        guard from.key != into.key else { return }
        let sources = article.issues.indices.filter { matcher.key(for: article.issues[$0]) == from.key }
        guard !sources.isEmpty else { return }
        if let target = article.issues.first(where: { matcher.key(for: $0) == into.key }) {
            let ids = Set(sources.map { article.issues[$0].id })
            for index in article.stances.indices where ids.contains(article.stances[index].issue) { article.stances[index].issue = target.id }
            article.issues.removeAll { ids.contains($0.id) }
        } else {
            for index in sources {
                article.issues[index].label = into.label
                article.issues[index].shortLabel = into.label
            }
        }
        dropDuplicateStances(in: &article)
    }

    /// After a merge two stances may say the same thing: keep the first, with both's evidence.
    private func dropDuplicateStances(in article: inout Article) {
        var kept: [Stance] = []
        for stance in article.stances {
            if let same = kept.firstIndex(where: { $0.actor == stance.actor && $0.issue == stance.issue && $0.polarity == stance.polarity && $0.rule == stance.rule && $0.cue == stance.cue && $0.source == stance.source }) {
                for item in stance.evidence where !kept[same].evidence.contains(where: { $0.sentence == item.sentence }) { kept[same].evidence.append(item) }
            } else {
                kept.append(stance)
            }
        }
        article.stances = kept
    }
}
