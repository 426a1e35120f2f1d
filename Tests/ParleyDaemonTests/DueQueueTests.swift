import Foundation
import ParleyStore
import ParleyTestSupport
import Testing
@testable import ParleyDaemon

/// Issue 14: the roster's due-queue. What is due comes out soonest first whatever the order of updates, and
/// the cost of one poll's scheduling (take the due feed, give it its next poll) does not grow with the feed
/// count (before: a scan and sort of every feed per tick, 8.4 ms per poll at 2,000 feeds).
@Suite("Due queue")
struct DueQueueTests {
    static func roster(feeds count: Int) async throws -> (FeedRoster, [FeedRoster.Entry]) {
        let store = MemoryStateStore()
        let roster = FeedRoster()
        try await roster.replace(with: (0..<count).map { FeedConfig(url: "https://feed\($0).example/rss") },
                                 store: store)
        return (roster, roster.all)
    }

    @Test func dueOrderFollowsEveryUpdate() async throws {
        let (roster, entries) = try await Self.roster(feeds: 200)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var random = SplitMix(seed: 14)
        var expected: [Int64: Date] = [:]
        // Several updates per feed, in random order; only the last one counts.
        for _ in 0..<3 {
            for var entry in entries.shuffled(using: &random) {
                let next = now.addingTimeInterval(Double(random.next() % 10_000) / 100 - 50)
                entry.state.nextPollAt = next
                roster.update(entry.state)
                expected[entry.id] = next
            }
        }
        let due = roster.due(at: now, excluding: [], limit: 1000)
        let wanted = expected.filter { $0.value <= now }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        #expect(due.map(\.id) == wanted)
        #expect(roster.nextDue() == expected.values.min())
        // Returned feeds stay queued until their next poll is set: asked again, the same.
        #expect(roster.due(at: now, excluding: [], limit: 1000).map(\.id) == wanted)
        // A busy feed is skipped, not lost.
        let busy = Set(wanted.prefix(3))
        #expect(roster.due(at: now, excluding: busy, limit: 1000).map(\.id) == Array(wanted.dropFirst(3)))
        #expect(roster.due(at: now, excluding: [], limit: 2).map(\.id) == Array(wanted.prefix(2)))
    }

    /// One simulated poll: take the soonest due feed, give it a next poll one "interval" later.
    static func secondsPerPoll(_ roster: FeedRoster, entries: [FeedRoster.Entry], polls: Int) -> Double {
        let count = entries.count
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for (index, var entry) in entries.enumerated() {
            entry.state.nextPollAt = start.addingTimeInterval(Double(index) / Double(count))
            roster.update(entry.state)
        }
        var now = start
        let elapsed = ContinuousClock().measure {
            for _ in 0..<polls {
                now = now.addingTimeInterval(1 / Double(count))
                for var entry in roster.due(at: now, excluding: [], limit: 8) {
                    entry.state.nextPollAt = now.addingTimeInterval(1)
                    roster.update(entry.state)
                }
            }
        }
        let (seconds, attoseconds) = elapsed.components
        return (Double(seconds) + Double(attoseconds) / 1e18) / Double(polls)
    }

    @Test func costPerPollDoesNotGrowWithTheFeedCount() async throws {
        // Best of three, so a busy machine's hiccup does not decide.
        let (smallRoster, smallEntries) = try await Self.roster(feeds: 100)
        let (largeRoster, largeEntries) = try await Self.roster(feeds: 10_000)
        var small = Double.infinity
        var large = Double.infinity
        for _ in 0..<3 {
            small = min(small, Self.secondsPerPoll(smallRoster, entries: smallEntries, polls: 5_000))
            large = min(large, Self.secondsPerPoll(largeRoster, entries: largeEntries, polls: 5_000))
        }
        print("due queue: \(Int(small * 1e9)) ns per poll at 100 feeds, \(Int(large * 1e9)) ns at 10,000")
        // A scan would be ~100x; a heap is log n (about 2x here). Generous for a loaded debug build.
        #expect(large < small * 6, "\(large) s per poll at 10,000 feeds vs \(small) s at 100")
    }
}
