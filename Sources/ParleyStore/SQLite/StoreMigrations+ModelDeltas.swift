import GRDB

extension StoreMigrations {
    /// v5 (issue 12): a model version is a delta or a snapshot. Every version stored before is a whole model, so
    /// each existing row becomes a snapshot as it is (nothing rewritten, every old version still reads the same).
    static func registerModelDeltas(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: model versions are deltas or snapshots") { db in
            try db.alter(table: "model_versions") { t in
                t.add(column: "kind", .text).notNull().defaults(to: "snapshot")
            }
        }
    }
}
