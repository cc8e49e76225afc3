import TerminalCore

/// A rough count of the bytes a terminal needs to go from one frame to another: each run of
/// changed cells costs a cursor move, each change of style an escape sequence (curses resets
/// attributes on the way, so these are dear), each cell its text, and blanks to the end of a
/// row one erase.
enum FrameCost {
    static func estimate(from old: CellGrid, to new: CellGrid) -> Int {
        guard old.size == new.size else { return Int.max / 2 }
        var cost = 0
        for y in 0..<new.size.height {
            // Past the last non-blank cell, blanks are one "erase to end of line".
            var lastText = -1
            for x in 0..<new.size.width where new[x, y].text != " " || new[x, y].style != .plain { lastText = x }
            var inRun = false
            var style: Style?
            for x in 0..<new.size.width {
                let cell = new[x, y]
                guard cell != old[x, y] else {
                    inRun = false
                    continue
                }
                if x > lastText {
                    cost += 4
                    break
                }
                if !inRun { cost += 7 }
                inRun = true
                if cell.style != style { cost += 14 }
                style = cell.style
                cost += cell.text.utf8.count
            }
        }
        return cost
    }
}
