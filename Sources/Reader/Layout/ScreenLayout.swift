import TerminalCore

/// Where each pane goes for a terminal size. Every pane rect includes its one-row header.
///
/// From 100 columns the actors and the matrix share a right-hand column beside the article;
/// below that the matrix moves under the article and the actors stay at the right. Zoom gives
/// the article every row, like less: no header, and a status line on the bottom row only while
/// there is a message or a prompt. A one-line scroll is then the terminal's own full-screen
/// scroll (a newline on the bottom row) plus the new line's text.
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
    /// Whether the status line is drawn only for a message or a prompt, over the article's last
    /// row (when zoomed).
    public var statusOnlyWhenNeeded = false

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    public init(size: Size, zoomed: Bool) {
        let width = size.width, height = size.height
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = height - 1
        if zoomed {
            article = Rect(x: 0, y: 0, width: width, height: height)
            articleHasHeader = false
            statusOnlyWhenNeeded = true
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
