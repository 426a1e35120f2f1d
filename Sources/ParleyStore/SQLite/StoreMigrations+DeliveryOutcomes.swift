import GRDB

extension StoreMigrations {
    /// v2 (issue 14): a delivery keeps the endpoint's last answer (status and the start of its body), and the
    /// outbox can be listed by alert. The new `dead` state needs no schema change (`state` is free text).
    static func registerDeliveryOutcomes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: deliveries keep the last HTTP status and response excerpt") { db in
            try db.alter(table: "deliveries") { t in
                t.add(column: "last_status", .integer)
                t.add(column: "last_response", .text)
            }
            try db.create(index: "deliveries_by_state", on: "deliveries", columns: ["state", "id"])
        }
    }
}
