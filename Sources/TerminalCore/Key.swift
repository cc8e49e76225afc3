/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl plus a letter, lower-case: .control("l") is Ctrl-L
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// The terminal changed size; the new size is read from the terminal.
    case resize
}

extension Key: CustomStringConvertible {
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        }
    }

    /// Parses the compact notation used by tests and key scripts: "j", "Enter", "Tab", "Ctrl-L", "PgDn", "Space".
    public init?(name: String) {
        let named: [String: Key] = [
            "Enter": .enter, "Tab": .tab, "Shift-Tab": .backTab, "Esc": .escape, "Backspace": .backspace,
            "Delete": .delete, "Insert": .insert, "Up": .up, "Down": .down, "Left": .left, "Right": .right,
            "Home": .home, "End": .end, "PgUp": .pageUp, "PgDn": .pageDown, "Space": .character(" "),
            "Resize": .resize,
        ]
        if let key = named[name] {
            self = key
        } else if name.hasPrefix("Ctrl-"), name.count == 6, let letter = name.last {
            self = .control(Character(letter.lowercased()))
        } else if name.hasPrefix("F"), let number = Int(name.dropFirst()), name.count > 1 {
            self = .function(number)
        } else if name.count == 1, let character = name.first {
            self = .character(character)
        } else {
            return nil
        }
    }
}
