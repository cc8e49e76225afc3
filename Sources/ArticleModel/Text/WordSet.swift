/// A set of words, looked up by a 64-bit FNV-1a key of their UTF-8 bytes. Tokens compute the
/// keys of their text and lower-case form once, so the recognisers' many membership tests hash
/// a number instead of a string each time; a hit is confirmed by comparing the word itself.
struct WordSet: Sendable, Sequence {
    /// Each word by its key.
    private var byKey: [UInt64: String] = [:]
    /// Words whose key another word of the set already has: in practice none, kept for exactness.
    private var collided: Set<String> = []

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        byKey.reserveCapacity(words.underestimatedCount)
        for word in words {
            let key = WordSet.key(of: word)
            if let existing = byKey[key] {
                if existing != word { collided.insert(word) }
            } else {
                byKey[key] = word
            }
        }
    }

    func contains(_ word: String) -> Bool { contains(word, key: WordSet.key(of: word)) }

    /// The token's text is in the set.
    func contains(_ token: Token) -> Bool { contains(token.text, key: token.textKey) }

    /// The token's lower-case form is in the set.
    func containsLowercased(_ token: Token) -> Bool { contains(token.lowercased, key: token.lowercasedKey) }

    private func contains(_ word: String, key: UInt64) -> Bool {
        if let found = byKey[key], found == word { return true }
        return !collided.isEmpty && collided.contains(word)
    }

    func makeIterator() -> IndexingIterator<[String]> { (Array(byKey.values) + collided).makeIterator() }

    /// FNV-1a over the UTF-8 bytes.
    static func key(of word: String) -> UInt64 {
        let fast = word.utf8.withContiguousStorageIfAvailable { bytes in
            var key = emptyKey
            for byte in bytes { key = adding(key, byte) }
            return key
        }
        if let fast { return fast }
        var key = emptyKey
        for byte in word.utf8 { key = adding(key, byte) }
        return key
    }

    /// The key of no bytes, and the key with one more byte: callers that already walk a word's
    /// bytes (the tokenizer) build keys as they go.
    static let emptyKey: UInt64 = 0xcbf2_9ce4_8422_2325

    static func adding(_ key: UInt64, _ byte: UInt8) -> UInt64 {
        (key ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
