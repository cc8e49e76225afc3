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
    /// Forgets what is on the terminal so that the next frame is drawn in full (Ctrl-L).
    func invalidate()
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
    public func invalidate() { invalidations += 1 }
}
