import ArticleModel

/// The actors x issues grid over many articles: a library, a feed, the hits of a search.
///
/// Actors are matched by id across articles, issues by `IssueMatcher` (their labels' words once
/// plurals and synonyms are folded). Each cell counts the articles in which the actor supports,
/// opposes or is neutral on the issue (`ArticleCounts`), and keeps every stance behind the
/// counts, so that a cell opens onto its articles and their evidence sentences.
///
/// The articles need their actors, issues and stances; their text is read only to quote
/// evidence, so a library can build the grid from analyses without their bodies.
public struct CrossMatrix: Sendable {
    /// The key of a generic issue ("plan") in article `number` (0-based, in the order given):
    /// such issues match nothing in other articles.
    public static func articleBoundKey(_ key: String, article number: Int) -> String {
        key + " @\(number + 1)"
    }

    /// An actor as seen across articles, with the name, kind and affiliation most articles give.
    public struct ActorEntry: Sendable, Equatable {
        public var id: String
        public var name: String
        public var kind: ActorKind
        public var affiliation: String?
        /// The articles that mention the actor, in the order given.
        public var articles: [Int]
        /// How many of them show a stance of the actor.
        public var articlesWithStances: Int
    }

    /// An issue as matched across articles.
    public struct IssueEntry: Sendable, Equatable {
        /// The first label's folded words joined by hyphens, in its order: "war-iraq", "actor-tony-blair".
        public var id: String
        /// What the matching compares: `IssueMatcher.key(for:)`.
        public var key: String
        /// The label most articles give it, and its short form.
        public var label: String
        public var shortLabel: String
        public var targetActor: String?
        /// Articles that show any actor's stance on it.
        public var articles: Int
        /// Actors with a stance on it.
        public var actors: Int
    }

    /// One stance of one article: `articles[article].stances[stance]`.
    public struct StanceReference: Sendable, Hashable {
        public var article: Int
        public var stance: Int

        public init(article: Int, stance: Int) {
            self.article = article
            self.stance = stance
        }
    }

    /// One actor's stances on one issue across articles.
    public struct Cell: Sendable, Equatable {
        public var counts: ArticleCounts
        /// Every stance behind the counts, in article order.
        public var stances: [StanceReference]
        /// True when an analyst decided any of them.
        public var isCorrected: Bool { counts.corrected > 0 }
    }

    public let articles: [Article]
    /// Each article's date (ISO 8601) when known, for time order.
    public let dates: [String?]
    /// Every actor of every article.
    public let actors: [ActorEntry]
    /// Every issue some actor takes a position on.
    public let issues: [IssueEntry]
    /// Indices into `actors` of those with a stance: most articles with stances first.
    public let rows: [Int]
    /// Indices into `issues`: most actors taking a position first, then most articles.
    public let columns: [Int]
    private let cells: [Int: Cell]
    private let actorIndex: [String: Int]
    private let issueIndex: [String: Int]
    /// Per article, the index in `issues` of each of its issues (in its `issues` order).
    private let articleIssues: [[Int]]

    /// The grid over `articles`. `dates` defaults to each article's publication date.
    public init(articles: [Article], dates: [String?]? = nil, matcher: IssueMatcher = IssueMatcher()) {
        var builder = CrossMatrixBuilder(matcher: matcher)
        for (number, article) in articles.enumerated() { builder.add(article, number: number) }
        self.articles = articles
        self.dates = dates ?? articles.map(\.metadata.published)
        actors = builder.finishedActors()
        issues = builder.finishedIssues()
        cells = builder.cells
        actorIndex = builder.actorIndex
        issueIndex = builder.issueIndex
        articleIssues = builder.articleIssues
        let actors = self.actors, issues = self.issues
        rows = actors.indices.filter { actors[$0].articlesWithStances > 0 }.sorted {
            (actors[$0].articlesWithStances, actors[$1].name) > (actors[$1].articlesWithStances, actors[$0].name)
        }
        columns = issues.indices.sorted {
            (issues[$0].actors, issues[$0].articles, issues[$1].label) > (issues[$1].actors, issues[$1].articles, issues[$0].label)
        }
    }

    public func actor(id: String) -> Int? { actorIndex[id] }
    public func issue(id: String) -> Int? { issueIndex[id] }

    /// The cell of `actors[actor]` and `issues[issue]`, nil when the actor takes no position on it.
    public func cell(actor: Int, issue: Int) -> Cell? {
        cells[CrossMatrixBuilder.cellKey(actor, issue)]
    }

    public func cell(actorID: String, issueID: String) -> Cell? {
        guard let actor = actorIndex[actorID], let issue = issueIndex[issueID] else { return nil }
        return cell(actor: actor, issue: issue)
    }

    /// The index in `issues` of an article's own issue.
    public func issue(ofArticle article: Int, issueID: String) -> Int? {
        guard let local = articles[article].issues.firstIndex(where: { $0.id == issueID }) else { return nil }
        return articleIssues[article][local]
    }

    /// A cell's stances grouped by article, in date order (undated articles last).
    public func articles(in cell: Cell) -> [CellArticle] {
        var grouped: [CellArticle] = []
        for reference in cell.stances {
            let stance = articles[reference.article].stances[reference.stance]
            if grouped.last?.article == reference.article {
                grouped[grouped.count - 1].stances.append(reference.stance)
                grouped[grouped.count - 1].polarity = grouped[grouped.count - 1].polarity.combined(with: stance.polarity)
            } else {
                grouped.append(CellArticle(article: reference.article, date: dates[reference.article], polarity: stance.polarity, stances: [reference.stance]))
            }
        }
        return inDateOrder(grouped, date: \.date, index: \.article)
    }

    /// Every article that mentions `actors[actor]`, in date order (undated articles last), with
    /// its stances in each: how a position moved over time.
    public func timeline(actor: Int) -> [TimelineEntry] {
        let id = actors[actor].id
        let entries = actors[actor].articles.map { number -> TimelineEntry in
            let article = articles[number]
            let mentions = article.actors.first { $0.id == id }?.mentions.count ?? 0
            var positions: [TimelineEntry.Position] = []
            for (index, stance) in article.stances.enumerated() where stance.actor == id {
                guard let issue = issue(ofArticle: number, issueID: stance.issue) else { continue }
                if let known = positions.firstIndex(where: { $0.issue == issue }) {
                    positions[known].polarity = positions[known].polarity.combined(with: stance.polarity)
                    positions[known].stances.append(index)
                } else {
                    positions.append(TimelineEntry.Position(issue: issue, polarity: stance.polarity, stances: [index]))
                }
            }
            return TimelineEntry(article: number, date: dates[number], mentions: mentions, positions: positions)
        }
        return inDateOrder(entries, date: \.date, index: \.article)
    }

    /// The evidence sentences of one stance, as text.
    public func sentences(of reference: StanceReference) -> [String] {
        let article = articles[reference.article]
        return article.substrings(article.stances[reference.stance].evidence.map(\.range).sorted { $0.lowerBound < $1.lowerBound })
    }

    private func inDateOrder<T>(_ items: [T], date: KeyPath<T, String?>, index: KeyPath<T, Int>) -> [T] {
        items.sorted { left, right in
            switch (left[keyPath: date], right[keyPath: date]) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left[keyPath: index] < right[keyPath: index]
            }
        }
    }
}

/// One article of a cell: the actor's stances on the issue there and what they add up to.
public struct CellArticle: Sendable, Equatable {
    public var article: Int
    public var date: String?
    public var polarity: Polarity
    /// Indices into the article's `stances`.
    public var stances: [Int]

    public init(article: Int, date: String?, polarity: Polarity, stances: [Int]) {
        self.article = article
        self.date = date
        self.polarity = polarity
        self.stances = stances
    }
}

/// One article in an actor's timeline.
public struct TimelineEntry: Sendable, Equatable {
    /// The actor's position on one issue in this article.
    public struct Position: Sendable, Equatable {
        /// Index into the matrix's `issues`.
        public var issue: Int
        public var polarity: Polarity
        /// Indices into the article's `stances`.
        public var stances: [Int]
    }

    public var article: Int
    public var date: String?
    /// How often the article mentions the actor.
    public var mentions: Int
    public var positions: [Position]
}

extension Polarity {
    /// Two stances together: the same polarity stays, support and oppose make mixed, neutral
    /// gives way to either.
    public func combined(with other: Polarity) -> Polarity {
        if self == other { return self }
        if self == .neutral { return other }
        if other == .neutral { return self }
        return .mixed
    }
}
