#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `parley extract --format json` document. Field names are the stable public schema.
public struct ExtractDocument: Encodable, Sendable {
    public var articles: [ArticleJSON]

    public init(articles: [Article]) {
        self.articles = articles.map(ArticleJSON.init)
    }

    /// One article as pretty-printed JSON with sorted keys, every line indented by `indent`
    /// spaces: the pieces `parley extract` streams into the document.
    public static func encode(_ article: Article, indent: Int) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(ArticleJSON(article)), as: UTF8.self)
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }

    /// The document as pretty-printed JSON with sorted keys, ending in a newline.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

/// One article in the JSON schema; offsets are Unicode scalars into `text`.
public struct ArticleJSON: Encodable, Sendable {
    struct MentionJSON: Encodable, Sendable {
        var start: Int
        var end: Int
        var text: String
        var via: String
    }

    struct ActorJSON: Encodable, Sendable {
        var id: String
        var name: String
        var kind: String
        var affiliation: String?
        var mentions: [MentionJSON]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(affiliation, forKey: .affiliation)  // null, not absent
            try container.encode(mentions, forKey: .mentions)
        }

        enum CodingKeys: String, CodingKey { case id, name, kind, affiliation, mentions }
    }

    struct IssueJSON: Encodable, Sendable {
        var id: String
        var label: String
        /// When the issue is an actor (blame, praise): that actor's id; omitted otherwise.
        var actor: String?
    }

    struct EvidenceJSON: Encodable, Sendable {
        var sentence: String
        var start: Int
        var end: Int
    }

    struct StanceJSON: Encodable, Sendable {
        var actor: String
        var issue: String
        var polarity: String
        var cue: String
        var rule: String
        var negated: Bool
        var evidence: [EvidenceJSON]
        /// "rule" or "user": who decided.
        var source: String
        /// When an analyst decided; omitted for the rules' stances.
        var decided: String?
    }

    /// Where an article from the web came from: omitted when unknown.
    struct FeedJSON: Encodable, Sendable {
        var title: String?
        var url: String?
    }

    var source: String
    var title: String
    var url: String?
    var byline: String?
    var published: String?
    var site: String?
    var feed: FeedJSON?
    var text: String
    var actors: [ActorJSON]
    var issues: [IssueJSON]
    var stances: [StanceJSON]

    init(_ article: Article) {
        source = article.source
        title = article.title
        let metadata = article.metadata
        url = metadata.url
        byline = metadata.byline
        published = metadata.published
        site = metadata.site
        if metadata.feedTitle != nil || metadata.feedURL != nil { feed = FeedJSON(title: metadata.feedTitle, url: metadata.feedURL) }
        text = article.text
        actors = article.actors.map { actor in
            ActorJSON(id: actor.id, name: actor.name, kind: actor.kind.rawValue, affiliation: actor.affiliation,
                      mentions: actor.mentions.map { MentionJSON(start: $0.range.lowerBound, end: $0.range.upperBound, text: $0.text, via: $0.via.rawValue) })
        }
        issues = article.issues.map { IssueJSON(id: $0.id, label: $0.label, actor: $0.targetActor) }
        stances = article.stances.map { stance in
            StanceJSON(actor: stance.actor, issue: stance.issue, polarity: stance.polarity.rawValue, cue: stance.cue, rule: stance.rule, negated: stance.negated,
                       evidence: stance.evidence.map { EvidenceJSON(sentence: article.substring($0.range), start: $0.range.lowerBound, end: $0.range.upperBound) },
                       source: stance.source.rawValue, decided: stance.decidedAt)
        }
    }
}
