import Foundation
import Logging
import ParleyStore
import Testing
@testable import ParleyDaemon

/// Issue 14: polling that falls behind its schedule is logged, at most once a minute; polls on time and feeds
/// never polled are not.
@Suite("Poll lateness")
struct PollLatenessTests {
    static func entry(id: Int64, due: Date?) -> FeedRoster.Entry {
        FeedRoster.Entry(config: FeedConfig(url: "https://feed\(id).example/rss"),
                         state: FeedState(id: id, configURL: "https://feed\(id).example/rss", nextPollAt: due))
    }

    @Test func lateStartsAreLoggedOncePerMinute() throws {
        let (logger, lines, _) = KeyValueLogHandlerTests.logger(journal: true)
        let now = Date()
        var lateness = PollLateness(minPollInterval: .milliseconds(100))
        #expect(lateness.threshold == 1)
        lateness.note([Self.entry(id: 1, due: now.addingTimeInterval(-0.5)), Self.entry(id: 2, due: nil)], now: now,
                      inFlight: 0, concurrency: 8, feeds: 2, logger: logger)
        #expect(lines.all.isEmpty, "on time, or never polled: not late")
        lateness.note([Self.entry(id: 1, due: now.addingTimeInterval(-13.8)), Self.entry(id: 3, due: now.addingTimeInterval(-2))],
                      now: now, inFlight: 8, concurrency: 8, feeds: 2000, logger: logger)
        let line = try #require(lines.all.first)
        #expect(line.contains("msg=\"polling behind schedule\""))
        #expect(line.contains("poll.late_polls=2") && line.contains("poll.max_lateness_seconds=13.8"))
        #expect(line.contains("feeds=2000") && line.contains("limits.concurrency=8"))
        lateness.note([Self.entry(id: 4, due: now.addingTimeInterval(-30))], now: now, inFlight: 8, concurrency: 8,
                      feeds: 2000, logger: logger)
        #expect(lines.all.count == 1, "at most one line a minute")
        #expect(PollLateness(minPollInterval: .seconds(300)).threshold == 150)
    }
}
