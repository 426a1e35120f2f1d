import GRDB

/// The schema, as named migrations that are frozen once merged: a change is a new migration appended here,
/// never an edit of an old one (GRDB, Documentation.docc/Migrations.md). No app types inside, so old
/// migrations keep compiling whatever the records become.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: feeds, seen items, model versions, alerts, outbox, sink cursors") { db in
            try db.create(table: "feeds") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("config_url", .text).notNull().unique()
                t.column("url", .text).notNull()
                t.column("etag", .text)
                t.column("last_modified", .text)
                t.column("next_poll_at", .datetime)
                t.column("error_count", .integer).notNull().defaults(to: 0)
                t.column("last_error", .text)
                t.column("retired", .boolean).notNull().defaults(to: false)
                t.column("tags", .jsonText).notNull().defaults(to: "[]")
            }
            try db.create(table: "seen_items") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("feed_id", .integer).notNull().references("feeds", onDelete: .cascade)
                t.column("guid", .text).notNull()
                t.column("content_hash", .text).notNull()
                t.column("report_url", .text)
                t.column("seen_at", .datetime).notNull()
                t.uniqueKey(["feed_id", "guid"])
            }
            // Not unique: the guid is the row's key; the hash is only looked up (`hasSeen`), so an index suffices.
            try db.create(index: "seen_items_by_hash", on: "seen_items", columns: ["feed_id", "content_hash"])
            try db.create(table: "model_versions") { t in
                t.column("negotiation", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("model", .blob).notNull()
                t.column("report_url", .text)
                t.column("created_at", .datetime).notNull()
                t.column("reason", .text).notNull()
                t.primaryKey(["negotiation", "version"])
            }
            try db.create(table: "alerts") { t in
                t.primaryKey("id", .text)
                t.column("negotiation", .text).notNull()
                t.column("json", .text).notNull()
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "deliveries") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("alert_id", .text).notNull().references("alerts", onDelete: .cascade)
                t.column("sink", .text).notNull()
                t.column("webhook_id", .text).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("next_attempt_at", .datetime).notNull()
                t.column("state", .text).notNull()
                t.column("last_error", .text)
                t.column("created_at", .datetime).notNull()
                t.column("delivered_at", .datetime)
                t.uniqueKey(["alert_id", "sink"])
            }
            try db.create(index: "deliveries_by_sink_state", on: "deliveries", columns: ["sink", "state", "id"])
            try db.create(table: "sink_cursors") { t in
                t.primaryKey("sink", .text)
                t.column("inode", .integer).notNull()
                t.column("offset", .integer).notNull()
                t.column("updated_at", .datetime).notNull()
            }
        }
        registerDeliveryOutcomes(&migrator)
        registerFeedHistory(&migrator)
        registerQuarantine(&migrator)
        registerModelDeltas(&migrator)
        return migrator
    }
}
