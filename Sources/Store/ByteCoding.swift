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

/// Reads what `ByteWriter` wrote; any inconsistency (a damaged blob) throws. It reads the bytes
/// in place (a blob straight from SQLite), so it lives only inside `reading`.
struct ByteReader {
    struct Damaged: Error {}

    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// `body` with a reader of the bytes, which must not outlive it.
    static func reading<T>(_ bytes: UnsafeRawBufferPointer, _ body: (inout ByteReader) -> T) -> T {
        var reader = ByteReader(bytes.bindMemory(to: UInt8.self))
        return body(&reader)
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
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
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

/// A fixed set of values written as their names (an actor's kind, how a mention was found),
/// told apart by their bytes when read, without making a string of each.
struct ByteChoices<Value: Sendable>: Sendable {
    let table: [(bytes: [UInt8], value: Value)]

    init(_ values: [Value], name: (Value) -> String) {
        table = values.map { (Array(name($0).utf8), $0) }
    }
}

extension ByteReader {
    /// The value whose name was written here; nil for a name not in `choices`.
    mutating func choice<Value>(_ choices: ByteChoices<Value>) throws(Damaged) -> Value? {
        let length = try int()
        guard length >= 0, length <= bytes.count - position else { throw Damaged() }
        let start = position
        position += length
        // Byte by byte: the generic elementsEqual was most of the cost of a choice.
        for entry in choices.table where entry.bytes.count == length {
            var offset = 0
            while offset < length, entry.bytes[offset] == bytes[start + offset] { offset += 1 }
            if offset == length { return entry.value }
        }
        return nil
    }
}

extension ByteWriter {
    /// A range as its start relative to `base` (ranges in order make small numbers) and length.
    mutating func range(_ range: Range<Int>, after base: Int) {
        int(range.lowerBound - base)
        int(range.count)
    }
}

/// How many Unicode scalars a string holds, counted from its UTF-8: every byte that does not
/// continue a scalar (`10xxxxxx`) starts one. Eight bytes at a time, many times quicker than
/// walking `unicodeScalars`, which was most of the time to read thousands of articles' analyses.
enum ScalarCount {
    static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var continuations = 0
            var index = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bit 7 set and bit 6 clear, in every byte at once.
                continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return bytes.count - continuations
        }
    }
}
