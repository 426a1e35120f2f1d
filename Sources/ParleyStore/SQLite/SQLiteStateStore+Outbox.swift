import Foundation
import GRDB

extension SQLiteStateStore {
    public func pendingDeliveries(sink: String, limit: Int) async throws -> [PendingDelivery] {
        try await read("list pending deliveries of \(sink)") { db in
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT deliveries.*, alerts.json AS alert_json
                FROM deliveries JOIN alerts ON alerts.id = deliveries.alert_id
                WHERE deliveries.sink = ? AND deliveries.state = 'pending'
                ORDER BY deliveries.id LIMIT ?
                """), arguments: [sink, limit])
            return try rows.map { row in
                PendingDelivery(delivery: try Delivery(row: row), alertJSON: row["alert_json"])
            }
        }
    }

    public func markDelivered(_ ids: [Int64], cursor: SinkCursor?, at date: Date) async throws {
        try await write("mark \(ids.count) deliveries delivered") { db in
            let update = try db.cachedStatement(sql: """
                UPDATE deliveries SET state = 'delivered', delivered_at = ?, attempts = attempts + 1,
                last_error = NULL, last_status = NULL, last_response = NULL WHERE id = ?
                """)
            for id in ids {
                try update.execute(arguments: [date, id])
                guard db.changesCount == 1 else { throw StoreError.unknownDelivery(id) }
            }
            try cursor?.save(db)
        }
    }

    public func recordFailedAttempt(id: Int64, error: String, response: DeliveryResponse?,
                                    nextAttemptAt: Date) async throws {
        try await write("record failed attempt of delivery \(id)") { db in
            try db.execute(sql: """
                UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                last_status = ?, last_response = ? WHERE id = ?
                """, arguments: [error, nextAttemptAt, response?.status, response?.excerpt, id])
            guard db.changesCount == 1 else { throw StoreError.unknownDelivery(id) }
        }
    }

    public func markFailed(id: Int64, error: String, response: DeliveryResponse?) async throws {
        try await giveUp(id: id, state: .failed, error: error, response: response)
    }

    public func markDead(id: Int64, error: String, response: DeliveryResponse?) async throws {
        try await giveUp(id: id, state: .dead, error: error, response: response)
    }

    private func giveUp(id: Int64, state: DeliveryState, error: String, response: DeliveryResponse?) async throws {
        try await write("move delivery \(id) to \(state.rawValue)") { db in
            try db.execute(sql: """
                UPDATE deliveries SET state = ?, attempts = attempts + 1, last_error = ?, last_status = ?,
                last_response = ? WHERE id = ?
                """, arguments: [state.rawValue, error, response?.status, response?.excerpt, id])
            guard db.changesCount == 1 else { throw StoreError.unknownDelivery(id) }
        }
    }

    public func deliveries(state: DeliveryState, sink: String?) async throws -> [Delivery] {
        try await read("list \(state.rawValue) deliveries") { db in
            var request = Delivery.filter(Column("state") == state.rawValue)
            if let sink {
                request = request.filter(Column("sink") == sink)
            }
            return try request.order(Column("id")).fetchAll(db)
        }
    }

    public func requeueFailed(sink: String?, at date: Date) async throws -> Int {
        try await write("requeue failed deliveries") { db in
            var request = Delivery.filter(Column("state") == DeliveryState.failed.rawValue)
            if let sink {
                request = request.filter(Column("sink") == sink)
            }
            return try request.updateAll(db, Column("state").set(to: DeliveryState.pending.rawValue),
                                         Column("attempts").set(to: 0), Column("next_attempt_at").set(to: date))
        }
    }

    public func sinkCursor(sink: String) async throws -> SinkCursor? {
        try await read("read cursor of \(sink)") { db in try SinkCursor.fetchOne(db, key: sink) }
    }
}
