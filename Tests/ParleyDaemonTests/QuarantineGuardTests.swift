import Foundation
import Logging
@testable import ParleyDaemon
import ParleyStore
import Testing

/// The guard in front of every fetched body (issue 15), on a real SQLite store.
@Suite struct QuarantineGuardTests {
    @Test func aBodyIsProcessedWhenItsNoteIsWritten() async throws {
        let directory = try TestDirectory("quarantine-guard-ok")
        let store = try SQLiteStateStore(directory: directory.path("state"))
        defer { try? store.close() }
        let feed = try await store.registerFeed(configURL: "https://example.org/feed.xml", tags: [])
        let guardian = QuarantineGuard(store: store, logger: Logger(label: "test"))
        let state = await guardian.guarding(Data("<rss/>".utf8), feedID: try #require(feed.id), skipped: FeedState(configURL: "skipped"),
                                            unnoted: { FeedState(configURL: "unnoted", lastError: $0) }) {
            FeedState(configURL: "processed")
        }
        #expect(state.configURL == "processed")
    }

    /// A store that cannot say whether the body is quarantined (here: closed) must not let the body through: a
    /// quarantined body processed unguarded crashes the daemon again. The body waits for the next poll.
    @Test func aBodyTheStoreCannotNoteWaitsForTheNextPoll() async throws {
        let directory = try TestDirectory("quarantine-guard-unnoted")
        let store = try SQLiteStateStore(directory: directory.path("state"))
        let feed = try await store.registerFeed(configURL: "https://example.org/feed.xml", tags: [])
        try store.close()
        let guardian = QuarantineGuard(store: store, logger: Logger(label: "test"))
        let state = await guardian.guarding(Data("<rss/>".utf8), feedID: try #require(feed.id), skipped: FeedState(configURL: "skipped"),
                                            unnoted: { FeedState(configURL: "unnoted", lastError: $0) }) {
            Issue.record("the body was processed without its note")
            return FeedState(configURL: "processed")
        }
        #expect(state.configURL == "unnoted")
        #expect(state.lastError?.contains("cannot note the body being processed") == true)
    }
}
