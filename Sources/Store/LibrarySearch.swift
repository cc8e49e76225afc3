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
    ///
    /// A snippet costs a walk through its article (about 0.1 ms), so ask for the hits that will
    /// be shown: the reader asks for 50 at a time.
    public func search(_ query: LibraryQuery, limit: Int = 50) throws(LibraryError) -> [SearchHit] {
        let (filters, arguments) = Self.filters(of: query)
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
            // The best-ranked articles first (FTS5 ranks and sorts its matches itself when
            // nothing else filters them), then a snippet for each of those only.
            let rows: [Row]
            if filters.isEmpty {
                let ranked = try Int64.fetchAll(db, sql: "SELECT rowid FROM documentSearch WHERE documentSearch MATCH ? ORDER BY rank LIMIT ?",
                                                arguments: [match, limit])
                guard !ranked.isEmpty else { return [] }
                let position = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(Self.listColumns), a.documentId FROM article a LEFT JOIN feed f ON f.id = a.feedId
                    WHERE a.documentId IN (\(ranked.map(String.init).joined(separator: ","))) ORDER BY a.sortDate DESC, a.id
                    """).sorted { position[$0[10] as Int64]! < position[$1[10] as Int64]! }
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT \(Self.listColumns), a.documentId FROM documentSearch s JOIN article a ON a.documentId = s.rowid LEFT JOIN feed f ON f.id = a.feedId
                    WHERE documentSearch MATCH ?\(filterSQL) ORDER BY s.rank, a.sortDate DESC, a.id LIMIT ?
                    """, arguments: [match] + arguments + [limit])
            }
            let snippet = try db.cachedStatement(sql: """
                SELECT snippet(documentSearch, 1, char(57344), char(57345), '…', 12) FROM documentSearch WHERE documentSearch MATCH ? AND rowid = ?
                """)
            var snippets: [Int64: String] = [:]
            return try rows.prefix(limit).map { row in
                let document: Int64 = row[10]
                if snippets[document] == nil {
                    snippets[document] = try String.fetchOne(snippet, arguments: [match, document]) ?? ""
                }
                let (text, matches) = Self.marked(snippets[document]!)
                return SearchHit(article: Self.listed(row), snippet: text, matches: matches)
            }
        }
    }

    /// How many articles a query finds in all, beyond the hits asked for.
    public func count(_ query: LibraryQuery) throws(LibraryError) -> Int {
        let (filters, arguments) = Self.filters(of: query)
        let filterSQL = filters.isEmpty ? "" : " AND " + filters.joined(separator: " AND ")
        return try read { db in
            guard query.hasTextMatch else {
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM article a LEFT JOIN feed f ON f.id = a.feedId WHERE 1\(filterSQL)", arguments: arguments) ?? 0
            }
            return try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documentSearch s JOIN article a ON a.documentId = s.rowid LEFT JOIN feed f ON f.id = a.feedId
                WHERE documentSearch MATCH ?\(filterSQL)
                """, arguments: [query.matchExpression] + arguments) ?? 0
        }
    }

    /// The SQL conditions for a query's filters on `article a` and `feed f`, with their arguments.
    static func filters(of query: LibraryQuery) -> (conditions: [String], arguments: StatementArguments) {
        var filters: [String] = []
        var arguments: StatementArguments = []
        if query.unreadOnly { filters.append("a.isRead = 0") }
        if query.flaggedOnly { filters.append("a.isFlagged = 1") }
        // Dates are ISO 8601 text, which sorts as time: since a day (or month, or year) is from
        // its first instant, until one is before anything after it ("~" sorts after every
        // character of a date, so "2024-03~" is past "2024-03-31T23:59:59Z").
        if let since = query.since {
            filters.append("a.sortDate >= ?")
            _ = arguments.append(contentsOf: [since])
        }
        if let until = query.until {
            filters.append("a.sortDate < ?")
            _ = arguments.append(contentsOf: [until + "~"])
        }
        for feed in query.feeds {
            filters.append("(f.title LIKE ? ESCAPE '\\' OR f.url LIKE ? ESCAPE '\\' OR a.site LIKE ? ESCAPE '\\')")
            let pattern = "%" + Self.escapedForLike(feed) + "%"
            _ = arguments.append(contentsOf: [pattern, pattern, pattern])
        }
        for tag in query.tags {
            filters.append("a.feedId IN (SELECT feedId FROM feedTag WHERE tag = ? COLLATE NOCASE)")
            _ = arguments.append(contentsOf: [tag])
        }
        return (filters, arguments)
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
