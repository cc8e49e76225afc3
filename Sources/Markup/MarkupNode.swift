/// One node of a parsed document: an element, or a run of text (text and CDATA; comments,
/// processing instructions and unexpanded entity references are left out).
public enum MarkupNode: Sendable, Equatable {
    case element(MarkupElement)
    case text(String)
}

/// One attribute of an element. `name` is the local name; `namespace` the XML namespace URI.
public struct MarkupAttribute: Sendable, Equatable {
    public let name: String
    public let namespace: String?
    public let value: String

    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// An element and everything inside it, immutable. HTML names are lower case (libxml2's HTML
/// parser folds them); XML names keep their case, with the namespace URI apart.
public struct MarkupElement: Sendable, Equatable {
    public let name: String
    public let namespace: String?
    public let attributes: [MarkupAttribute]
    public let children: [MarkupNode]

    public init(name: String, namespace: String? = nil, attributes: [MarkupAttribute] = [], children: [MarkupNode] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    /// The value of the attribute with this local name (and namespace, when given).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// The attribute with this name in any letter case (HTML attributes).
    public func attribute(caseInsensitive name: String) -> String? {
        attributes.first { $0.name.lowercased() == name }?.value
    }

    /// The child elements, in order.
    public var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// All the text inside, in document order, as it stands (not trimmed or collapsed).
    public var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// Every element inside (not this one), in document order, that passes `test`.
    public func descendants(where test: (MarkupElement) -> Bool) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack: [MarkupElement] = elements.reversed()
        while let element = stack.popLast() {
            if test(element) { found.append(element) }
            stack.append(contentsOf: element.elements.reversed())
        }
        return found
    }
}
