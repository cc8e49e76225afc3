/// A compact byte encoding for what the library stores as blobs: unsigned LEB128 integers and
/// length-prefixed UTF-8 strings. Smaller and much quicker than JSON for thousands of articles.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        int(utf8.count)
        bytes += utf8
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }
}

/// Reads what `ByteWriter` wrote; any inconsistency (a damaged blob) throws.
struct ByteReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: result))
    }

    /// A count of items: never negative, and never more than the bytes left (each takes one at least).
    mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position else { throw Damaged() }
        return value
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func string() throws(Damaged) -> String {
        let length = try int()
        guard length >= 0, length <= bytes.count - position else { throw Damaged() }
        let text = String(decoding: bytes[position..<(position + length)], as: UTF8.self)
        position += length
        return text
    }

    mutating func optionalString() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }

    /// A range written as its start (relative to `base`) and length.
    mutating func range(after base: Int) throws(Damaged) -> Range<Int> {
        let start = base + (try int())
        let length = try int()
        guard length >= 0, start >= 0 else { throw Damaged() }
        return start..<(start + length)
    }
}

extension ByteWriter {
    /// A range as its start relative to `base` (ranges in order make small numbers) and length.
    mutating func range(_ range: Range<Int>, after base: Int) {
        int(range.lowerBound - base)
        int(range.count)
    }
}
