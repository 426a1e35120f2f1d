import Foundation
import ParleyCore
import ParleyStore
import Testing

/// `parley status` as a child process on a real SQLite state file held open by the test (as by a daemon).
@Suite(.serialized, builtExecutable) struct StatusCommandTests {
    @Test func showsFeedsDeliveriesAndModels() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let stateDir = scratch.appendingPathComponent("state")
            let store = try await DeliveriesCommandTests.makeState(stateDir)
            var healthy = try #require(try await store.feeds().first)
            healthy.firstFetchedAt = DeliveriesCommandTests.epoch
            healthy.lastSuccessAt = DeliveriesCommandTests.epoch.addingTimeInterval(60)
            healthy.nextPollAt = DeliveriesCommandTests.epoch.addingTimeInterval(960)
            try await store.updateFeed(healthy)
            var failing = try await store.registerFeed(configURL: "https://broken.example/rss", tags: [])
            failing.errorCount = 3
            failing.lastError = "fetch: HTTP 503"
            try await store.updateFeed(failing)
            _ = try await store.registerFeed(configURL: "https://fresh.example/rss", tags: [])
            _ = try await store.commit(ItemCommit(
                key: ItemKey(feedID: healthy.id!, guid: "m1", contentHash: ItemKey.contentHash(title: "m", text: "m")),
                reportURL: "https://news.example/m1", seenAt: DeliveriesCommandTests.epoch.addingTimeInterval(30),
                model: NewModelVersion(negotiation: "russia-ukraine", model: Data("{}".utf8), reason: "round 3 held"),
                alerts: [], sinks: []))

            let result = try await DemoCommandTests.run(["status", "--state-dir", stateDir.path], in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            let sections = result.stdout.components(separatedBy: "\n\n")
            #expect(sections.count == 3)
            let feeds = sections[0].split(separator: "\n").dropFirst(2).map { $0.split(separator: "\t").map(String.init) }
            #expect(feeds.map { $0[1] } == ["ok", "failing(3)", "new"])
            #expect(feeds[0][2] == "2026-05-28T20:27:40Z" && feeds[0][3] == "2026-05-28T20:27:10Z")
            #expect(feeds[0][5] == "5" && feeds[1][7] == "fetch: HTTP 503" && feeds[2][4] == "now")
            let outbox = sections[1].split(separator: "\n").dropFirst(2).map { $0.split(separator: "\t").map(String.init) }
            #expect(outbox.map { Array($0.prefix(5)) } == [["hook", "1", "1", "1", "1"], ["log", "0", "0", "0", "4"]])
            #expect(sections[2].contains("russia-ukraine\t1\t2026-05-28T20:27:10Z\tround 3 held"))
        }
    }
}
