import GRDB

/// One article a library search found, with a snippet of where.
public struct SearchHit: Sendable, Equatable {
    public var article: ListedArticle
    /// A short passage around the best match (empty when the query only filtered), and the
    /// scalar ranges of the matched words in it.
    public var snippet: String
    public var matches: [Range<Int>]
}

extension LibraryStore {
    /// Where a snippet's matched words begin and end, as FTS5 writes them (private-use scalars
    /// that no article text keeps: the terminal-safety filter drops them).
    static let matchStart: Unicode.Scalar = "\u{E000}"
    static let matchEnd: Unicode.Scalar = "\u{E001}"

    /// Searches the whole library: text terms ranked by bm25 (title first, then actor names,
    /// then the body), or, for a query that only filters, the filtered list newest first.
    public func search(_ query: LibraryQuery, limit: Int = 200) throws(LibraryError) -> [SearchHit] {
        var filters: [String] = []
        var arguments: StatementArguments = []
        if query.unreadOnly { filters.append("a.isRead = 0") }
        if query.flaggedOnly { filters.append("a.isFlagged = 1") }
        for feed in query.feeds {
            filters.append("(f.title LIKE ? ESCAPE '\\' OR f.url LIKE ? ESCAPE '\\' OR a.site LIKE ? ESCAPE '\\')")
            let pattern = "%" + Self.escapedForLike(feed) + "%"
            _ = arguments.append(contentsOf: [pattern, pattern, pattern])
        }
        for tag in query.tags {
            filters.append("a.feedId IN (SELECT feedId FROM feedTag WHERE tag = ? COLLATE NOCASE)")
            _ = arguments.append(contentsOf: [tag])
        }
        let filterSQL = filters.isEmpty ? "" : " AND " + filters.joined(separator: " AND ")
        guard query.hasTextMatch else {
            return try read { db in
                try Row.fetchAll(db, sql: "SELECT \(Self.listColumns) FROM article a LEFT JOIN feed f ON f.id = a.feedId WHERE 1\(filterSQL) ORDER BY a.sortDate DESC, a.id LIMIT ?",
                                 arguments: arguments + [limit])
                    .map { SearchHit(article: Self.listed($0), snippet: "", matches: []) }
            }
        }
        let match = query.matchExpression
        return try read { db in
            // First the best-ranked articles, then a snippet for each of those only: FTS5
            // computes snippets for the rows asked for, not for every match.
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.listColumns), a.documentId FROM documentSearch s JOIN article a ON a.documentId = s.rowid LEFT JOIN feed f ON f.id = a.feedId
                WHERE documentSearch MATCH ?\(filterSQL) ORDER BY s.rank, a.sortDate DESC, a.id LIMIT ?
                """, arguments: [match] + arguments + [limit])
            var snippets: [Int64: String] = [:]
            let documents = Set(rows.map { $0[10] as Int64 })
            if !documents.isEmpty {
                let list = documents.map(String.init).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: """
                    SELECT rowid, snippet(documentSearch, 1, char(57344), char(57345), '…', 12) FROM documentSearch
                    WHERE documentSearch MATCH ? AND rowid IN (\(list))
                    """, arguments: [match]) {
                    snippets[row[0]] = row[1]
                }
            }
            return rows.map { row in
                let (text, matches) = Self.marked(snippets[row[10]] ?? "")
                return SearchHit(article: Self.listed(row), snippet: text, matches: matches)
            }
        }
    }

    /// A snippet without its match marks, and where the marked words were.
    static func marked(_ snippet: String) -> (String, [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var matches: [Range<Int>] = []
        var start: Int?
        for scalar in snippet.unicodeScalars {
            if scalar == matchStart {
                start = text.count
            } else if scalar == matchEnd, let begin = start {
                matches.append(begin..<text.count)
                start = nil
            } else {
                // Snippets span paragraphs: show them as one line, one space between.
                if scalar == "\n" {
                    if text.last != " " { text.append(" ") }
                } else {
                    text.append(scalar)
                }
            }
        }
        return (String(text), matches)
    }

    static func escapedForLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
