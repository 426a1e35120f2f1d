import Foundation
import ParleyCore
@testable import ParleySinks
@testable import ParleyStore
import GRDB
import ParleyTestSupport
import Testing

@Suite("Alert log sink")
struct AlertLogSinkTests {
    @Test("writes each pending alert as one JSON line, in order, and marks it delivered")
    func writesLines() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let store = try await SinkFixtures.store(alerts: ["a1", "a2", "a3"], sinks: ["log"])
        let sink = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        #expect(try await sink.deliverPending() == 3)
        #expect(try await sink.deliverPending() == 0)
        #expect(try SinkFixtures.ids(of: path) == ["a1", "a2", "a3"])
        // The line is the stored record itself (key order is the encoder's, so compare what it says).
        let firstLine = try #require(try SinkFixtures.lines(of: path).first)
        #expect(firstLine == (try await store.alert(id: "a1"))?.json)
        #expect(try AlertCoding.decoder().decode(Alert.self, from: Data(firstLine.utf8)) == SinkFixtures.alert("a1"))
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).isEmpty)
        let cursor = try #require(try await store.sinkCursor(sink: "log"))
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(cursor.offset == Int64(size ?? -1))
    }

    @Test("no duplicate line after a crash between the append and the outbox update",
          arguments: [false, true])
    func crashBetweenAppendAndOutbox(sqlite: Bool) async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let backend: any StateStore = sqlite ? try SQLiteStateStore(directory: dir.path) : MemoryStateStore()
        let store = try await SinkFixtures.store(alerts: ["a1", "a2"], sinks: ["log"], backend: backend)
        let first = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        try await first.deliverPending()
        try await SinkFixtures.commit(["a3", "a4"], sinks: ["log"], to: store)
        // The "crash": the lines are appended and fsynced, the outbox never hears of it.
        _ = try await first.append(try await store.pendingDeliveries(sink: "log", limit: 10))
        try await SinkFixtures.commit(["a5"], sinks: ["log"], to: store)

        let restarted = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        #expect(try await restarted.deliverPending() == 1)
        #expect(try SinkFixtures.ids(of: path) == ["a1", "a2", "a3", "a4", "a5"])
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).isEmpty)
    }

    @Test("a torn last line is cut and its alert written whole")
    func tornLine() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let store = try await SinkFixtures.store(alerts: ["a1"], sinks: ["log"])
        try await AlertLogSink(path: path, store: store, logger: SinkFixtures.logger).deliverPending()
        try await SinkFixtures.commit(["a2"], sinks: ["log"], to: store)
        let line = try AlertCoding.line(SinkFixtures.alert("a2"))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8.prefix(40)))
        try handle.close()

        try await AlertLogSink(path: path, store: store, logger: SinkFixtures.logger).deliverPending()
        #expect(try SinkFixtures.ids(of: path) == ["a1", "a2"])
    }

    @Test("logrotate: after a rename the next lines go to a new file at the path, with or without reopen()",
          arguments: [false, true])
    func rotation(signal: Bool) async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let store = try await SinkFixtures.store(alerts: ["a1", "a2"], sinks: ["log"])
        let sink = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        try await sink.deliverPending()
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        if signal {
            await sink.reopen()
        }
        try await SinkFixtures.commit(["a3"], sinks: ["log"], to: store)
        try await sink.deliverPending()
        #expect(try SinkFixtures.ids(of: path + ".1") == ["a1", "a2"])
        #expect(try SinkFixtures.ids(of: path) == ["a3"])

        // A deleted log is recreated too.
        try FileManager.default.removeItem(atPath: path)
        try await SinkFixtures.commit(["a4"], sinks: ["log"], to: store)
        try await sink.deliverPending()
        #expect(try SinkFixtures.ids(of: path) == ["a4"])
    }

    @Test("a crash after appending, then logrotate before the restart: the rotated file is searched")
    func crashThenRotation() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let store = try await SinkFixtures.store(alerts: ["a1"], sinks: ["log"])
        let first = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        try await first.deliverPending()
        try await SinkFixtures.commit(["a2"], sinks: ["log"], to: store)
        _ = try await first.append(try await store.pendingDeliveries(sink: "log", limit: 10))
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try await SinkFixtures.commit(["a3"], sinks: ["log"], to: store)

        let restarted = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        #expect(try await restarted.deliverPending() == 1)
        #expect(try SinkFixtures.ids(of: path + ".1") == ["a1", "a2"])
        #expect(try SinkFixtures.ids(of: path) == ["a3"])
    }

    @Test("the run loop delivers what the doorbell announces and stops when cancelled")
    func runLoop() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let store = try await SinkFixtures.store(alerts: ["a1"], sinks: ["log"])
        let sink = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger, pollInterval: .seconds(30))
        let loop = Task { await sink.run() }
        try await waitUntil { try await store.pendingDeliveries(sink: "log", limit: 1).isEmpty }
        try await SinkFixtures.commit(["a2"], sinks: ["log"], to: store)
        sink.doorbell.ring()
        try await waitUntil { try await store.pendingDeliveries(sink: "log", limit: 1).isEmpty }
        loop.cancel()
        await loop.value
        #expect(try SinkFixtures.ids(of: path) == ["a1", "a2"])
    }
}

/// Polls `condition` until it holds; fails the test after a generous limit.
func waitUntil(limit: Duration = .seconds(20), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("condition not met within \(limit)")
}

@Suite("Alert log sink and a failing outbox")
struct AlertLogOutboxFailureTests {
    @Test("an outbox update that fails after the append does not duplicate the lines on the next batch")
    func outboxFailure() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/alerts.jsonl"
        let store = try SQLiteStateStore(directory: dir.path + "/state")
        try await SinkFixtures.commit(["a1", "a2"], sinks: ["log"], to: store)
        try await store.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_delivered BEFORE UPDATE ON deliveries WHEN NEW.state = 'delivered'
                BEGIN SELECT RAISE(ABORT, 'database is busy'); END
                """)
        }
        let sink = AlertLogSink(path: path, store: store, logger: SinkFixtures.logger)
        await #expect(throws: StoreError.self) { try await sink.deliverPending() }
        try await store.pool.write { db in try db.execute(sql: "DROP TRIGGER refuse_delivered") }
        try await SinkFixtures.commit(["a3"], sinks: ["log"], to: store)

        #expect(try await sink.deliverPending() == 1)
        #expect(try SinkFixtures.ids(of: path) == ["a1", "a2", "a3"])
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).isEmpty)
    }
}
