/// The last phase: the chosen content as text blocks in reading order: paragraphs and
/// headings, with figure captions apart.
struct BlockText {
    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "dl", "dt", "dd",
        "figure", "figcaption", "hr", "address", "details", "summary", "center", "form", "fieldset", "body", "html",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// One block of text.
    struct Block: Equatable {
        var text: String
        var isHeading: Bool
    }

    private(set) var blocks: [Block] = []
    private(set) var captions: [String] = []
    private var current = ""
    private var currentIsHeading = false

    init(_ root: PageNode) {
        walk(root, inCaption: false)
        flush()
    }

    private mutating func walk(_ node: PageNode, inCaption: Bool) {
        for child in node.children {
            if child.isText {
                current += child.text
                continue
            }
            switch child.name {
            case "br":
                current += "\n"
            case "figcaption":
                flush()
                let caption = WhiteSpace.collapse(child.textContent)
                if !caption.isEmpty, !captions.contains(caption) { captions.append(caption) }
            case "img", "picture", "video", "audio", "source":
                break
            default:
                let isBlock = BlockText.blockElements.contains(child.name)
                if isBlock { flush() }
                if BlockText.headings.contains(child.name) { currentIsHeading = true }
                walk(child, inCaption: inCaption)
                if isBlock { flush() }
            }
        }
    }

    private mutating func flush() {
        let text = WhiteSpace.collapse(current)
        if !text.isEmpty { blocks.append(Block(text: text, isHeading: currentIsHeading)) }
        current = ""
        currentIsHeading = false
    }
}
