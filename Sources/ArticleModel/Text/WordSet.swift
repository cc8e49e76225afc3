/// A set of words, looked up by a 64-bit FNV-1a key of their UTF-8 bytes. Tokens compute the
/// keys of their text and lower-case form once, so the recognisers' many membership tests hash
/// a number instead of a string each time; a hit is confirmed by comparing the word itself.
///
/// The keys sit in an open-addressing table (linear probing, 0 marks an empty slot), which the
/// bundled word lists carry ready-made (Generated/BundledWordSets.swift): nothing to build at
/// start-up.
struct WordSet: Sendable, Sequence {
    /// Each word's key at the slot its key probes to; 0 where the slot is empty.
    let slots: [UInt64]
    /// The word in each slot, "" where empty.
    let words: [String]
    /// Words whose key is 0, which marks empty slots (in practice none).
    let zeroKeyWords: [String]

    /// A table built ahead of time by `init(_:)`.
    init(slots: [UInt64], words: [String], zeroKeyWords: [String] = []) {
        precondition(slots.count == words.count && slots.count.nonzeroBitCount == 1, "a WordSet table is a power of two long")
        self.slots = slots
        self.words = words
        self.zeroKeyWords = zeroKeyWords
    }

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let list = Array(words)
        var capacity = 8
        while capacity * 3 < list.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var texts = [String](repeating: "", count: capacity)
        var zero: [String] = []
        for word in list {
            let key = WordSet.key(of: word)
            if key == 0 {
                if !zero.contains(word) { zero.append(word) }
                continue
            }
            var index = WordSet.slot(of: key, mask: capacity - 1)
            while slots[index] != 0, !(slots[index] == key && texts[index] == word) {
                index = (index + 1) & (capacity - 1)
            }
            slots[index] = key
            texts[index] = word
        }
        self.init(slots: slots, words: texts, zeroKeyWords: zero)
    }

    func contains(_ word: String) -> Bool { contains(word, key: WordSet.key(of: word)) }

    /// The token's text is in the set.
    func contains(_ token: Token) -> Bool { contains(token.text, key: token.textKey) }

    /// The token's lower-case form is in the set.
    func containsLowercased(_ token: Token) -> Bool { contains(token.lowercased, key: token.lowercasedKey) }

    private func contains(_ word: String, key: UInt64) -> Bool {
        if key == 0 { return zeroKeyWords.contains(word) }
        let mask = slots.count - 1
        var index = WordSet.slot(of: key, mask: mask)
        while true {
            let slot = slots[index]
            if slot == 0 { return false }
            if slot == key, words[index] == word { return true }
            index = (index + 1) & mask
        }
    }

    func makeIterator() -> IndexingIterator<[String]> {
        (slots.indices.filter { slots[$0] != 0 }.map { words[$0] } + zeroKeyWords).makeIterator()
    }

    /// Where a key's probe starts: its bits folded so that the low ones vary.
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29) ^ (key >> 47)) & mask
    }

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
