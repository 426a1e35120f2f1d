import Foundation
import GRDB
@testable import ParleyStore
import Testing

/// Issue 14: the outbox's dead letters in the store. A v1 database upgrades in place (a new named migration,
/// the old one untouched); dead, failed and pending deliveries are listed by filter, retried and dropped.
@Suite("Dead letters in the store")
struct DeadLetterStoreTests {
    @Test("a database made by the v1 schema migrates to v2 and keeps its deliveries")
    func upgradesV1() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/parley.sqlite"
        do {
            let pool = try DatabasePool(path: path)
            let first = try #require(StoreMigrations.migrator.migrations.first)
            try StoreMigrations.migrator.migrate(pool, upTo: first)
            try await pool.write { db in
                try db.execute(sql: """
                    INSERT INTO alerts (id, negotiation, json, created_at) VALUES ('a1', 'n', '{}', '2026-01-01');
                    INSERT INTO deliveries (alert_id, sink, webhook_id, attempts, next_attempt_at, state, last_error,
                    created_at) VALUES ('a1', 'hook', 'msg_a1', 30, '2026-01-01', 'failed', 'HTTP 500', '2026-01-01');
                    """)
            }
            try pool.close()
        }
        let store = try SQLiteStateStore(path: path)
        #expect(try await store.appliedMigrations().count == StoreMigrations.migrator.migrations.count)
        let failed = try await store.deliveries(matching: DeliveryFilter(states: [.failed]))
        #expect(failed.map(\.alertID) == ["a1"] && failed.first?.lastStatus == nil)
        #expect(try await store.requeue(matching: DeliveryFilter(sink: "hook"), at: Date()) == 1)
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 5).first?.delivery.attempts == 0)
    }

    @Test("filters, retry and drop touch only what they should", arguments: Backend.allCases)
    func filtersRetryDrop(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        for guid in ["g1", "g2", "g3", "g4"] {
            _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: guid, alerts: ["a-" + guid]))
        }
        let hook = try await store.deliveries(matching: DeliveryFilter(sink: "hook"))
        #expect(hook.count == 4)
        try await store.markDead(id: hook[0].id!, error: "HTTP 400",
                                 response: DeliveryResponse(status: 400, body: Data("bad payload".utf8)))
        try await store.markFailed(id: hook[1].id!, error: "HTTP 503", response: nil)
        try await store.markDelivered([hook[3].id!], cursor: nil, at: Date())

        let dead = try await store.deliveries(matching: DeliveryFilter(states: [.dead]))
        #expect(dead.map(\.alertID) == ["a-g1"] && dead.first?.lastResponse == "bad payload")
        #expect(try await store.deliveries(matching: DeliveryFilter(alertID: "a-g2")).map(\.sink).sorted() == ["hook", "log"])
        #expect(try await store.deliveries(matching: DeliveryFilter(sink: "hook", limit: 2)).count == 2)
        // Dead letters never block: the pending head of the endpoint is the third alert.
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 1).first?.delivery.alertID == "a-g3")

        #expect(try await store.drop(matching: DeliveryFilter(sink: "hook", states: [.pending, .delivered])) == 0)
        #expect(try await store.requeue(matching: DeliveryFilter(sink: "hook", states: [.dead]), at: Date()) == 1)
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 5).map(\.delivery.alertID) == ["a-g1", "a-g3"])
        #expect(try await store.drop(matching: DeliveryFilter(sink: "hook")) == 1)
        #expect(try await store.deliveries(matching: DeliveryFilter(sink: "hook")).map(\.alertID) == ["a-g1", "a-g3", "a-g4"])
        #expect(try await store.alert(id: "a-g2") != nil)
    }

    @Test("a response excerpt is bounded and never splits a character")
    func excerpt() {
        let body = Data(String(repeating: "é", count: 3000).utf8)
        let response = DeliveryResponse(status: 400, body: body)
        #expect(response.excerpt.utf8.count <= DeliveryResponse.excerptLimit)
        #expect(response.excerpt.allSatisfy { $0 == "é" } && response.excerpt.count == 1024)
        #expect(DeliveryResponse(status: 400, body: Data("short".utf8)).excerpt == "short")
    }
}
