import ArticleModel

/// Builds a `CrossMatrix` in one pass over the articles: every actor and issue gets an index
/// the first time it is seen, and each article's stances are folded into their cells once per
/// article.
struct CrossMatrixBuilder {
    /// An actor being gathered: the first article's name, kind and affiliation, and how often
    /// each other one was given, so that the most common wins.
    struct PendingActor {
        var entry: CrossMatrix.ActorEntry
        var names: Votes
        var kinds: Votes
        var affiliations: Votes
        var lastStanceArticle = -1
    }

    /// How often each value was given, counted cheaply while every article agrees with the first.
    struct Votes {
        let first: String
        var firstCount = 0
        var others: [String: Int] = [:]

        init(first: String) {
            self.first = first
        }

        mutating func add(_ value: String) {
            if value == first { firstCount += 1 } else { others[value, default: 0] += 1 }
        }

        /// The value given most often; the first on a tie with it, else the smallest.
        var winner: String {
            guard let best = others.values.max(), best > firstCount else { return first }
            return others.filter { $0.value == best }.keys.min()!
        }
    }

    struct PendingIssue {
        var entry: CrossMatrix.IssueEntry
        var labels: [String: (count: Int, short: String)] = [:]
        var lastArticle = -1
    }

    var keys: IssueKeys
    var pendingActors: [PendingActor] = []
    var pendingIssues: [PendingIssue] = []
    var actorIndex: [String: Int] = [:]
    var issueIndex: [String: Int] = [:]
    var issueByKey: [String: Int] = [:]
    var cells: [Int: CrossMatrix.Cell] = [:]
    var articleIssues: [[Int]] = []

    init(matcher: IssueMatcher) {
        keys = IssueKeys(matcher: matcher)
    }

    static func cellKey(_ actor: Int, _ issue: Int) -> Int { actor << 32 | issue }

    mutating func add(_ article: Article, number: Int) {
        // An article has a few dozen actors at most: a list searched in order beats hashing.
        var localActors: [(id: String, index: Int)] = []
        localActors.reserveCapacity(article.actors.count)
        // By index, field by field: copying each whole actor (its mentions too) was a quarter of the time.
        for position in article.actors.indices {
            let id = article.actors[position].id
            let index = actorIndexAdding(id: id, name: article.actors[position].name, kind: article.actors[position].kind,
                                         affiliation: article.actors[position].affiliation)
            if !localActors.contains(where: { $0.index == index }) {
                localActors.append((id, index))
                pendingActors[index].entry.articles.append(number)
            }
        }
        var localIssues: [String: Int] = [:]
        var issueIndices: [Int] = []
        issueIndices.reserveCapacity(article.issues.count)
        for issue in article.issues {
            let index = issueIndexAdding(issue, number: number, title: article.title)
            issueIndices.append(index)
            localIssues[issue.id] = index
        }
        articleIssues.append(issueIndices)
        // Each cell's flags in this article, in the order first seen.
        var flags: [(key: Int, actor: Int, issue: Int, flags: StanceFlags)] = []
        for (stanceNumber, stance) in article.stances.enumerated() {
            guard let issue = localIssues[stance.issue] else { continue }
            let actor: Int
            if let known = localActors.first(where: { $0.id == stance.actor }) {
                actor = known.index
            } else {
                // A stance of an actor the article does not list (a hand-made stance naming a new actor).
                actor = actorIndexAdding(id: stance.actor, name: stance.actor, kind: .other, affiliation: nil)
                localActors.append((stance.actor, actor))
                pendingActors[actor].entry.articles.append(number)
            }
            let key = Self.cellKey(actor, issue)
            if let known = flags.firstIndex(where: { $0.key == key }) {
                flags[known].flags.formUnion(StanceFlags(stance))
            } else {
                flags.append((key, actor, issue, StanceFlags(stance)))
            }
            cells[key, default: CrossMatrix.Cell(counts: ArticleCounts(), stances: [])].stances
                .append(CrossMatrix.StanceReference(article: number, stance: stanceNumber))
        }
        for item in flags {
            cells[item.key]!.counts.add(article: item.flags)
            if pendingActors[item.actor].lastStanceArticle != number {
                pendingActors[item.actor].lastStanceArticle = number
                pendingActors[item.actor].entry.articlesWithStances += 1
            }
            if cells[item.key]!.counts.articles == 1 { pendingIssues[item.issue].entry.actors += 1 }
            if pendingIssues[item.issue].lastArticle != number {
                pendingIssues[item.issue].lastArticle = number
                pendingIssues[item.issue].entry.articles += 1
            }
        }
    }

    private mutating func actorIndexAdding(id: String, name: String, kind: ActorKind, affiliation: String?) -> Int {
        let index: Int
        if let known = actorIndex[id] {
            index = known
        } else {
            let entry = CrossMatrix.ActorEntry(id: id, name: name, kind: kind, affiliation: affiliation, articles: [], articlesWithStances: 0)
            pendingActors.append(PendingActor(entry: entry, names: Votes(first: name), kinds: Votes(first: kind.rawValue),
                                              affiliations: Votes(first: affiliation ?? "")))
            index = pendingActors.count - 1
            actorIndex[id] = index
        }
        pendingActors[index].names.add(name)
        pendingActors[index].kinds.add(kind.rawValue)
        // An article that gives no affiliation does not vote against one.
        if let affiliation { pendingActors[index].affiliations.add(affiliation) }
        return index
    }

    private mutating func issueIndexAdding(_ issue: Issue, number: Int, title: String) -> Int {
        var identity = keys.identity(of: issue)
        var label = issue.label
        // "plans" alone matches nothing in another article: its own column, named with its article.
        if keys.isGeneric(identity.key) {
            identity = IssueKeys.Identity(key: CrossMatrix.articleBoundKey(identity.key, article: number), id: identity.id + "-\(number + 1)")
            if !title.isEmpty { label += " (\(title))" }
        }
        let key = identity.key
        let index: Int
        if let known = issueByKey[key] {
            index = known
        } else {
            // An id already taken by another key (an issue id that looks like words): keep it apart.
            let id = issueIndex[identity.id] == nil ? identity.id : identity.id + "-\(pendingIssues.count)"
            let entry = CrossMatrix.IssueEntry(id: id, key: key, label: label, shortLabel: issue.shortLabel, targetActor: issue.targetActor, articles: 0, actors: 0)
            pendingIssues.append(PendingIssue(entry: entry))
            index = pendingIssues.count - 1
            issueByKey[key] = index
            issueIndex[id] = index
        }
        let known = pendingIssues[index].labels[label]
        pendingIssues[index].labels[label] = ((known?.count ?? 0) + 1, known?.short ?? issue.shortLabel)
        return index
    }

    /// The actors with the name, kind and affiliation most articles give them (the first seen
    /// on a tie); an affiliation when any article gives one.
    func finishedActors() -> [CrossMatrix.ActorEntry] {
        pendingActors.map { pending in
            var entry = pending.entry
            entry.name = pending.names.winner
            entry.kind = ActorKind(rawValue: pending.kinds.winner) ?? entry.kind
            var affiliations = pending.affiliations
            if affiliations.first.isEmpty { affiliations.firstCount = 0 }
            let affiliation = affiliations.winner
            entry.affiliation = affiliation.isEmpty ? nil : affiliation
            return entry
        }
    }

    func finishedIssues() -> [CrossMatrix.IssueEntry] {
        pendingIssues.map { pending in
            var entry = pending.entry
            if pending.labels.count > 1 {
                let counts = pending.labels.mapValues(\.count)
                entry.label = Self.mostCommon(counts, first: entry.label)
                entry.shortLabel = pending.labels[entry.label]?.short ?? entry.shortLabel
            }
            return entry
        }
    }

    /// The value seen most often; `first` on a tie with it, else the smallest.
    static func mostCommon<T: Hashable & Comparable>(_ counts: [T: Int], first: T) -> T {
        let best = counts.values.max() ?? 0
        if counts[first] == best { return first }
        return counts.filter { $0.value == best }.keys.min() ?? first
    }
}
