import ArticleModel

/// The colours of exported pictures: actors by kind (the Okabe-Ito palette, told apart by people
/// with colour-blindness), edges by polarity.
public enum Palette {
    public static func fill(kind: String) -> String {
        switch ActorKind(rawValue: kind) {
        case .country: return "#56B4E9"
        case .government: return "#0072B2"
        case .person: return "#E69F00"
        case .organisation: return "#009E73"
        case .company: return "#CC79A7"
        case .party: return "#F0E442"
        case .group: return "#D55E00"
        case .other, nil: return "#BBBBBB"
        }
    }

    /// Issues in a two-mode picture.
    public static let issueFill = "#EEEEEE"

    public static func stroke(polarity: String) -> String {
        switch polarity {
        case "support": return "#1B7837"
        case "oppose", "conflict": return "#C51B1B"
        case "mixed": return "#B8860B"
        default: return "#888888"
        }
    }

    /// What an edge's colour stands for: its polarity, or "conflict" in a conflict network.
    static func edgePolarity(_ network: Network, _ edge: Network.Edge) -> String {
        if network.kind == .conflict { return "conflict" }
        if network.kind == .affiliation { return "neutral" }
        if case .string(let polarity)? = network.value("polarity", of: edge) { return polarity }
        return "neutral"
    }

    static func kind(_ network: Network, _ node: Network.Node) -> String {
        if case .string("issue")? = node.values["mode"] { return "issue" }
        if case .string(let kind)? = network.value("kind", of: node) { return kind }
        return "other"
    }

    static func label(_ network: Network, _ node: Network.Node) -> String {
        if case .string(let label)? = network.value("label", of: node), !label.isEmpty { return label }
        return node.id
    }

    static func weight(_ network: Network, _ edge: Network.Edge) -> Double {
        if case .double(let weight)? = network.value("weight", of: edge) { return weight }
        return 1
    }
}
