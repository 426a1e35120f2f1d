import Foundation
import GRDB
@testable import ParleyStore
import Testing

/// Issue 14, migration v3: feeds fetched before the upgrade count as fetched (their items are not a backlog
/// on the next start); feeds never fetched stay new.
@Suite("Feed history migration")
struct FeedHistoryMigrationTests {
    @Test func feedsFetchedBeforeTheUpgradeAreNotNew() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/parley.sqlite"
        do {
            let pool = try DatabasePool(path: path)
            try StoreMigrations.migrator.migrate(pool, upTo: StoreMigrations.migrator.migrations[1])
            try await pool.write { db in
                try db.execute(sql: """
                    INSERT INTO feeds (id, config_url, url, etag) VALUES (1, 'https://a.example/', 'https://a.example/', '"x"');
                    INSERT INTO feeds (id, config_url, url) VALUES (2, 'https://b.example/', 'https://b.example/');
                    INSERT INTO feeds (id, config_url, url) VALUES (3, 'https://c.example/', 'https://c.example/');
                    INSERT INTO seen_items (feed_id, guid, content_hash, seen_at) VALUES (2, 'g', 'h', '2026-01-01');
                    """)
            }
            try pool.close()
        }
        let store = try SQLiteStateStore(path: path)
        let feeds = try await store.feeds()
        #expect(feeds.map { $0.firstFetchedAt != nil } == [true, true, false])
        #expect(feeds.allSatisfy { $0.lastSuccessAt == nil })
        var third = feeds[2]
        third.firstFetchedAt = Date(timeIntervalSince1970: 1_800_000_000)
        third.lastSuccessAt = third.firstFetchedAt
        try await store.updateFeed(third)
        #expect(try await store.feed(id: 3)?.lastSuccessAt == third.lastSuccessAt)
    }
}
