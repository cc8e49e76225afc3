/// A set of words, looked up by a 64-bit FNV-1a key of their UTF-8 bytes. Tokens compute the
/// keys of their text and lower-case form once, so the recognisers' many membership tests hash
/// a number instead of a string each time.
struct WordSet: Sendable, Sequence {
    private let keys: Set<UInt64>
    private let words: Set<String>

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        self.words = Set(words)
        keys = Set(self.words.map(WordSet.key))
    }

    func contains(_ word: String) -> Bool { keys.contains(WordSet.key(of: word)) && words.contains(word) }

    /// The token's text is in the set.
    func contains(_ token: Token) -> Bool { keys.contains(token.textKey) && words.contains(token.text) }

    /// The token's lower-case form is in the set.
    func containsLowercased(_ token: Token) -> Bool { keys.contains(token.lowercasedKey) && words.contains(token.lowercased) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    /// FNV-1a over the UTF-8 bytes.
    static func key(of word: String) -> UInt64 {
        word.utf8.reduce(emptyKey, adding)
    }

    /// The key of no bytes, and the key with one more byte: callers that already walk a word's
    /// bytes (the tokenizer) build keys as they go.
    static let emptyKey: UInt64 = 0xcbf2_9ce4_8422_2325

    static func adding(_ key: UInt64, _ byte: UInt8) -> UInt64 {
        (key ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
