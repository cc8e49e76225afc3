/// The third phase: clears the chosen container of what is still not story text: forms,
/// share bars, headings styled as furniture, and lists, tables and boxes that are mostly
/// links, images or controls.
enum ContentCleaning {
    static func clean(_ article: PageNode, rules: ContentScoring.Rules) {
        markDataTables(article)
        if rules.contains(.cleanConditionally) { cleanConditionally(article, tags: ["form", "fieldset"]) }
        for node in article.descendants(["form", "fieldset", "object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select", "button"])
            where !(node.name == "form" && rules.contains(.cleanConditionally)) {
            node.remove()
        }
        for child in article.descendants() where ClassHints.isShareBar(child.classAndID) && child.textContent.unicodeScalars.count < 500 {
            child.remove()
        }
        for heading in article.descendants(["h1", "h2"]) where rules.contains(.weighClasses) && ClassHints.weight(of: heading) < 0 {
            heading.remove()
        }
        if rules.contains(.cleanConditionally) { cleanConditionally(article, tags: ["table", "ul", "div", "section"]) }
        for paragraph in article.descendants(["p"]) where paragraph.innerText.isEmpty
            && paragraph.descendants(["img", "embed", "object", "iframe", "picture", "video"]).isEmpty {
            paragraph.remove()
        }
    }

    private static let dataTableMark = "data-parley-table"

    /// Tables of data (with a caption, headers or many cells) stay whatever their links.
    private static func markDataTables(_ article: PageNode) {
        for table in article.descendants(["table"]) {
            if table.attributes["role"] == "presentation" { continue }
            let rows = table.descendants(["tr"]).count
            let columns = table.descendants(["tr"]).map { $0.elementChildren.count }.max() ?? 0
            let isData = table.attributes["summary"] != nil || !table.descendants(["caption", "thead", "tfoot", "th"]).isEmpty
                || rows >= 10 || columns > 4 || rows * columns > 10
            if isData && table.descendants(["table"]).isEmpty { table.attributes[dataTableMark] = "1" }
        }
    }

    private static func cleanConditionally(_ article: PageNode, tags: Set<String>) {
        for node in article.descendants(tags).reversed() {
            guard node.parent != nil, node.attributes[dataTableMark] == nil else { continue }
            if node.hasAncestor("table", maximumDepth: 0, where: { $0.attributes[dataTableMark] != nil }) { continue }
            if node.hasAncestor("code", maximumDepth: 0) { continue }
            let text = node.innerText
            let length = text.unicodeScalars.count
            var isList = node.name == "ul" || node.name == "ol"
            if !isList, length > 0 {
                let listLength = node.descendants(["ul", "ol"]).reduce(0) { $0 + $1.innerText.unicodeScalars.count }
                isList = Double(listLength) / Double(length) > 0.9
            }
            let weight = ClassHints.weight(of: node)
            if weight < 0 {
                node.remove()
                continue
            }
            guard ContentScoring.commas(in: text) < 10 else { continue }
            let paragraphs = Double(node.descendants(["p"]).count)
            let images = Double(node.descendants(["img"]).count)
            let items = Double(node.descendants(["li"]).count) - 100
            let inputs = Double(node.descendants(["input"]).count)
            let headingLength = node.descendants(["h1", "h2", "h3", "h4", "h5", "h6"]).reduce(0) { $0 + $1.innerText.unicodeScalars.count }
            let headingDensity = length > 0 ? Double(headingLength) / Double(length) : 0
            let embeds = node.descendants(["embed", "object", "iframe", "video"]).count
            let density = ContentScoring.linkDensity(node)
            let inFigure = node.hasAncestor("figure", maximumDepth: 0)
            let remove = (images > 1 && paragraphs / images < 0.5 && !inFigure)
                || (!isList && items > paragraphs)
                || (inputs > (paragraphs / 3).rounded(.down))
                || (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure)
                || (!isList && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5)
                || ((embeds == 1 && length < 75) || embeds > 1)
            if remove { node.remove() }
        }
    }
}
