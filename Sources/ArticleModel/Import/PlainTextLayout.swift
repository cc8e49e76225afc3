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
        // Lines are split on bytes: splitting a String by Characters is several times slower.
        for rawLine in Array(normalized.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
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
        guard text.containsByte(0x0D) else { return text }
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
    static func collapseSpaces(_ input: ArraySlice<UInt8>) -> String {
        // Works on UTF-8 bytes: a no-break space is C2 A0, and no other character contains A0
        // right after C2, so the other bytes are copied as they are.
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var pendingSpace = false
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            var spaceWidth = 0
            if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0B {
                spaceWidth = 1
            } else if byte == 0xC2, index + 1 < input.endIndex, input[index + 1] == 0xA0 {
                spaceWidth = 2
            }
            if spaceWidth > 0 {
                pendingSpace = !output.isEmpty
                index += spaceWidth
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
