import Foundation
import GRDB

// The operator's side of the outbox (`parley deliveries`): list, retry and drop, each one statement in one
// transaction, so they are safe beside a running daemon (WAL: readers never block it; a writer waits its turn).
extension SQLiteStateStore {
    public func deliveries(matching filter: DeliveryFilter) async throws -> [Delivery] {
        try await read("list deliveries") { db in
            var request = Self.request(filter).order(Column("id"))
            if let limit = filter.limit { request = request.limit(limit) }
            return try request.fetchAll(db)
        }
    }

    public func requeue(matching filter: DeliveryFilter, at date: Date) async throws -> Int {
        try await write("requeue deliveries") { db in
            let open = [DeliveryState.pending] + DeliveryState.deadLetters
            let request = Self.request(filter).filter(open.map(\.rawValue).contains(Column("state")))
            // A given-up delivery starts its retry count again; a pending one keeps it and becomes due now.
            // (SQLite evaluates every SET expression on the row as it was.)
            return try request.updateAll(
                db, Column("next_attempt_at").set(to: date),
                Column("attempts").set(to: SQL("CASE WHEN state = 'pending' THEN attempts ELSE 0 END")),
                Column("state").set(to: DeliveryState.pending.rawValue))
        }
    }

    public func drop(matching filter: DeliveryFilter) async throws -> Int {
        try await write("drop deliveries") { db in
            try Self.request(filter)
                .filter(DeliveryState.deadLetters.map(\.rawValue).contains(Column("state")))
                .deleteAll(db)
        }
    }

    private static func request(_ filter: DeliveryFilter) -> QueryInterfaceRequest<Delivery> {
        var request = Delivery.all()
        if let sink = filter.sink { request = request.filter(Column("sink") == sink) }
        if !filter.states.isEmpty { request = request.filter(filter.states.map(\.rawValue).contains(Column("state"))) }
        if let alertID = filter.alertID { request = request.filter(Column("alert_id") == alertID) }
        return request
    }
}
