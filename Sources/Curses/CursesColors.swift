import CNcursesw
import TerminalCore

/// Allocates curses colour pairs on demand, one per (foreground, background) combination.
@MainActor
final class CursesColors {
    /// The pairs made so far, in order. A handful (a theme's colour combinations), so a list
    /// searched from the start: a dictionary keyed by a new type costs more to set up at start.
    private var pairs: [(key: PairKey, number: Int16)] = []
    private var nextPair: Int32 = 1
    let colorCount: Int
    let enabled: Bool

    private struct PairKey: Equatable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    init(enabled: Bool) {
        var ok = enabled && has_colors()
        if ok {
            ok = start_color() == CNC_OK
            if ok { use_default_colors() }
        }
        self.enabled = ok
        self.colorCount = ok ? Int(cnc_colors()) : 0
    }

    /// The pair number for a style's colours; 0 (the terminal's defaults) when colours are off or run out.
    func pair(for style: Style) -> Int16 {
        guard enabled else { return 0 }
        let key = PairKey(foreground: fold(style.foreground), background: fold(style.background))
        if key.foreground == .default && key.background == .default { return 0 }
        if let existing = pairs.first(where: { $0.key == key }) { return existing.number }
        guard nextPair < min(Int32(cnc_color_pairs()), Int32(Int16.max)) else { return 0 }
        let number = Int16(nextPair)
        nextPair += 1
        init_pair(number, curses(key.foreground), curses(key.background))
        pairs.append((key, number))
        return number
    }

    private func curses(_ color: TerminalColor) -> Int16 {
        switch color {
        case .default: return -1
        case .indexed(let index): return Int16(index)
        }
    }

    /// Brings a colour into the range this terminal has: 256 down to 16 or 8.
    private func fold(_ color: TerminalColor) -> TerminalColor {
        guard case .indexed(let index) = color else { return color }
        if Int(index) < colorCount { return color }
        return .indexed(ColorFolding.nearestBasic(index, available: colorCount))
    }
}

/// Maps xterm 256-colour indices to the nearest of the basic 8 or 16.
enum ColorFolding {
    static func nearestBasic(_ index: UInt8, available: Int) -> UInt8 {
        let limit = available >= 16 ? 16 : 8
        if index < 16 { return index % UInt8(limit) }
        let (r, g, b) = rgb(of: index)
        var best: UInt8 = 7
        var bestDistance = Int.max
        for candidate in 0..<UInt8(limit) {
            let (cr, cg, cb) = rgb(of: candidate)
            let distance = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
            if distance < bestDistance {
                bestDistance = distance
                best = candidate
            }
        }
        return best
    }

    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[Int(index)] }
        if index >= 232 {
            let level = 8 + Int(index - 232) * 10
            return (level, level, level)
        }
        let cube = Int(index) - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
}
