extension String {
    /// The words of a phrase written with spaces between them, split on the UTF-8 bytes:
    /// much cheaper than splitting on characters, which loading the word lists does thousands
    /// of times at start-up.
    var spaceSeparatedWords: [String] {
        var text = self
        // Most phrases are one word: no split, no copy. (The bytes are searched through
        // withUTF8: the UTF-8 view's iterator costs several times as much per byte.)
        if !text.isEmpty, !text.withUTF8({ $0.contains(0x20) }) { return [text] }
        return text.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            return words
        }
    }

    /// The tokens of a word-list phrase ("Vice-President", "the Kremlin"): split at spaces when
    /// it holds only ASCII letters and spaces, as nearly all do; through the tokenizer otherwise.
    var phraseTokens: [String] {
        let plain = utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }
        return plain ? spaceSeparatedWords : Tokenizer.tokens(in: Array(unicodeScalars)).map(\.text)
    }
}
