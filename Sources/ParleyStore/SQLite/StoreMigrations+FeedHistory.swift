import GRDB

extension StoreMigrations {
    /// v3 (issue 14): a feed remembers its first complete fetch (before it, its items are a backlog that
    /// does not flood: `alert_backlog`) and its last successful poll (`parley status`). Feeds that were
    /// fetched before this version (validators or seen items) count as fetched already.
    static func registerFeedHistory(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: feeds remember their first and last successful fetch") { db in
            try db.alter(table: "feeds") { t in
                t.add(column: "first_fetched_at", .datetime)
                t.add(column: "last_success_at", .datetime)
            }
            try db.execute(sql: """
                UPDATE feeds SET first_fetched_at = CURRENT_TIMESTAMP
                WHERE etag IS NOT NULL OR last_modified IS NOT NULL
                   OR EXISTS (SELECT 1 FROM seen_items WHERE seen_items.feed_id = feeds.id)
                """)
        }
    }
}
