import TerminalCore

/// Where each pane goes for a terminal size. Every pane rect includes its one-row header.
///
/// From 100 columns the actors and the matrix share a right-hand column beside the article;
/// below that the matrix moves under the article and the actors stay at the right. Zoom gives
/// the article the whole screen: the status line moves to the top and the article, without a
/// header, runs to the bottom row, so that curses can scroll it by deleting a line instead of
/// setting a scroll region around it.
public struct ScreenLayout: Sendable, Equatable {
    public static let minimum = Size(width: 60, height: 16)

    public var article: Rect
    public var actors: Rect?
    public var matrix: Rect?
    /// A one-column vertical rule between the article and the right-hand panes.
    public var separator: Rect?
    public var status: Rect
    /// Whether the article pane has its one-row header (not when zoomed).
    public var articleHasHeader = true

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    public init(size: Size, zoomed: Bool) {
        let width = size.width, height = size.height
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = height - 1
        if zoomed {
            status = Rect(x: 0, y: 0, width: width, height: 1)
            article = Rect(x: 0, y: 1, width: width, height: body)
            articleHasHeader = false
            return
        }
        if width >= 100 {
            let right = min(64, max(40, width * 2 / 5))
            let left = width - right - 1
            article = Rect(x: 0, y: 0, width: left, height: body)
            separator = Rect(x: left, y: 0, width: 1, height: body)
            let actorsHeight = max(6, body * 2 / 5)
            actors = Rect(x: left + 1, y: 0, width: right, height: actorsHeight)
            matrix = Rect(x: left + 1, y: actorsHeight, width: right, height: body - actorsHeight)
        } else {
            let matrixHeight = max(8, body * 2 / 5)
            let top = body - matrixHeight
            let right = max(24, min(32, width * 3 / 10))
            let left = width - right - 1
            article = Rect(x: 0, y: 0, width: left, height: top)
            separator = Rect(x: left, y: 0, width: 1, height: top)
            actors = Rect(x: left + 1, y: 0, width: right, height: top)
            matrix = Rect(x: 0, y: top, width: width, height: matrixHeight)
        }
    }

    /// The content area of a pane: its rect without the header row.
    public static func content(of rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    }

    /// The article's text area, with a one-column margin on each side.
    public var articleText: Rect {
        let content = articleHasHeader ? ScreenLayout.content(of: article) : article
        return Rect(x: content.x + 1, y: content.y, width: content.width - 2, height: content.height)
    }
}
