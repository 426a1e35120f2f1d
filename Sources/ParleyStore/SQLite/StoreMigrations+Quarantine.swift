import GRDB

extension StoreMigrations {
    /// v4 (issue 15): the body each feed is processing, noted before processing starts, and the bodies
    /// quarantined because runs kept ending while processing them.
    static func registerQuarantine(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: processing notes and quarantined bodies") { db in
            try db.create(table: "processing_notes") { t in
                t.primaryKey("feed_id", .integer).references("feeds", onDelete: .cascade)
                t.column("body_hash", .text).notNull()
                t.column("interruptions", .integer).notNull().defaults(to: 0)
                t.column("alone", .boolean).notNull().defaults(to: false)
                t.column("started_at", .datetime).notNull()
            }
            try db.create(table: "quarantined_bodies") { t in
                t.column("feed_id", .integer).notNull().references("feeds", onDelete: .cascade)
                t.column("body_hash", .text).notNull()
                t.column("interruptions", .integer).notNull()
                t.column("quarantined_at", .datetime).notNull()
                t.primaryKey(["feed_id", "body_hash"])
            }
        }
    }
}
