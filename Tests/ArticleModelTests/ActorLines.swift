import Foundation
@testable import ArticleModel

/// The actors the model finds in an invented article body, as the actor tests compare them:
/// "id kind affiliation: text/via, text/via", in the model's order.
func actorLines(_ body: String) throws -> [String] {
    let article = try ArticleReader().read(text: "Title\n\n" + body + "\n", source: "t")
    return article.actors.map { actor in
        "\(actor.id) \(actor.kind.rawValue) \(actor.affiliation ?? "-"): " + actor.mentions.map { "\($0.text)/\($0.via.rawValue)" }.joined(separator: ", ")
    }
}
