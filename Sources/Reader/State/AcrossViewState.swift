import Analysis

/// The matrix across the listed articles (the library, or the search shown), as the reader
/// shows it: the grid, one cell's articles, or one actor's timeline.
public struct AcrossViewState: Sendable {
    /// What is shown.
    public enum Level: Sendable, Equatable {
        case grid
        /// The selected cell's articles, the cursor on one of them.
        case cell(cursor: Int)
        /// The selected actor's articles in date order, the cursor on one of them.
        case timeline(cursor: Int)
    }

    public let matrix: CrossMatrix
    /// The library entry of each of the matrix's articles.
    public let entries: [Int]
    public var row = 0
    public var column = 0
    public var level = Level.grid

    public init(matrix: CrossMatrix, entries: [Int]) {
        self.matrix = matrix
        self.entries = entries
    }

    /// The selected actor and issue, as indices into the matrix's `actors` and `issues`.
    public var selected: (actor: Int, issue: Int)? {
        guard row < matrix.rows.count, column < matrix.columns.count else { return nil }
        return (matrix.rows[row], matrix.columns[column])
    }

    public var selectedCell: CrossMatrix.Cell? {
        selected.flatMap { matrix.cell(actor: $0.actor, issue: $0.issue) }
    }
}
