/// Word sequences (lexicon phrases, titles, cue forms) stored flat and grouped by their first
/// word, found by that word's 64-bit key (`WordSet.key(of:)`), so that a token, which carries
/// the keys of its text and lower-case form, finds its candidates without hashing a string.
///
/// Phrases with the same first-word key sit next to each other, longest first and otherwise in
/// the order they were given; an open-addressing table maps each key to its run. The bundled
/// tables are compiled in ready-made (Generated/), so nothing is built at start-up. Two words
/// whose keys collide share a run, which is harmless: a match compares every word.
struct PhraseTable: Sendable, Equatable {
    /// Every phrase's words, one phrase after another.
    let words: [String]
    /// Where each phrase's words start in `words`, with the end of the last phrase after them.
    let wordStarts: [Int32]
    /// First-word keys at the slot their probe reaches; 0 where the slot is empty.
    let slots: [UInt64]
    /// The phrases (by index) whose first word has the slot's key: `runStarts[slot]..<runEnds[slot]`.
    let runStarts: [Int32]
    let runEnds: [Int32]

    /// A table built ahead of time.
    init(words: [String], wordStarts: [Int32], slots: [UInt64], runStarts: [Int32], runEnds: [Int32]) {
        precondition(slots.count.nonzeroBitCount == 1 && runStarts.count == slots.count && runEnds.count == slots.count,
                     "a PhraseTable index is a power of two long")
        self.words = words
        self.wordStarts = wordStarts
        self.slots = slots
        self.runStarts = runStarts
        self.runEnds = runEnds
    }

    var count: Int { wordStarts.count - 1 }

    /// The words of phrase `index`.
    func phrase(_ index: Int) -> ArraySlice<String> {
        words[Int(wordStarts[index])..<Int(wordStarts[index + 1])]
    }

    /// Every phrase, in table order.
    var phrases: [ArraySlice<String>] { (0..<count).map(phrase) }

    /// The phrases whose first word has `key`, longest first.
    func candidates(forKey key: UInt64) -> Range<Int> {
        let mask = slots.count - 1
        var index = PhraseTable.slot(of: key, mask: mask)
        while true {
            let slot = slots[index]
            if slot == 0 { return 0..<0 }
            if slot == key { return Int(runStarts[index])..<Int(runEnds[index]) }
            index = (index + 1) & mask
        }
    }

    /// The phrases that start with `word`, longest first.
    func candidates(startingWith word: String) -> Range<Int> { candidates(forKey: PhraseTable.key(of: word)) }

    /// Phrase `index` is the words of `text` from `start` on (as many as it has).
    func matches<Words: RandomAccessCollection>(_ index: Int, _ text: Words, at start: Int) -> Bool where Words.Element == String, Words.Index == Int {
        let from = Int(wordStarts[index]), to = Int(wordStarts[index + 1])
        guard start >= text.startIndex, start + (to - from) <= text.endIndex else { return false }
        for offset in 0..<(to - from) where text[start + offset] != words[from + offset] { return false }
        return true
    }

    /// The first phrase, so the longest, that the tokens from `start` spell (their lower-case
    /// forms when `lowercase`), by its index.
    func longestMatch(in tokens: [Token], at start: Int, lowercase: Bool = false) -> Int? {
        guard start >= 0, start < tokens.count else { return nil }
        let key = lowercase ? tokens[start].lowercasedKey : tokens[start].textKey
        for candidate in candidates(forKey: PhraseTable.nonzero(key)) {
            let from = Int(wordStarts[candidate]), to = Int(wordStarts[candidate + 1])
            guard start + (to - from) <= tokens.count else { continue }
            var matches = true
            for offset in 0..<(to - from) {
                let token = tokens[start + offset]
                if (lowercase ? token.lowercased : token.text) != words[from + offset] {
                    matches = false
                    break
                }
            }
            if matches { return candidate }
        }
        return nil
    }

    /// Whether `words` is one of the phrases, word for word.
    func contains(phrase words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return candidates(startingWith: first).contains { phrase($0).elementsEqual(words) }
    }

    /// The length of the longest phrase that ends right before `end` and starts no earlier than
    /// `end - maximum` (compared with the tokens' lower-case forms when `lowercase`).
    func longestMatch(in tokens: [Token], endingAt end: Int, maximum: Int, lowercase: Bool) -> Int? {
        guard end <= tokens.count else { return nil }
        for length in stride(from: min(maximum, end), through: 1, by: -1) {
            let start = end - length
            let key = lowercase ? tokens[start].lowercasedKey : tokens[start].textKey
            for candidate in candidates(forKey: PhraseTable.nonzero(key)) where Int(wordStarts[candidate + 1] - wordStarts[candidate]) == length {
                let from = Int(wordStarts[candidate])
                if (0..<length).allSatisfy({ (lowercase ? tokens[start + $0].lowercased : tokens[start + $0].text) == words[from + $0] }) {
                    return length
                }
            }
        }
        return nil
    }

    /// A word's key as the table files it: never 0, which marks an empty slot.
    static func key(of word: String) -> UInt64 { nonzero(WordSet.key(of: word)) }

    static func nonzero(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29) ^ (key >> 47)) & mask
    }
}

extension PhraseTable {
    /// Files the phrases (empty ones are left out) and says where each went: `order[i]` is the
    /// given index of the table's phrase `i`, so that callers can lay out what goes with each
    /// phrase in the same order.
    static func build(_ phrases: [[String]]) -> (table: PhraseTable, order: [Int]) {
        let keys = phrases.map { $0.first.map(PhraseTable.key(of:)) ?? 0 }
        // Grouped by key; within a key longest first, then as given (the sort is stable).
        let order = phrases.indices.filter { !phrases[$0].isEmpty }.sorted {
            keys[$0] != keys[$1] ? keys[$0] < keys[$1] : phrases[$0].count > phrases[$1].count
        }
        var words: [String] = [], wordStarts: [Int32] = [0]
        for index in order {
            words += phrases[index]
            wordStarts.append(Int32(words.count))
        }
        var runs: [(key: UInt64, range: Range<Int>)] = []
        for (position, index) in order.enumerated() {
            if let last = runs.last, last.key == keys[index] {
                runs[runs.count - 1].range = last.range.lowerBound..<(position + 1)
            } else {
                runs.append((keys[index], position..<(position + 1)))
            }
        }
        var capacity = 8
        while capacity * 3 < runs.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var starts = [Int32](repeating: 0, count: capacity), ends = [Int32](repeating: 0, count: capacity)
        for run in runs {
            var slot = PhraseTable.slot(of: run.key, mask: capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = run.key
            starts[slot] = Int32(run.range.lowerBound)
            ends[slot] = Int32(run.range.upperBound)
        }
        return (PhraseTable(words: words, wordStarts: wordStarts, slots: slots, runStarts: starts, runEnds: ends), order)
    }

    /// A table of the phrases, in the order `build` files them.
    init(_ phrases: [[String]]) {
        self = PhraseTable.build(phrases).table
    }
}
