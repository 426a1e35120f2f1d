import Foundation
import ParleyCore
@testable import ParleyStore
import Testing

@Suite("Outbox of deliveries")
struct OutboxTests {
    @Test("pending deliveries come in commit order per sink, and delivered ones leave the queue",
          arguments: Backend.allCases)
    func ordering(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        for item in 1...3 {
            _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g\(item)",
                                                          alerts: ["a\(item)x", "a\(item)y"]))
        }
        let log = try await store.pendingDeliveries(sink: "log", limit: 100)
        #expect(log.map(\.delivery.alertID) == ["a1x", "a1y", "a2x", "a2y", "a3x", "a3y"])
        #expect(log.map(\.id) == log.map(\.id).sorted())
        #expect(log.allSatisfy { $0.alertJSON.contains(#""id":"\#($0.delivery.alertID)""#) })
        #expect(try await store.pendingDeliveries(sink: "log", limit: 2).map(\.delivery.alertID) == ["a1x", "a1y"])

        let cursor = SinkCursor(sink: "log", inode: 77, offset: 1234, updatedAt: StoreFixtures.epoch)
        try await store.markDelivered(log.prefix(3).map(\.id), cursor: cursor, at: StoreFixtures.epoch)
        #expect(try await store.pendingDeliveries(sink: "log", limit: 100).map(\.delivery.alertID)
            == ["a2y", "a3x", "a3y"])
        #expect(try await store.sinkCursor(sink: "log") == cursor)
        // The other sink's queue is its own.
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 100).count == 6)
        let delivered = try await store.deliveries(state: .delivered, sink: "log")
        #expect(delivered.map(\.alertID) == ["a1x", "a1y", "a2x"])
        #expect(delivered.allSatisfy { $0.attempts == 1 && $0.deliveredAt == StoreFixtures.epoch })
    }

    @Test("failed attempts are counted and rescheduled; given-up deliveries are kept and listed",
          arguments: Backend.allCases)
    func failedKept(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g1", alerts: ["a1", "a2"]))
        let first = try #require(try await store.pendingDeliveries(sink: "hook", limit: 1).first)
        let later = StoreFixtures.epoch.addingTimeInterval(60)
        try await store.recordFailedAttempt(id: first.id, error: "HTTP 503", nextAttemptAt: later)
        let retried = try #require(try await store.pendingDeliveries(sink: "hook", limit: 1).first)
        #expect(retried.id == first.id && retried.delivery.attempts == 1)
        #expect(retried.delivery.nextAttemptAt == later && retried.delivery.lastError == "HTTP 503")

        try await store.markFailed(id: first.id, error: "HTTP 503 after 12 attempts")
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 10).map(\.delivery.alertID) == ["a2"])
        let failed = try await store.deliveries(state: .failed, sink: nil)
        #expect(failed.map(\.alertID) == ["a1"])
        #expect(failed.first?.attempts == 2 && failed.first?.lastError == "HTTP 503 after 12 attempts")
        #expect(try await store.deliveries(state: .failed, sink: "log").isEmpty)

        #expect(try await store.requeueFailed(sink: "hook", at: later) == 1)
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 10).map(\.delivery.alertID) == ["a1", "a2"])
        #expect(try await store.deliveries(state: .failed, sink: nil).isEmpty)
    }

    @Test("unknown delivery ids are an error and change nothing", arguments: Backend.allCases)
    func unknownDelivery(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g1", alerts: ["a1"]))
        let pending = try await store.pendingDeliveries(sink: "log", limit: 10)
        await #expect(throws: StoreError.self) {
            try await store.markDelivered(pending.map(\.id) + [999], cursor: nil, at: StoreFixtures.epoch)
        }
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10) == pending)
        await #expect(throws: StoreError.self) { try await store.markFailed(id: 999, error: "x") }
    }
}
