import GRDB

extension LibraryStore {
    /// Brings the feeds table in step with the subscriptions (the `urls` file): new ones are
    /// added, titles and tags follow the file. Feeds no longer listed keep their articles.
    @discardableResult
    public func subscribe(_ subscriptions: [FeedSubscription]) throws(LibraryError) -> [FeedInfo] {
        let now = Timestamp.now()
        try write { db in
            for subscription in subscriptions {
                try db.execute(sql: "INSERT INTO feed (url, title, addedAt) VALUES (?, ?, ?) ON CONFLICT(url) DO UPDATE SET title = COALESCE(excluded.title, title)",
                               arguments: [subscription.url, subscription.title, now])
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM feed WHERE url = ?", arguments: [subscription.url])!
                try db.execute(sql: "DELETE FROM feedTag WHERE feedId = ?", arguments: [id])
                for tag in Set(subscription.tags) {
                    try db.execute(sql: "INSERT INTO feedTag (feedId, tag) VALUES (?, ?)", arguments: [id, tag])
                }
            }
        }
        let urls = Set(subscriptions.map(\.url))
        return try feeds().filter { urls.contains($0.url) }
    }

    /// Every feed the library knows, by title.
    public func feeds() throws(LibraryError) -> [FeedInfo] {
        try read { db in
            var tags: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT feedId, tag FROM feedTag ORDER BY tag") {
                tags[row[0], default: []].append(row[1])
            }
            return try Row.fetchAll(db, sql: "SELECT id, url, title, etag, lastModified, lastFetchedAt, lastError FROM feed ORDER BY COALESCE(title, url)").map { row in
                FeedInfo(id: row[0], url: row[1], title: row[2], tags: tags[row[0]] ?? [], etag: row[3], lastModified: row[4],
                         lastFetchedAt: row[5], lastError: row[6])
            }
        }
    }

    /// Records a fetch: the validators for the next conditional GET and its error, if any; the
    /// feed's title when it gave one and the user did not name it.
    public func recordFetch(feedID: Int64, title: String?, etag: String?, lastModified: String?, error: String?) throws(LibraryError) {
        try write { db in
            if let error {
                try db.execute(sql: "UPDATE feed SET lastFetchedAt = ?, lastError = ? WHERE id = ?", arguments: [Timestamp.now(), error, feedID])
            } else {
                try db.execute(sql: """
                    UPDATE feed SET lastFetchedAt = ?, lastError = NULL, etag = COALESCE(?, etag), lastModified = COALESCE(?, lastModified),
                           title = COALESCE(title, ?) WHERE id = ?
                    """, arguments: [Timestamp.now(), etag, lastModified, title, feedID])
            }
        }
    }

    /// Unread and total counts by feed (nil: articles of no feed), for the grouped list.
    public func countsByFeed() throws(LibraryError) -> [Int64?: (unread: Int, total: Int)] {
        try read { db in
            var counts: [Int64?: (Int, Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT feedId, sum(isRead = 0), count(*) FROM article GROUP BY feedId") {
                counts[row[0] as Int64?] = (row[1], row[2])
            }
            return counts
        }
    }
}
