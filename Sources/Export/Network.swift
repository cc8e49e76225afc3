/// A network with typed attributes on its nodes and edges, as GraphML, DOT, node-link JSON and
/// SVG write it. Built from a cross-article matrix by `NetworkBuilder`.
public struct Network: Sendable, Equatable {
    /// The networks Parley exports.
    public enum Kind: String, Sendable, CaseIterable {
        /// Two-mode: actors linked to the issues they take positions on, with the polarity.
        case actorIssue = "actor-issue"
        /// One-mode: actors linked by the issues on which they lean the same way.
        case congruence
        /// One-mode: actors linked by the issues on which they lean opposite ways.
        case conflict
        /// Actors linked to the actor they belong to (a minister to a country, a person to a party), directed.
        case affiliation
    }

    /// The type of an attribute, as GraphML declares it.
    public enum ValueType: String, Sendable {
        case string, int, double, boolean
    }

    /// One attribute value.
    public enum Value: Sendable, Equatable {
        case string(String)
        case int(Int)
        case double(Double)
        case boolean(Bool)

        /// The value as text: integers without a point, doubles with one.
        public var text: String {
            switch self {
            case .string(let value): return value
            case .int(let value): return String(value)
            case .double(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) + ".0" : String(value)
            case .boolean(let value): return value ? "true" : "false"
            }
        }
    }

    /// An attribute every node (or edge) has, with its type and the value for those that lack it.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var type: ValueType
        public var fallback: Value
    }

    public struct Node: Sendable, Equatable {
        public var id: String
        /// Values by attribute name; a declared attribute missing here takes its fallback.
        public var values: [String: Value]
    }

    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        public var values: [String: Value]
    }

    public var kind: Kind
    public var isDirected: Bool
    public var nodeAttributes: [Attribute]
    public var edgeAttributes: [Attribute]
    public var nodes: [Node]
    public var edges: [Edge]

    /// A node's value of a declared attribute, or its fallback.
    public func value(_ name: String, of node: Node) -> Value? {
        node.values[name] ?? nodeAttributes.first { $0.name == name }?.fallback
    }

    public func value(_ name: String, of edge: Edge) -> Value? {
        edge.values[name] ?? edgeAttributes.first { $0.name == name }?.fallback
    }

    /// The `limit` nodes with the heaviest edges (ties by order), and the edges between them: a
    /// picture of thousands of nodes shows nothing.
    public func keepingHeaviest(_ limit: Int) -> Network {
        guard nodes.count > limit else { return self }
        var strength: [String: Double] = [:]
        for edge in edges {
            let weight = edge.values["weight"].flatMap { if case .double(let value) = $0 { return value } else { return nil } } ?? 1
            strength[edge.source, default: 0] += weight
            strength[edge.target, default: 0] += weight
        }
        let order = nodes.indices.sorted { (strength[nodes[$0].id] ?? 0, -$0) > (strength[nodes[$1].id] ?? 0, -$1) }
        let kept = Set(order.prefix(limit))
        var copy = self
        copy.nodes = nodes.indices.filter(kept.contains).map { nodes[$0] }
        let ids = Set(copy.nodes.map(\.id))
        copy.edges = edges.filter { ids.contains($0.source) && ids.contains($0.target) }
        return copy
    }
}
