import CNcursesw
import TerminalCore

/// Decodes what `wget_wch` returns into `Key`s.
enum CursesKeys {
    static func key(forFunctionCode code: Int32) -> Key? {
        switch code {
        case CNC_KEY_UP: return .up
        case CNC_KEY_DOWN: return .down
        case CNC_KEY_LEFT: return .left
        case CNC_KEY_RIGHT: return .right
        case CNC_KEY_HOME: return .home
        case CNC_KEY_END: return .end
        case CNC_KEY_NPAGE: return .pageDown
        case CNC_KEY_PPAGE: return .pageUp
        case CNC_KEY_BACKSPACE: return .backspace
        case CNC_KEY_ENTER: return .enter
        case CNC_KEY_BTAB: return .backTab
        case CNC_KEY_DC: return .delete
        case CNC_KEY_IC: return .insert
        default:
            let first = cnc_key_f(1)
            if code >= first, code < first + 24 { return .function(Int(code - first) + 1) }
            return nil
        }
    }

    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
