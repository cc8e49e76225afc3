/// A value read from one of Parley's TOML data files.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([TOMLValue])
    case table(TOMLTable)
}

extension TOMLValue {
    /// Moves an array out, leaving a placeholder, so the caller holds its only reference.
    mutating func takeArray() -> [TOMLValue]? {
        guard case .array(let elements) = self else { return nil }
        self = .bool(false)
        return elements
    }

    /// Moves a table out, leaving a placeholder, so the caller holds its only reference.
    mutating func takeTable() -> TOMLTable? {
        guard case .table(let table) = self else { return nil }
        self = .bool(false)
        return table
    }
}

/// A TOML table: keys in file order, and the line each key was set on, for error messages.
public struct TOMLTable: Equatable, Sendable {
    public private(set) var keys: [String] = []
    public private(set) var values: [String: TOMLValue] = [:]
    /// The line where the table started (its header, or 1 for the top level).
    public var line: Int
    /// Where this table sits in the file, for messages: "country[3]", "elements".
    public var path: String

    public init(line: Int = 1, path: String = "") {
        self.line = line
        self.path = path
    }

    /// Removes a value for in-place changes, keeping the key's place; `put` puts it back.
    /// Taking the value out leaves its storage uniquely referenced, so appends do not copy.
    mutating func take(_ key: String) -> TOMLValue? {
        values.removeValue(forKey: key)
    }

    mutating func put(_ key: String, _ value: TOMLValue) {
        if !keys.contains(key) { keys.append(key) }
        values[key] = value
    }

    public subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            values[key] = newValue
            if newValue == nil { keys.removeAll { $0 == key } }
        }
    }
}

/// What is wrong with a data file, and where.
public struct TOMLError: Error, Equatable, CustomStringConvertible, Sendable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
