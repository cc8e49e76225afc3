/// Quotation marks and apostrophes, recognised by their bytes.
///
/// Comparing a word with a non-ASCII literal through `==` or `Array.contains` takes Swift's
/// normalising comparison, which showed in profiles of the per-token loops; these checks read at
/// most three UTF-8 bytes instead. None of the marks has another canonically equivalent spelling.
enum QuoteMarks {
    private static let straightDouble: UInt32 = 0x22
    private static let straightSingle: UInt32 = 0x27
    private static let leftDouble: UInt32 = 0xE2_80_9C
    private static let rightDouble: UInt32 = 0xE2_80_9D
    private static let leftSingle: UInt32 = 0xE2_80_98
    private static let rightSingle: UInt32 = 0xE2_80_99

    /// The text's bytes packed into one number when it has one to three of them.
    private static func packed(_ text: String) -> UInt32? {
        let bytes = text.utf8
        // Most words are ruled out by their first byte.
        guard let first = bytes.first, first == 0x22 || first == 0x27 || first == 0xE2 else { return nil }
        var value: UInt32 = 0
        var count = 0
        for byte in bytes {
            count += 1
            if count > 3 { return nil }
            value = value << 8 | UInt32(byte)
        }
        return count == 0 ? nil : value
    }

    /// `"`, `“` or `”`.
    static func isDouble(_ text: String) -> Bool {
        guard let value = packed(text) else { return false }
        return value == straightDouble || value == leftDouble || value == rightDouble
    }

    /// `"` or `“`: a mark that can open a quotation.
    static func isOpeningDouble(_ text: String) -> Bool {
        guard let value = packed(text) else { return false }
        return value == straightDouble || value == leftDouble
    }

    /// `“` alone.
    static func isLeftDouble(_ text: String) -> Bool { packed(text) == leftDouble }

    /// `”` alone.
    static func isRightDouble(_ text: String) -> Bool { packed(text) == rightDouble }

    /// `'` or `’`.
    static func isApostrophe(_ text: String) -> Bool {
        guard let value = packed(text) else { return false }
        return value == straightSingle || value == rightSingle
    }

    /// Any double or single quotation mark or apostrophe: `" “ ” ' ‘ ’`.
    static func isAny(_ text: String) -> Bool {
        guard let value = packed(text) else { return false }
        return value == straightDouble || value == leftDouble || value == rightDouble
            || value == straightSingle || value == leftSingle || value == rightSingle
    }

    /// A mark that opens a quotation or a scare quote: `" “ ' ‘`.
    static func isOpening(_ text: String) -> Bool {
        guard let value = packed(text) else { return false }
        return value == straightDouble || value == leftDouble || value == straightSingle || value == leftSingle
    }
}
