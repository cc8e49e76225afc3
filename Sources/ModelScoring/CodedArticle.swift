#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One article coded by hand to the codebook (`../shared/codebook.md`): the actors and stances a
/// careful coder records. The file points into the corpus (`file`, and each evidence snippet's
/// character offset `at`) and never holds the article's text.
public struct CodedArticle: Decodable, Sendable {
    /// A coded actor: its canonical name, kind, the names the article uses, and affiliation.
    public struct CodedActor: Decodable, Sendable {
        public var name: String
        public var kind: String
        public var aliases: [String]
        public var affiliation: String?
    }

    /// A stance the coder requires: any of the holders, a polarity on the column's frame, and a
    /// few words of the sentence that shows it.
    public struct CodedStance: Decodable, Sendable {
        public var id: String
        public var actorAny: [String]
        public var polarity: String
        public var column: String
        public var evidenceAny: [String]
        /// The construction that carries the stance ("verb-object", "reported-evaluation", ...).
        public var construction: String?

        enum CodingKeys: String, CodingKey {
            case id, polarity, column, construction
            case actorAny = "actor_any"
            case evidenceAny = "evidence_any"
        }
    }

    /// A stance the coder accepts but does not require.
    public struct OptionalStance: Decodable, Sendable {
        public var actor: String
        public var polarity: String
        public var evidence: String
    }

    /// The article's path under the corpus folder: "bbc/politics/102.txt".
    public var file: String
    public var title: String
    public var actors: [CodedActor]
    public var optionalActors: [String]
    public var forbiddenActors: [String]
    public var stances: [CodedStance]
    public var optionalStances: [OptionalStance]

    enum CodingKeys: String, CodingKey {
        case file, title, actors, stances
        case optionalActors = "optional_actors"
        case forbiddenActors = "forbidden_actors"
        case optionalStances = "optional_stances"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        actors = try container.decode([CodedActor].self, forKey: .actors)
        optionalActors = try container.decodeIfPresent([String].self, forKey: .optionalActors) ?? []
        forbiddenActors = try container.decodeIfPresent([String].self, forKey: .forbiddenActors) ?? []
        stances = try container.decodeIfPresent([CodedStance].self, forKey: .stances) ?? []
        optionalStances = try container.decodeIfPresent([OptionalStance].self, forKey: .optionalStances) ?? []
    }

    /// Reads every `*.json` coded article in a folder, in file-name order.
    public static func load(folder: String) throws -> [CodedArticle] {
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            return try JSONDecoder().decode(CodedArticle.self, from: data)
        }
    }
}
