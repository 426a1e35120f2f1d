import Foundation
import ParleyStore
import ParleyTestSupport
import Testing
@testable import ParleyDaemon

/// The poller's in-memory feed set: what is due, and what a reload adds, removes and keeps.
@Suite("Feed roster")
struct FeedRosterTests {
    @Test func dueFeedsAreSoonestFirstSkippingBusyRetiredAndFuture() async throws {
        let store = MemoryStateStore()
        let roster = FeedRoster()
        let urls = (1...4).map { "https://feed\($0).example/rss" }
        try await roster.replace(with: urls.map { FeedConfig(url: $0) }, store: store)
        let now = Date()
        var entries = roster.all
        entries[0].state.nextPollAt = now.addingTimeInterval(-10)
        entries[1].state.nextPollAt = now.addingTimeInterval(-60)
        entries[2].state.nextPollAt = now.addingTimeInterval(60)
        entries[3].state.retired = true
        for entry in entries { roster.update(entry.state) }

        #expect(roster.due(at: now, excluding: [], limit: 10).map(\.state.url) == [urls[1], urls[0]])
        #expect(roster.due(at: now, excluding: [entries[1].id], limit: 10).map(\.state.url) == [urls[0]])
        #expect(roster.due(at: now, excluding: [], limit: 1).map(\.state.url) == [urls[1]])
        #expect(roster.nextDue() == entries[1].state.nextPollAt)
    }

    @Test func replaceAddsRemovesAndKeepsStateOfFeedsThatStay() async throws {
        let store = MemoryStateStore()
        let roster = FeedRoster()
        try await roster.replace(with: [FeedConfig(url: "https://a.example/"), FeedConfig(url: "https://b.example/")],
                                 store: store)
        var b = try #require(roster.all.first { $0.state.url == "https://b.example/" })
        b.state.etag = "\"v7\""
        roster.update(b.state)

        let (added, removed) = try await roster.replace(
            with: [FeedConfig(url: "https://b.example/", name: "B"), FeedConfig(url: "https://c.example/")],
            store: store)
        #expect(added.count == 1 && removed.count == 1)
        #expect(Set(roster.all.map(\.state.url)) == ["https://b.example/", "https://c.example/"])
        let kept = try #require(roster.all.first { $0.state.url == "https://b.example/" })
        #expect(kept.state.etag == "\"v7\"")
        #expect(kept.config.name == "B")
        // The removed feed stays in the store with its state, so re-adding it does not re-alert old items.
        #expect(await store.feeds().map(\.configURL).contains("https://a.example/"))
    }
}
