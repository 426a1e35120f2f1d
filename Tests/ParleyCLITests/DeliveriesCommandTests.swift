import Foundation
import ParleyCore
import ParleyStore
import Testing

/// `parley deliveries list|retry|drop` run as a child process on a real SQLite state file, which the test
/// holds open at the same time (as a running daemon would).
@Suite(.serialized, builtExecutable) struct DeliveriesCommandTests {
    static let epoch = Date(timeIntervalSince1970: 1_780_000_000)

    /// A state with alerts a1...a4, each delivered to `log` and to `hook`; on `hook`: a1 dead (400), a2 failed,
    /// a3 pending after one 503, a4 delivered.
    static func makeState(_ directory: URL) async throws -> SQLiteStateStore {
        let store = try SQLiteStateStore(directory: directory.path)
        let feedID = try await store.registerFeed(configURL: "https://news.example/feed", tags: []).id!
        for id in ["a1", "a2", "a3", "a4"] {
            let alert = Alert(id: id, detectedAt: epoch, negotiation: "russia-ukraine", kind: .quantityChanged,
                              issue: "prisoner-exchange", party: "ukraine", attribute: "size", before: .number(1),
                              after: .number(2), summary: "alert \(id)", severity: .notable, confidence: 0.8,
                              report: .init(url: "https://news.example/\(id)", title: id, published: epoch,
                                            feed: "https://news.example/feed"),
                              evidence: ["evidence"], corroboratingSources: 1)
            _ = try await store.commit(ItemCommit(
                key: ItemKey(feedID: feedID, guid: id, contentHash: ItemKey.contentHash(title: id, text: id)),
                reportURL: nil, seenAt: epoch, model: nil, alerts: [alert], sinks: ["log", "hook"]))
        }
        let hook = try await store.deliveries(matching: DeliveryFilter(sink: "hook"))
        try await store.markDead(id: hook[0].id!, error: "HTTP 400 (refused, not retried)",
                                 response: DeliveryResponse(status: 400, excerpt: "invalid_blocks\nsecond line"))
        try await store.markFailed(id: hook[1].id!, error: "HTTP 503 (gave up after 30 attempts)",
                                   response: DeliveryResponse(status: 503, excerpt: "down"))
        try await store.recordFailedAttempt(id: hook[2].id!, error: "HTTP 503",
                                            response: DeliveryResponse(status: 503, excerpt: ""),
                                            nextAttemptAt: epoch.addingTimeInterval(3600))
        try await store.markDelivered([hook[3].id!], cursor: nil, at: epoch)
        let log = try await store.deliveries(matching: DeliveryFilter(sink: "log")).compactMap(\.id)
        try await store.markDelivered(log, cursor: nil, at: epoch)
        return store
    }

    static func parley(_ arguments: [String], _ scratch: URL) async throws -> (Int32, String, String) {
        let result = try await DemoCommandTests.run(arguments, in: scratch)
        return (result.status, result.stdout, result.stderr)
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func listRetryAndDropDeadLetters() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let stateDir = scratch.appendingPathComponent("state")
            let store = try await Self.makeState(stateDir)
            let state = ["--state-dir", stateDir.path]

            // list: pending, failed and dead by default, oldest first; the kept answer in the row.
            var (status, out, err) = try await Self.parley(["deliveries", "list"] + state, scratch)
            #expect(status == 0, "\(err)")
            let rows = out.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
            #expect(rows.first?.first == "ID")
            #expect(rows.dropFirst().map { [$0[1], $0[2], $0[3], $0[5]] }
                    == [["dead", "hook", "a1", "400"], ["failed", "hook", "a2", "503"], ["pending", "hook", "a3", "503"]])
            #expect(rows.dropFirst().first?.last == "HTTP 400 (refused, not retried): invalid_blocks second line")

            // Filters, JSON.
            (status, out, err) = try await Self.parley(["deliveries", "list", "--state", "dead", "--json"] + state, scratch)
            var objects = try Self.jsonLines(out)
            #expect(status == 0 && objects.count == 1)
            #expect(objects.first?["alert_id"] as? String == "a1" && objects.first?["last_status"] as? Int == 400)
            #expect(objects.first?["last_response"] as? String == "invalid_blocks\nsecond line")
            (_, out, _) = try await Self.parley(["deliveries", "list", "--json", "--endpoint", "log", "--state",
                                                 "delivered", "--alert", "a2"] + state, scratch)
            objects = try Self.jsonLines(out)
            #expect(objects.map { $0["sink"] as? String } == ["log"])
            (_, out, _) = try await Self.parley(["deliveries", "list", "--json", "--endpoint", "nowhere"] + state,
                                                scratch)
            #expect(out.isEmpty)

            // retry one dead letter: pending again, attempts reset, due now.
            (status, out, err) = try await Self.parley(["deliveries", "retry", "--alert", "a1"] + state, scratch)
            #expect(status == 0 && out == "1 delivery queued\n", "\(out)\(err)")
            let retried = try #require(try await store.deliveries(matching: DeliveryFilter(sink: "hook", alertID: "a1")).first)
            #expect(retried.state == .pending && retried.attempts == 0 && retried.nextAttemptAt > Self.epoch)
            #expect(try await store.pendingDeliveries(sink: "hook", limit: 10).map(\.delivery.alertID) == ["a1", "a3"])

            // drop: only dead letters, never pending or delivered ones.
            (status, out, _) = try await Self.parley(["deliveries", "drop", "--endpoint", "hook"] + state, scratch)
            #expect(status == 0 && out == "1 delivery dropped\n")
            #expect(try await store.deliveries(matching: DeliveryFilter(sink: "hook")).map(\.alertID) == ["a1", "a3", "a4"])
            #expect(try await store.alert(id: "a2") != nil)

            // A state directory without a database is a state-path problem: 78, nothing created.
            let missing = scratch.appendingPathComponent("nothing-here")
            (status, _, err) = try await Self.parley(["deliveries", "list", "--state-dir", missing.path], scratch)
            #expect(status == 78 && err.contains("no database"))
            #expect(!FileManager.default.fileExists(atPath: missing.path))
        }
    }
}
