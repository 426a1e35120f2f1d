import Foundation
import GRDB

extension SQLiteStateStore {
    /// One consistent snapshot for `parley status` (a read transaction: safe beside a running daemon).
    public func status() async throws -> StoreStatus {
        try await read("read status") { db in
            let lastItems = try Row.fetchAll(db, sql: """
                SELECT feed_id, MAX(seen_at) AS last_seen, COUNT(*) AS items FROM seen_items GROUP BY feed_id
                """)
            var itemsByFeed: [Int64: (Date?, Int)] = [:]
            for row in lastItems { itemsByFeed[row["feed_id"]] = (row["last_seen"], row["items"]) }
            let feeds = try FeedState.order(Column("id")).fetchAll(db).map { feed in
                StoreStatus.Feed(state: feed, lastNewItemAt: itemsByFeed[feed.id ?? -1]?.0,
                                 items: itemsByFeed[feed.id ?? -1]?.1 ?? 0)
            }
            var outbox: [String: StoreStatus.Outbox] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT sink, state, COUNT(*) AS count,
                       MIN(CASE WHEN state = 'pending' THEN created_at END) AS oldest
                FROM deliveries GROUP BY sink, state ORDER BY sink
                """) {
                let sink: String = row["sink"]
                var entry = outbox[sink] ?? StoreStatus.Outbox(sink: sink, counts: [:], oldestPendingAt: nil)
                if let state = DeliveryState(rawValue: row["state"]) { entry.counts[state] = row["count"] }
                if let oldest: Date = row["oldest"] { entry.oldestPendingAt = oldest }
                outbox[sink] = entry
            }
            let models = try Row.fetchAll(db, sql: """
                SELECT m.negotiation, m.version, m.created_at, m.reason FROM model_versions m
                WHERE m.version = (SELECT MAX(version) FROM model_versions WHERE negotiation = m.negotiation)
                ORDER BY m.negotiation
                """).map { row in
                StoreStatus.Model(negotiation: row["negotiation"], version: row["version"],
                                  updatedAt: row["created_at"], reason: row["reason"])
            }
            return StoreStatus(feeds: feeds, outbox: outbox.values.sorted { $0.sink < $1.sink }, models: models)
        }
    }
}
