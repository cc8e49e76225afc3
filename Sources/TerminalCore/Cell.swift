/// One terminal cell: the grapheme drawn there and its style.
///
/// A wide character occupies two cells: the first holds the grapheme, the second is a
/// continuation with empty text, so that rows keep one entry per column.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
