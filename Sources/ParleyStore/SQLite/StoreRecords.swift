import Foundation
import GRDB

// GRDB conformances of the store's public records, one table each. They live beside the SQLite backend so
// the public types and the `StateStore` protocol stay backend-neutral.

extension FeedState: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "feeds"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension ModelVersion: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "model_versions"
}

extension StoredAlert: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "alerts"
}

extension Delivery: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "deliveries"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension SinkCursor: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sink_cursors"
}

/// A row of `seen_items`: one processed feed item. Internal: callers ask `hasSeen`, never for rows.
struct SeenItemRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "seen_items"

    var id: Int64?
    var feedID: Int64
    var guid: String
    var contentHash: String
    var reportURL: String?
    var seenAt: Date

    enum CodingKeys: String, CodingKey {
        case id, guid
        case feedID = "feed_id"
        case contentHash = "content_hash"
        case reportURL = "report_url"
        case seenAt = "seen_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
