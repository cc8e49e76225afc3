/// The parts of a plain-text article before any analysis: title, captions and body paragraphs.
public struct PlainTextLayout: Sendable, Equatable {
    public var title: String
    public var captions: [String]
    public var paragraphs: [String]

    /// Splits decoded text: the first non-empty line is the title; blank lines separate
    /// paragraphs (lines within one are joined); photo captions and credits go to `captions`;
    /// publisher furniture at the end ("More on this story", ...) is dropped.
    public init(parsing text: String) {
        let normalized = PlainTextLayout.normalizeLineBreaks(HTMLEntities.decode(text))
        var blocks: [String] = []
        var current: [String] = []
        var title: String?
        for rawLine in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = PlainTextLayout.collapseSpaces(rawLine)
            if title == nil {
                if !line.isEmpty { title = line }
                continue
            }
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
                current = []
            } else if PageFurniture.isCaption(line) {
                // Captions stand on their own lines, even without blank lines around them.
                if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
                current = []
                blocks.append(line)
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: " ")) }

        self.title = title ?? ""
        var captions: [String] = []
        var body: [String] = []
        for block in blocks {
            if PageFurniture.isCaption(block) {
                captions.append(block)
            } else if !PageFurniture.isNoise(block) {
                body.append(block)
            }
        }
        self.captions = captions
        self.paragraphs = PageFurniture.droppingTrailingFurniture(body)
    }

    static func normalizeLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasReturn = true
            } else {
                if !(scalar == "\n" && previousWasReturn) { result.append(scalar) }
                previousWasReturn = false
            }
        }
        return String(result)
    }

    /// Tabs and runs of spaces (including no-break spaces) become one space; ends are trimmed.
    static func collapseSpaces(_ line: Substring) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{0C}" || scalar == "\u{0B}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
