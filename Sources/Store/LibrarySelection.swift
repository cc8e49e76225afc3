import GRDB

extension LibraryStore {
    /// The ids of the articles a query finds (every article for nil or an empty query), oldest
    /// first by the library's date, without snippets: what an export or the matrix over a
    /// search needs.
    public func articleIDs(matching query: LibraryQuery?) throws(LibraryError) -> [Int64] {
        let (filters, arguments) = query.map(Self.filters(of:)) ?? ([], [])
        let filterSQL = filters.isEmpty ? "" : " AND " + filters.joined(separator: " AND ")
        return try read { db in
            guard let query, query.hasTextMatch else {
                return try Int64.fetchAll(db, sql: "SELECT a.id FROM article a LEFT JOIN feed f ON f.id = a.feedId WHERE 1\(filterSQL) ORDER BY a.sortDate, a.id",
                                          arguments: arguments)
            }
            return try Int64.fetchAll(db, sql: """
                SELECT a.id FROM documentSearch s JOIN article a ON a.documentId = s.rowid LEFT JOIN feed f ON f.id = a.feedId
                WHERE documentSearch MATCH ?\(filterSQL) ORDER BY a.sortDate, a.id
                """, arguments: [query.matchExpression] + arguments)
        }
    }
}
