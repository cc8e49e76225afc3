/// A sentence's words, read safely: a position outside the sentence reads as "", and a range is
/// clamped to the sentence, so a rule that looks one word too far sees nothing instead of
/// trapping on untrusted text.
struct WordList: RandomAccessCollection, Sendable {
    private let storage: [String]

    init(_ storage: [String]) {
        self.storage = storage
    }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    subscript(position: Int) -> String {
        position >= 0 && position < storage.count ? storage[position] : ""
    }

    subscript(bounds: Range<Int>) -> ArraySlice<String> {
        let lower = Swift.min(Swift.max(bounds.lowerBound, 0), storage.count)
        let upper = Swift.min(Swift.max(bounds.upperBound, lower), storage.count)
        return storage[lower..<upper]
    }
}
