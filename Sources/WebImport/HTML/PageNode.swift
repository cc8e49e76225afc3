import Markup

/// A mutable copy of a parsed page, with parent links and scores: what the extraction phases
/// work on (the parsed `MarkupElement` tree stays immutable).
final class PageNode {
    /// The lower-case tag name; empty for a text node.
    var name: String
    var attributes: [String: String]
    /// The text of a text node.
    var text: String
    var children: [PageNode] = []
    weak var parent: PageNode?
    /// The content score, once the node has been made a candidate.
    var score: Double?

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    /// Copies a parsed element and everything under it.
    convenience init(_ element: MarkupElement) {
        var attributes: [String: String] = [:]
        for attribute in element.attributes where attributes[attribute.name] == nil { attributes[attribute.name] = attribute.value }
        self.init(name: element.name, attributes: attributes)
        for child in element.children {
            switch child {
            case .text(let text): append(PageNode(name: "", text: text))
            case .element(let element): append(PageNode(element))
            }
        }
    }

    var isText: Bool { name.isEmpty }
    var isElement: Bool { !name.isEmpty }
    var elementChildren: [PageNode] { children.filter(\.isElement) }

    func append(_ child: PageNode) {
        child.parent = self
        children.append(child)
    }

    /// Takes the node out of its parent.
    func remove() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    /// Puts `replacement` where this node is.
    func replace(with replacement: PageNode) {
        guard let parent, let index = parent.children.firstIndex(where: { $0 === self }) else { return }
        parent.children[index] = replacement
        replacement.parent = parent
        self.parent = nil
    }

    /// The class and id, for the class/id hints.
    var classAndID: String { (attributes["class"] ?? "") + " " + (attributes["id"] ?? "") }

    /// The text inside, as it stands.
    var textContent: String {
        if isText { return text }
        var result = ""
        var stack: [PageNode] = children.reversed()
        while let node = stack.popLast() {
            if node.isText { result += node.text } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return result
    }

    /// The text with runs of white space made one space and the ends trimmed.
    var innerText: String { WhiteSpace.collapse(textContent) }

    /// Every element below, in document order.
    func descendants(_ names: Set<String>? = nil) -> [PageNode] {
        var found: [PageNode] = []
        var stack: [PageNode] = children.reversed()
        while let node = stack.popLast() {
            guard node.isElement else { continue }
            if names == nil || names!.contains(node.name) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// The ancestors, nearest first, up to `limit` of them (all when 0).
    func ancestors(limit: Int = 0) -> [PageNode] {
        var result: [PageNode] = []
        var current = parent
        while let node = current, limit == 0 || result.count < limit {
            result.append(node)
            current = node.parent
        }
        return result
    }

    func hasAncestor(_ name: String, maximumDepth: Int = 3, where test: (PageNode) -> Bool = { _ in true }) -> Bool {
        var depth = 0
        var current = parent
        while let node = current {
            if maximumDepth > 0 && depth > maximumDepth { return false }
            if node.name == name && test(node) { return true }
            current = node.parent
            depth += 1
        }
        return false
    }

    /// The next element in document order, skipping this node's children when `skippingChildren`.
    func nextInDocument(skippingChildren: Bool = false) -> PageNode? {
        if !skippingChildren, let first = children.first(where: \.isElement) { return first }
        var node: PageNode? = self
        while let current = node {
            if let sibling = current.nextElementSibling { return sibling }
            node = current.parent
        }
        return nil
    }

    var nextElementSibling: PageNode? {
        guard let parent, let index = parent.children.firstIndex(where: { $0 === self }) else { return nil }
        return parent.children[(index + 1)...].first(where: \.isElement)
    }
}

/// White space as HTML renders it.
enum WhiteSpace {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return true
        default: return false
        }
    }

    /// Runs of white space become one space; the ends are trimmed.
    static func collapse(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pending = !output.isEmpty
            } else {
                if pending { output.append(" ") }
                pending = false
                output.append(scalar)
            }
        }
        return String(output)
    }
}
