/// The first phase: drops what is never article text (scripts, styles, hidden parts,
/// navigation, asides, forms' controls, footers) and turns `<br><br>` runs into paragraphs,
/// so that scoring sees the page as a reader does.
enum PagePreparation {
    /// Elements dropped with everything inside.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "link", "meta", "iframe", "object", "embed", "svg", "canvas",
        "nav", "aside", "footer", "button", "input", "select", "textarea", "dialog", "head", "title", "math",
    ]

    static func prepare(_ root: PageNode) {
        var stack: [PageNode] = [root]
        while let node = stack.popLast() {
            var kept: [PageNode] = []
            for child in node.children {
                if child.isElement && (droppedElements.contains(child.name) || isHidden(child)) {
                    child.parent = nil
                    continue
                }
                if child.name == "font" { child.name = "span" }
                kept.append(child)
            }
            node.children = kept
            stack.append(contentsOf: kept.filter(\.isElement))
        }
        replaceBreakRuns(root)
    }

    /// Hidden from readers: `hidden`, `aria-hidden`, or a style that hides it.
    static func isHidden(_ node: PageNode) -> Bool {
        if node.attributes["hidden"] != nil { return true }
        if node.attributes["aria-hidden"] == "true", !(node.attributes["class"] ?? "").contains("fallback-image") { return true }
        if node.attributes["role"] == "dialog", node.attributes["aria-modal"] == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }) {
            if style.contains("display:none") || style.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Two or more `<br>` in a row end a paragraph: what follows them (up to the next run or
    /// block) goes into a new `<p>`, as old pages separate paragraphs that way.
    static func replaceBreakRuns(_ root: PageNode) {
        for parent in [root] + root.descendants() where parent.children.contains(where: { $0.name == "br" }) {
            var rebuilt: [PageNode] = []
            var index = 0
            let children = parent.children
            var paragraph: PageNode?
            while index < children.count {
                let child = children[index]
                if child.name == "br" {
                    var next = index + 1
                    var breaks = 1
                    while next < children.count {
                        let sibling = children[next]
                        if sibling.name == "br" {
                            breaks += 1
                        } else if !(sibling.isText && WhiteSpace.collapse(sibling.text).isEmpty) {
                            break
                        }
                        next += 1
                    }
                    if breaks >= 2 {
                        paragraph = PageNode(name: "p")
                        rebuilt.append(paragraph!)
                        paragraph!.parent = parent
                        index = next
                        continue
                    }
                }
                if let open = paragraph {
                    if child.isElement && BlockText.blockElements.contains(child.name) {
                        paragraph = nil
                        rebuilt.append(child)
                    } else {
                        open.append(child)
                    }
                } else {
                    rebuilt.append(child)
                }
                index += 1
            }
            parent.children = rebuilt.filter { !($0.name == "p" && $0.children.isEmpty && $0.parent === parent) }
        }
    }
}
