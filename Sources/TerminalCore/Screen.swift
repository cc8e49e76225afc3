/// Where frames are shown: a real terminal (the `Curses` module) or memory (tests).
///
/// The reader renders a whole `CellGrid` for each state; a screen shows it, sending
/// only what changed since the last frame.
@MainActor
public protocol Screen: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Whether colours can be used.
    var supportsColor: Bool { get }
    /// Shows `frame`, which has this screen's size.
    func show(_ frame: CellGrid)
    /// Shows `frame`, knowing that rows `rows` moved up by `lines` (down when negative) since
    /// the last frame: a terminal can scroll them instead of redrawing them.
    func show(_ frame: CellGrid, scrolled rows: Range<Int>, by lines: Int)
    /// Forgets what is on the terminal so that the next frame is drawn in full (Ctrl-L).
    func invalidate()
    /// Whether `copyToClipboard` can work: the terminal declares a clipboard sequence.
    var canCopyToClipboard: Bool { get }
    /// Puts text on the terminal's clipboard (OSC 52), where the terminal allows it.
    func copyToClipboard(_ text: String)
}

extension Screen {
    /// Screens without a clipboard (the in-memory one, and terminals that do not declare one).
    public var canCopyToClipboard: Bool { false }
    public func copyToClipboard(_ text: String) {}
}

extension CellGrid {
    /// This grid with rows `rows` moved up by `lines` (down when negative), full width, the
    /// rows left behind blank: what a terminal shows after scrolling that region.
    public func scrolling(_ rows: Range<Int>, by lines: Int) -> CellGrid {
        var result = self
        let area = rows.clamped(to: 0..<size.height)
        for y in area {
            let source = y + lines
            for x in 0..<size.width {
                result[x, y] = area.contains(source) ? self[x, source] : .blank
            }
        }
        return result
    }
}

/// A screen in memory: keeps the frames it was shown, for tests.
@MainActor
public final class MemoryScreen: Screen {
    public var size: Size
    public var supportsColor: Bool
    public private(set) var frames: [CellGrid] = []
    public private(set) var invalidations = 0

    public init(size: Size, supportsColor: Bool = true) {
        self.size = size
        self.supportsColor = supportsColor
    }

    public var current: CellGrid? { frames.last }

    public func show(_ frame: CellGrid) { frames.append(frame) }
    public private(set) var scrollHints: [(rows: Range<Int>, lines: Int)] = []
    public func show(_ frame: CellGrid, scrolled rows: Range<Int>, by lines: Int) {
        scrollHints.append((rows, lines))
        show(frame)
    }
    public func invalidate() { invalidations += 1 }
}
