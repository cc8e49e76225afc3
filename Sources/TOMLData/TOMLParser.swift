/// Reads TOML: comments, `[table]` and `[[array of tables]]` headers (dotted names allowed),
/// `key = value` with bare, quoted or dotted keys, basic and literal strings (single and
/// multi-line), integers, floats, booleans, arrays (over several lines) and inline tables.
/// Dates are not supported: Parley's files have none. Errors name the line.
public struct TOMLParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    /// Parses a whole document into its top-level table.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(bytes: Array(text.utf8))
        return try parser.document()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: - Document structure

    private mutating func document() throws(TOMLError) -> TOMLTable {
        var root = TOMLTable()
        // The table under the current header is filled on its own and put in place when the
        // next header comes: keys then go into a small table, not through the whole document.
        var pending: TOMLTable?
        var pendingPath: [String] = []
        var pendingIsArray = false
        var definedTables: Set<String> = []
        var arrayCounts: [String: Int] = [:]
        func commit() throws(TOMLError) {
            guard let table = pending else { return }
            pending = nil
            if pendingIsArray {
                try appendTable(table, at: pendingPath, in: &root)
            } else {
                try placeTable(table, at: pendingPath, in: &root)
            }
        }
        while true {
            skipWhitespaceAndComments(newlines: true)
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: "[") {
                let isArray = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "[")
                index += isArray ? 2 : 1
                skipSpaces()
                let path = try keyPath()
                skipSpaces()
                try expect(isArray ? "]]" : "]")
                try endOfLine()
                try commit()
                let name = path.joined(separator: ".")
                if isArray {
                    let count = arrayCounts[name, default: 0]
                    arrayCounts[name] = count + 1
                    pending = TOMLTable(line: line, path: "\(name)[\(count)]")
                } else {
                    guard definedTables.insert(name).inserted else { throw error("table [\(name)] is defined twice") }
                    pending = TOMLTable(line: line, path: name)
                }
                pendingPath = path
                pendingIsArray = isArray
            } else {
                let keyLine = line
                let path = try keyPath()
                skipSpaces()
                try expect("=")
                skipSpaces()
                let value = try value()
                try endOfLine()
                if pending != nil {
                    try assign(value, to: path, in: &pending!, line: keyLine)
                } else {
                    try assign(value, to: path, in: &root, line: keyLine)
                }
            }
        }
        try commit()
        return root
    }

    /// Walks `path` from `table`, creating tables on the way when `create`; the last element of
    /// an array of tables stands for the array. Values are taken out while they change, so that
    /// a long array of tables is never copied.
    private func withTable(at path: ArraySlice<String>, in table: inout TOMLTable, create: Bool, body: (inout TOMLTable) throws(TOMLError) -> Void) throws(TOMLError) {
        guard let first = path.first else {
            try body(&table)
            return
        }
        let rest = path.dropFirst()
        var slot = table.take(first)
        if slot == nil {
            guard create else { throw error("no table '\(first)'") }
            var child = TOMLTable(line: line, path: join(table.path, first))
            try withTable(at: rest, in: &child, create: create, body: body)
            slot = .table(child)
        } else if var child = slot?.takeTable() {
            try withTable(at: rest, in: &child, create: create, body: body)
            slot = .table(child)
        } else if var elements = slot?.takeArray() {
            guard case .table(var child)? = elements.popLast() else { throw error("'\(first)' is not a table") }
            try withTable(at: rest, in: &child, create: create, body: body)
            elements.append(.table(child))
            slot = .array(elements)
        } else {
            throw error("'\(first)' is already a value, not a table")
        }
        if let slot { table.put(first, slot) }
    }

    /// Puts a `[table]` in place; a table that sub-tables already created is merged into.
    private func placeTable(_ table: TOMLTable, at path: [String], in root: inout TOMLTable) throws(TOMLError) {
        let parent = path.dropLast(), name = path[path.count - 1]
        let line = table.line
        try withTable(at: parent, in: &root, create: true) { (container: inout TOMLTable) throws(TOMLError) in
            var slot = container.take(name)
            if slot == nil {
                container.put(name, .table(table))
                return
            }
            guard var existing = slot?.takeTable() else { throw TOMLError(line: line, message: "'\(name)' is already a value, not a table") }
            slot = nil
            for key in table.keys {
                guard existing[key] == nil else { throw TOMLError(line: line, message: "key '\(key)' is set twice") }
                existing.put(key, table[key]!)
            }
            container.put(name, .table(existing))
        }
    }

    /// Appends a `[[table]]` to its array.
    private func appendTable(_ table: TOMLTable, at path: [String], in root: inout TOMLTable) throws(TOMLError) {
        let parent = path.dropLast(), name = path[path.count - 1]
        let line = table.line
        try withTable(at: parent, in: &root, create: true) { (container: inout TOMLTable) throws(TOMLError) in
            var slot = container.take(name)
            var elements: [TOMLValue] = []
            if slot != nil {
                guard let list = slot?.takeArray() else { throw TOMLError(line: line, message: "'\(name)' is already a value, not an array of tables") }
                elements = list
            }
            slot = nil
            elements.append(.table(table))
            container.put(name, .array(elements))
        }
    }

    private func assign(_ value: TOMLValue, to key: [String], in table: inout TOMLTable, line: Int) throws(TOMLError) {
        let name = key[key.count - 1]
        try withTable(at: key.dropLast(), in: &table, create: true) { (inner: inout TOMLTable) throws(TOMLError) in
            guard inner[name] == nil else { throw TOMLError(line: line, message: "key '\(name)' is set twice") }
            inner.put(name, value)
        }
    }

    private func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : path + "." + name
    }

    // MARK: - Keys

    private mutating func keyPath() throws(TOMLError) -> [String] {
        var path = [try key()]
        skipSpaces()
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            skipSpaces()
            path.append(try key())
            skipSpaces()
        }
        return path
    }

    private mutating func key() throws(TOMLError) -> String {
        guard index < bytes.count else { throw error("expected a key") }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") { return try basicString() }
        if byte == UInt8(ascii: "'") { return try literalString() }
        let start = index
        while index < bytes.count, isBareKeyByte(bytes[index]) { index += 1 }
        guard index > start else { throw error("expected a key, found '\(character(at: index))'") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }

    // MARK: - Values

    private mutating func value() throws(TOMLError) -> TOMLValue {
        guard index < bytes.count else { throw error("expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            if starts(with: "\"\"\"") { return .string(try multilineBasicString()) }
            return .string(try basicString())
        case UInt8(ascii: "'"):
            if starts(with: "'''") { return .string(try multilineLiteralString()) }
            return .string(try literalString())
        case UInt8(ascii: "["):
            return try array()
        case UInt8(ascii: "{"):
            return try inlineTable()
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            if starts(with: "true") { index += 4; return .bool(true) }
            if starts(with: "false") { index += 5; return .bool(false) }
            throw error("expected a value, found '\(character(at: index))'")
        default:
            return try number()
        }
    }

    private mutating func number() throws(TOMLError) -> TOMLValue {
        let start = index
        while index < bytes.count, !isEndOfValue(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self).replacingUnderscores()
        if let integer = Int(text) { return .integer(integer) }
        if text.hasPrefix("0x"), let integer = Int(text.dropFirst(2), radix: 16) { return .integer(integer) }
        if let float = Double(text), text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .float(float) }
        if let first = text.unicodeScalars.first, first.properties.isAlphabetic {
            throw error("'\(text)' is not a value (strings need quotes)")
        }
        throw error("expected a value, found '\(text.isEmpty ? character(at: index) : String(text.prefix(1)))'")
    }

    private func isEndOfValue(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#")
    }

    private mutating func array() throws(TOMLError) -> TOMLValue {
        let openLine = line
        index += 1
        var elements: [TOMLValue] = []
        while true {
            skipWhitespaceAndComments(newlines: true)
            guard index < bytes.count else { throw TOMLError(line: openLine, message: "array is not closed with ']'") }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            elements.append(try value())
            skipWhitespaceAndComments(newlines: true)
            guard index < bytes.count else { throw TOMLError(line: openLine, message: "array is not closed with ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] != UInt8(ascii: "]") {
                throw error("expected ',' or ']' in array, found '\(character(at: index))'")
            }
        }
    }

    private mutating func inlineTable() throws(TOMLError) -> TOMLValue {
        index += 1
        var table = TOMLTable(line: line)
        skipSpaces()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .table(table)
        }
        while true {
            skipSpaces()
            let path = try keyPath()
            skipSpaces()
            try expect("=")
            skipSpaces()
            let value = try value()
            let keyLine = line
            try withTable(at: path.dropLast(), in: &table, create: true) { (inner: inout TOMLTable) throws(TOMLError) in
                guard inner[path[path.count - 1]] == nil else { throw TOMLError(line: keyLine, message: "key '\(path[path.count - 1])' is set twice") }
                inner[path[path.count - 1]] = value
            }
            skipSpaces()
            guard index < bytes.count else { throw error("inline table is not closed with '}'") }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .table(table)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or '}' in inline table, found '\(character(at: index))'") }
            index += 1
        }
    }

    // MARK: - Strings

    private mutating func basicString() throws(TOMLError) -> String {
        index += 1
        // Fast path: no escapes, which is nearly every string in Parley's files.
        var probe = index
        while probe < bytes.count, bytes[probe] != UInt8(ascii: "\""), bytes[probe] != UInt8(ascii: "\\"), bytes[probe] != 0x0A { probe += 1 }
        if probe < bytes.count, bytes[probe] == UInt8(ascii: "\"") {
            let text = String(decoding: bytes[index..<probe], as: UTF8.self)
            index = probe + 1
            return text
        }
        var scalars = String.UnicodeScalarView()
        var start = index
        while true {
            guard index < bytes.count, bytes[index] != 0x0A else { throw error("string is not closed with '\"'") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
                index += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
                scalars.append(try escape())
                start = index
                continue
            }
            index += 1
        }
    }

    private mutating func escape() throws(TOMLError) -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw error("unfinished escape") }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let length = code == UInt8(ascii: "u") ? 4 : 8
            guard index + length <= bytes.count,
                  let value = UInt32(String(decoding: bytes[index..<(index + length)], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(value) else { throw error("bad \\u escape") }
            index += length
            return scalar
        default:
            throw error("unknown escape '\\\(Character(Unicode.Scalar(code)))'")
        }
    }

    private mutating func literalString() throws(TOMLError) -> String {
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "'") {
            guard bytes[index] != 0x0A else { throw error("string is not closed with \"'\"") }
            index += 1
        }
        guard index < bytes.count else { throw error("string is not closed with \"'\"") }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return text
    }

    private mutating func multilineBasicString() throws(TOMLError) -> String {
        index += 3
        if index < bytes.count, bytes[index] == 0x0A { index += 1; line += 1 }
        var scalars = String.UnicodeScalarView()
        var start = index
        while index < bytes.count {
            if starts(with: "\"\"\"") {
                scalars.append(contentsOf: String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
                index += 3
                return String(scalars)
            }
            if bytes[index] == UInt8(ascii: "\\") {
                scalars.append(contentsOf: String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A || bytes[index + 1] == 0x20 {
                    // Line-ending backslash: trim the newline and following whitespace.
                    index += 1
                    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                        if bytes[index] == 0x0A { line += 1 }
                        index += 1
                    }
                } else {
                    scalars.append(try escape())
                }
                start = index
                continue
            }
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        throw error("multi-line string is not closed")
    }

    private mutating func multilineLiteralString() throws(TOMLError) -> String {
        index += 3
        if index < bytes.count, bytes[index] == 0x0A { index += 1; line += 1 }
        let start = index
        while index < bytes.count, !starts(with: "'''") {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        guard index < bytes.count else { throw error("multi-line string is not closed") }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 3
        return text
    }

    // MARK: - Whitespace and small helpers

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

    private mutating func skipWhitespaceAndComments(newlines: Bool) {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                index += 1
            } else if byte == 0x0A && newlines {
                line += 1
                index += 1
            } else if byte == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else {
                break
            }
        }
    }

    /// After a header or a key/value: only spaces and a comment may follow on the line.
    private mutating func endOfLine() throws(TOMLError) {
        skipSpaces()
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        }
        if index < bytes.count, bytes[index] == 0x0D { index += 1 }
        guard index >= bytes.count || bytes[index] == 0x0A else {
            throw error("unexpected '\(character(at: index))' after the value")
        }
    }

    private mutating func expect(_ text: StaticString) throws(TOMLError) {
        guard starts(with: text) else {
            throw error("expected '\(text)', found \(index < bytes.count ? "'\(character(at: index))'" : "the end of the file")")
        }
        index += text.utf8CodeUnitCount
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in
            for offset in 0..<count where bytes[index + offset] != prefix[offset] { return false }
            return true
        }
    }

    private func character(at position: Int) -> String {
        guard position < bytes.count else { return "end of file" }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    private func error(_ message: String) -> TOMLError {
        TOMLError(line: line, message: message)
    }
}

extension String {
    func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
