import Foundation
@testable import ParleyStore
import Testing

@Suite("Feeds and the database file")
struct FeedStateTests {
    @Test("registering is idempotent by configured URL and keeps HTTP state; updates persist",
          arguments: Backend.allCases)
    func registerAndUpdate(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        var feed = try await store.registerFeed(configURL: "https://a.example/feed", tags: ["wire"])
        #expect(feed.url == "https://a.example/feed" && feed.errorCount == 0 && !feed.retired)
        feed.url = "https://a.example/moved"
        feed.etag = "\"abc\""
        feed.lastModified = "Wed, 21 Oct 2026 07:28:00 GMT"
        feed.nextPollAt = StoreFixtures.epoch
        feed.errorCount = 3
        feed.lastError = "HTTP 503"
        try await store.updateFeed(feed)

        let again = try await store.registerFeed(configURL: "https://a.example/feed", tags: ["wire", "ru"])
        #expect(again.id == feed.id && again.etag == "\"abc\"" && again.url == "https://a.example/moved")
        #expect(again.tags == ["wire", "ru"] && again.nextPollAt == StoreFixtures.epoch)
        _ = try await store.registerFeed(configURL: "https://b.example/feed", tags: [])
        #expect(try await store.feeds().map(\.configURL) == ["https://a.example/feed", "https://b.example/feed"])
        #expect(try await store.feed(id: try #require(feed.id))?.lastError == "HTTP 503")

        await #expect(throws: StoreError.self) {
            try await store.updateFeed(FeedState(id: 999, configURL: "https://nowhere.example/"))
        }
    }

    @Test("the SQLite file is migrated once, in WAL mode, and everything survives close and reopen")
    func reopenAfterClose() async throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStateStore(directory: dir.path)
        let migrations = try await store.appliedMigrations()
        #expect(migrations.count == StoreMigrations.migrator.migrations.count)
        let mode = try await store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g1", alerts: ["a1"], model: "{}"))
        try store.close()

        let reopened = try SQLiteStateStore(path: store.path)
        #expect(try await reopened.appliedMigrations() == migrations)
        #expect(try await reopened.hasSeen(ItemKey(feedID: feedID, guid: "g1", contentHash: "")))
        #expect(try await reopened.pendingDeliveries(sink: "log", limit: 10).map(\.delivery.alertID) == ["a1"])
        #expect(try await reopened.latestModelVersion(negotiation: "russia-ukraine")?.version == 1)
        try reopened.close()
    }

    @Test("a database path that cannot be opened names the path")
    func openFailure() throws {
        let dir = try TemporaryDirectory()
        let blocker = dir.path + "/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        #expect {
            try SQLiteStateStore(directory: blocker + "/state")
        } throws: { error in
            "\(error)".contains(blocker)
        }
    }
}
