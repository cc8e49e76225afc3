/// Typed access to a table's keys, with errors that name the key and where it is.
extension TOMLTable {
    private func location(_ key: String) -> String {
        path.isEmpty ? "'\(key)'" : "'\(key)' in \(path)"
    }

    public func string(_ key: String) throws(TOMLError) -> String {
        guard let value = self[key] else { throw TOMLError(line: line, message: "missing key \(location(key))") }
        guard case .string(let text) = value else { throw TOMLError(line: line, message: "\(location(key)) must be a string") }
        return text
    }

    public func optionalString(_ key: String) throws(TOMLError) -> String? {
        guard self[key] != nil else { return nil }
        return try string(key)
    }

    public func strings(_ key: String) throws(TOMLError) -> [String] {
        guard let value = self[key] else { return [] }
        guard case .array(let elements) = value else { throw TOMLError(line: line, message: "\(location(key)) must be a list of strings") }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element else { throw TOMLError(line: line, message: "\(location(key)) must be a list of strings") }
            result.append(text)
        }
        return result
    }

    public func integer(_ key: String) throws(TOMLError) -> Int {
        guard case .integer(let number)? = self[key] else { throw TOMLError(line: line, message: "\(location(key)) must be a whole number") }
        return number
    }

    /// The elements of an array of tables (`[[key]]`), or none.
    public func tables(_ key: String) throws(TOMLError) -> [TOMLTable] {
        guard let value = self[key] else { return [] }
        guard case .array(let elements) = value else { throw TOMLError(line: line, message: "\(location(key)) must be a list of tables") }
        var result: [TOMLTable] = []
        for element in elements {
            guard case .table(let table) = element else { throw TOMLError(line: line, message: "\(location(key)) must be a list of tables") }
            result.append(table)
        }
        return result
    }

    /// A sub-table (`[key]` or an inline table), or an empty one.
    public func table(_ key: String) throws(TOMLError) -> TOMLTable {
        guard let value = self[key] else { return TOMLTable(line: line, path: path.isEmpty ? key : path + "." + key) }
        guard case .table(let table) = value else { throw TOMLError(line: line, message: "\(location(key)) must be a table") }
        return table
    }

    /// Fails on keys that are not in `known`: a typo should not pass silently.
    public func checkKeys(_ known: Set<String>) throws(TOMLError) {
        for key in keys where !known.contains(key) {
            throw TOMLError(line: line, message: "unknown key \(location(key)) (known: \(known.sorted().joined(separator: ", ")))")
        }
    }
}
