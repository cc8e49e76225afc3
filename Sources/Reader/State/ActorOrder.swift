import ArticleModel

/// The rows of the actors pane: by mentions, or grouped under the actor each belongs to.
public enum ActorOrder {
    /// One row: an actor (its index in the article) and how far it is indented.
    public struct Row: Sendable, Equatable {
        public var actor: Int?
        public var depth: Int
    }

    /// Rows in display order. Grouped, an actor affiliated with another actor of the article
    /// comes right after it, indented ("Sergei Lavrov" under "Russia").
    public static func rows(of article: Article, grouped: Bool) -> [Row] {
        guard grouped else { return article.actors.indices.map { Row(actor: $0, depth: 0) } }
        let index = Dictionary(article.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (position, actor) in article.actors.enumerated() {
            if let parent = actor.affiliation.flatMap({ index[$0] }), parent != position {
                children[parent, default: []].append(position)
            } else {
                roots.append(position)
            }
        }
        var rows: [Row] = []
        var placed = Set<Int>()
        func place(_ position: Int, depth: Int) {
            guard placed.insert(position).inserted else { return }
            rows.append(Row(actor: position, depth: depth))
            for child in children[position] ?? [] { place(child, depth: depth + 1) }
        }
        for root in roots { place(root, depth: 0) }
        for position in article.actors.indices where !placed.contains(position) { place(position, depth: 0) }
        return rows
    }
}
