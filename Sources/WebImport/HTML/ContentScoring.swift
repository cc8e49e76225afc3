/// The second phase: finds the container of the story by scoring paragraphs and handing their
/// scores up to their ancestors (longer text and more commas score more; links and the
/// class/id hints of page furniture less), then takes the best container with the siblings that
/// belong to it.
struct ContentScoring {
    /// Which of the stricter rules apply; the extractor retries with fewer when too little is found.
    struct Rules: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Rules(rawValue: 1)
        static let weighClasses = Rules(rawValue: 2)
        static let cleanConditionally = Rules(rawValue: 4)
        static let all: Rules = [.stripUnlikely, .weighClasses, .cleanConditionally]
    }

    let rules: Rules
    /// The page's title, so that a heading repeating it is not kept as text.
    let title: String
    /// The author line found in the page, when one is seen on the way.
    private(set) var byline: String?

    init(rules: Rules, title: String) {
        self.rules = rules
        self.title = title
    }

    static let scoredTags: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    /// Elements that make a `div` a block of blocks rather than a paragraph.
    static let divToParagraphBlocks: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "figure", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// The article container: a new `div` holding the chosen nodes.
    mutating func grab(_ body: PageNode) -> PageNode {
        let paragraphs = collectParagraphs(body)
        var candidates: [PageNode] = []
        for paragraph in paragraphs {
            guard let parent = paragraph.parent, parent.isElement else { continue }
            _ = parent
            let text = paragraph.innerText
            let length = text.unicodeScalars.count
            guard length >= 25 else { continue }
            let score = 1 + Double(ContentScoring.commas(in: text)) + Double(min(length / 100, 3))
            for (level, ancestor) in paragraph.ancestors(limit: 5).enumerated() {
                guard ancestor.isElement, ancestor.parent != nil else { continue }
                if ancestor.score == nil {
                    ancestor.score = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                ancestor.score! += score / divider
            }
        }
        for candidate in candidates {
            candidate.score! *= 1 - ContentScoring.linkDensity(candidate)
        }
        let ranked = candidates.sorted { $0.score! > $1.score! }
        let container = PageNode(name: "div")
        guard var top = ranked.first, top !== body, top.name != "body" else {
            for child in body.children { container.append(child) }
            body.children = []
            return container
        }
        top = betterAncestor(of: top, ranked: Array(ranked.prefix(5)), body: body)
        let topScore = top.score ?? 0
        guard let parent = top.parent else {
            container.append(top)
            return container
        }
        let threshold = max(10, topScore * 0.2)
        let topClass = top.attributes["class"] ?? ""
        for sibling in parent.children where sibling.isElement {
            var keep = sibling === top
            if !keep {
                let bonus = (!topClass.isEmpty && sibling.attributes["class"] == topClass) ? topScore * 0.2 : 0
                if let score = sibling.score, score + bonus >= threshold {
                    keep = true
                } else if sibling.name == "p" {
                    let density = ContentScoring.linkDensity(sibling)
                    let text = sibling.innerText
                    let length = text.unicodeScalars.count
                    if length > 80 && density < 0.25 {
                        keep = true
                    } else if length < 80 && length > 0 && density == 0 && (text.hasSuffix(".") || text.contains(". ")) {
                        keep = true
                    }
                }
            }
            if keep { container.append(sibling) }
        }
        return container
    }

    /// Readability's walk up from the top candidate: to an ancestor shared by several of the
    /// best candidates, to a parent that scores better, and out of single-child wrappers.
    private func betterAncestor(of first: PageNode, ranked: [PageNode], body: PageNode) -> PageNode {
        var top = first
        let topScore = top.score ?? 0
        let alternatives = ranked.dropFirst().filter { ($0.score ?? 0) / max(topScore, 0.0001) >= 0.75 }.map { $0.ancestors() }
        if alternatives.count >= 3 {
            var parent = top.parent
            while let node = parent, node !== body, node.name != "body" {
                if alternatives.filter({ $0.contains { $0 === node } }).count >= 3 {
                    top = node
                    break
                }
                parent = node.parent
            }
        }
        if top.score == nil { top.score = initialScore(top) }
        var parent = top.parent
        var lastScore = top.score ?? 0
        let threshold = lastScore / 3
        while let node = parent, node !== body, node.name != "body" {
            guard let score = node.score else {
                parent = node.parent
                continue
            }
            if score < threshold { break }
            if score > lastScore {
                top = node
                break
            }
            lastScore = score
            parent = node.parent
        }
        while let node = top.parent, node !== body, node.name != "body", node.elementChildren.count == 1 {
            top = node
        }
        if top.score == nil { top.score = initialScore(top) }
        return top
    }

    /// Walks the page once: drops unlikely parts and headings that repeat the title, notes the
    /// byline, turns `div`s of inline content into paragraphs, and lists what is to be scored.
    private mutating func collectParagraphs(_ body: PageNode) -> [PageNode] {
        var scored: [PageNode] = []
        var node: PageNode? = body.elementChildren.first
        while let current = node {
            let hints = current.classAndID
            if byline == nil, isByline(current) {
                let text = current.innerText
                if !text.isEmpty && text.unicodeScalars.count < 100 {
                    byline = text
                    node = current.nextInDocument(skippingChildren: true)
                    current.remove()
                    continue
                }
            }
            if ["h1", "h2"].contains(current.name), !title.isEmpty, TextSimilarity.similarity(title, current.innerText) > 0.75 {
                node = current.nextInDocument(skippingChildren: true)
                current.remove()
                continue
            }
            if rules.contains(.stripUnlikely), current.name != "body", current.name != "a", current.name != "article", current.name != "main" {
                let unlikely = ClassHints.matches(hints, ClassHints.unlikely) && !ClassHints.matches(hints, ClassHints.maybeCandidate)
                    && !current.hasAncestor("table", maximumDepth: 0) && !current.hasAncestor("code", maximumDepth: 0)
                if unlikely || ClassHints.unlikelyRoles.contains(current.attributes["role"] ?? "") {
                    node = current.nextInDocument(skippingChildren: true)
                    current.remove()
                    continue
                }
            }
            if ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"].contains(current.name), isWithoutContent(current) {
                node = current.nextInDocument(skippingChildren: true)
                current.remove()
                continue
            }
            if ContentScoring.scoredTags.contains(current.name) { scored.append(current) }
            if current.name == "div" {
                wrapInlineRuns(current)
                let elements = current.elementChildren
                if elements.count == 1, elements[0].name == "p", current.children.allSatisfy({ $0.isElement || WhiteSpace.collapse($0.text).isEmpty }),
                   ContentScoring.linkDensity(current) < 0.25 {
                    let paragraph = elements[0]
                    current.replace(with: paragraph)
                    scored.append(paragraph)
                    node = paragraph.nextInDocument()
                    continue
                } else if !hasBlockChild(current) {
                    current.name = "p"
                    scored.append(current)
                }
            }
            node = current.nextInDocument()
        }
        return scored
    }

    /// Runs of text and inline elements beside blocks inside a `div` become paragraphs.
    private func wrapInlineRuns(_ div: PageNode) {
        guard div.children.contains(where: { $0.isElement && ContentScoring.divToParagraphBlocks.contains($0.name) }) else { return }
        var rebuilt: [PageNode] = []
        var paragraph: PageNode?
        for child in div.children {
            if child.isElement && (ContentScoring.divToParagraphBlocks.contains(child.name) || BlockText.blockElements.contains(child.name)) {
                paragraph = nil
                rebuilt.append(child)
            } else if child.isText && WhiteSpace.collapse(child.text).isEmpty && paragraph == nil {
                rebuilt.append(child)
            } else {
                if paragraph == nil {
                    let made = PageNode(name: "p")
                    made.parent = div
                    rebuilt.append(made)
                    paragraph = made
                }
                paragraph!.append(child)
            }
        }
        div.children = rebuilt
    }

    private func hasBlockChild(_ node: PageNode) -> Bool {
        node.descendants().contains { ContentScoring.divToParagraphBlocks.contains($0.name) }
    }

    private func isWithoutContent(_ node: PageNode) -> Bool {
        node.innerText.isEmpty && node.descendants().allSatisfy { $0.name == "br" || $0.name == "hr" }
            && !node.descendants().contains { $0.name == "img" || $0.name == "picture" || $0.name == "video" }
    }

    private func isByline(_ node: PageNode) -> Bool {
        if node.attributes["rel"] == "author" || (node.attributes["itemprop"] ?? "").contains("author") { return true }
        return ClassHints.matches(node.classAndID, ClassHints.byline)
    }

    private func initialScore(_ node: PageNode) -> Double {
        var score: Double
        switch node.name {
        case "div", "article": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if rules.contains(.weighClasses) { score += ClassHints.weight(of: node) }
        return score
    }

    /// Commas of the world's scripts (Latin, Arabic, CJK full-width ...).
    static func commas(in text: String) -> Int {
        text.unicodeScalars.count { [0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001].contains($0.value) }
    }

    /// The share of the text that is inside links (in-page `#` links count for less).
    static func linkDensity(_ node: PageNode) -> Double {
        let length = node.innerText.unicodeScalars.count
        guard length > 0 else { return 0 }
        var linked = 0.0
        for link in node.descendants(["a"]) {
            let coefficient = (link.attributes["href"] ?? "").hasPrefix("#") ? 0.3 : 1
            linked += Double(link.innerText.unicodeScalars.count) * coefficient
        }
        return linked / Double(length)
    }
}

/// How much of one text's words another covers (Readability's measure for a heading that
/// repeats the title).
enum TextSimilarity {
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static func similarity(_ first: String, _ second: String) -> Double {
        let a = Set(words(first))
        let b = words(second)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let unique = b.filter { !a.contains($0) }
        let distance = Double(unique.joined(separator: " ").count) / Double(b.joined(separator: " ").count)
        return 1 - distance
    }
}
