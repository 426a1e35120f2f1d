import Foundation
import GRDB
import ParleyCore
@testable import ParleyStore
import Testing

@Suite("Committing items")
struct ItemCommitTests {
    @Test("one commit marks the item seen, stores the model version, alerts and one delivery per sink",
          arguments: Backend.allCases)
    func commitWritesEverything(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feed = try await store.registerFeed(configURL: "https://a.example/feed", tags: [])
        let feedID = try #require(feed.id)

        let result = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g1", alerts: ["a1", "a2"],
                                                               model: #"{"v":1}"#))
        #expect(result == .committed(modelVersions: ["russia-ukraine": 1], deliveries: 4))
        #expect(try await store.hasSeen(ItemKey(feedID: feedID, guid: "g1", contentHash: "other")))
        let model = try #require(try await store.latestModelVersion(negotiation: "russia-ukraine"))
        #expect(model.version == 1 && model.model == Data(#"{"v":1}"#.utf8))
        #expect(model.reportURL == "https://news.example/g1" && model.reason == "after g1")
        #expect(try await store.alerts(limit: 10).map(\.id) == ["a1", "a2"])
        let stored = try #require(try await store.alert(id: "a1"))
        #expect(try stored.decoded() == StoreFixtures.alert("a1"))
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).map(\.delivery.alertID) == ["a1", "a2"])
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 10).map(\.delivery.webhookID)
            == ["msg_a1", "msg_a2"])

        let second = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g2", model: #"{"v":2}"#))
        #expect(second == .committed(modelVersions: ["russia-ukraine": 2], deliveries: 0))
        #expect(try await store.modelVersions(negotiation: "russia-ukraine").map(\.version) == [1, 2])
        #expect(try await store.modelVersion(negotiation: "russia-ukraine", version: 1)?.model == model.model)
    }

    @Test("a republished item is not processed twice: same guid, or new guid with the same text",
          arguments: Backend.allCases)
    func dedupe(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        let otherFeed = try #require(try await store.registerFeed(configURL: "https://b.example/feed", tags: []).id)
        _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g1", text: "Talks  in\nIstanbul",
                                                      alerts: ["a1"], model: "{}"))

        let sameGUID = StoreFixtures.item(feedID: feedID, guid: "g1", text: "edited text", alerts: ["a9"], model: "{}")
        #expect(try await store.commit(sameGUID) == .alreadySeen)
        // Whitespace differences do not make the text new.
        let sameText = StoreFixtures.item(feedID: feedID, guid: "g1-republished", text: "Talks in Istanbul",
                                          alerts: ["a8"], model: "{}")
        #expect(try await store.hasSeen(sameText.key))
        #expect(try await store.commit(sameText) == .alreadySeen)
        #expect(try await store.alerts(limit: 10).map(\.id) == ["a1"])
        #expect(try await store.modelVersions(negotiation: "russia-ukraine").count == 1)

        // Seen items are per feed: another feed carrying the same guid is a new item there.
        let elsewhere = StoreFixtures.item(feedID: otherFeed, guid: "g1", text: "Talks in Istanbul", alerts: ["b1"])
        #expect(try await store.commit(elsewhere) == .committed(modelVersions: [:], deliveries: 2))
    }

    @Test("an alert id already committed is not stored or delivered again", arguments: Backend.allCases)
    func duplicateAlertID(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g1", alerts: ["a1"]))
        let result = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g2", alerts: ["a1", "a2"]))
        #expect(result == .committed(modelVersions: [:], deliveries: 2))
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).map(\.delivery.alertID) == ["a1", "a2"])
    }

    @Test("a commit for an unknown feed fails and writes nothing", arguments: Backend.allCases)
    func unknownFeed(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        await #expect(throws: StoreError.self) {
            try await store.commit(StoreFixtures.item(feedID: 42, guid: "g1", alerts: ["a1"], model: "{}"))
        }
        #expect(try await store.alerts(limit: 10).isEmpty)
        #expect(try await store.latestModelVersion(negotiation: "russia-ukraine") == nil)
    }

    @Test("a failure in the middle of a commit rolls all of it back (SQLite)")
    func commitIsOneTransaction() async throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStateStore(directory: dir.path)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        // Make the very last insert of the commit fail, after the seen item, model and alerts were written.
        try await store.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER fail_boom BEFORE INSERT ON deliveries WHEN NEW.sink = 'boom'
                BEGIN SELECT RAISE(ABORT, 'boom sink refused'); END
                """)
        }
        let item = StoreFixtures.item(feedID: feedID, guid: "g1", alerts: ["a1", "a2"], sinks: ["log", "boom"],
                                      model: "{}")
        await #expect(throws: StoreError.self) { try await store.commit(item) }
        #expect(try await store.hasSeen(item.key) == false)
        #expect(try await store.latestModelVersion(negotiation: "russia-ukraine") == nil)
        #expect(try await store.alerts(limit: 10).isEmpty)
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).isEmpty)
    }

    @Test("one commit stores each negotiation's model version; each alert goes to the sinks taking its negotiation",
          arguments: Backend.allCases)
    func severalNegotiations(backend: Backend) async throws {
        let dir = try TemporaryDirectory()
        let store = try backend.make(in: dir)
        let feedID = try #require(try await store.registerFeed(configURL: "https://a.example/feed", tags: []).id)
        _ = try await store.commit(StoreFixtures.item(feedID: feedID, guid: "g0", model: #"{"ru":1}"#))
        var iran = StoreFixtures.alert("i1")
        iran.negotiation = "iran-nuclear"
        let item = ItemCommit(
            key: ItemKey(feedID: feedID, guid: "g1", contentHash: ItemKey.contentHash(title: "R", text: "g1")),
            reportURL: "https://news.example/g1", seenAt: StoreFixtures.epoch,
            models: [NewModelVersion(negotiation: "russia-ukraine", model: Data(#"{"ru":2}"#.utf8), reason: "ru"),
                     NewModelVersion(negotiation: "iran-nuclear", model: Data(#"{"ir":1}"#.utf8), reason: "ir")],
            alerts: [StoreFixtures.alert("r1"), iran],
            sinks: [SinkRoute("log"), SinkRoute("ru-desk", negotiations: ["russia-ukraine"]),
                    SinkRoute("ir-desk", negotiations: ["iran-nuclear"]), SinkRoute("nobody", negotiations: [])])
        #expect(try await store.commit(item)
            == .committed(modelVersions: ["russia-ukraine": 2, "iran-nuclear": 1], deliveries: 4))
        #expect(try await store.latestModelVersion(negotiation: "iran-nuclear")?.model == Data(#"{"ir":1}"#.utf8))
        #expect(try await store.latestModelVersion(negotiation: "russia-ukraine")?.version == 2)
        #expect(try await store.alert(id: "i1")?.negotiation == "iran-nuclear")
        #expect(try await store.pendingDeliveries(sink: "log", limit: 10).map(\.delivery.alertID) == ["r1", "i1"])
        #expect(try await store.pendingDeliveries(sink: "ru-desk", limit: 10).map(\.delivery.alertID) == ["r1"])
        #expect(try await store.pendingDeliveries(sink: "ir-desk", limit: 10).map(\.delivery.alertID) == ["i1"])
        #expect(try await store.pendingDeliveries(sink: "nobody", limit: 10).isEmpty)
    }

    @Test("content hash ignores whitespace runs and tells different texts apart")
    func contentHash() {
        let hash = ItemKey.contentHash(title: "Title", text: "A  b\n\tc ")
        #expect(hash == ItemKey.contentHash(title: "Title ", text: "A b c"))
        #expect(hash != ItemKey.contentHash(title: "Title", text: "A b d"))
        #expect(hash != ItemKey.contentHash(title: "Title", text: "Ab c"))
        #expect(hash.hasPrefix("fnv1a64:") && hash.count == 24)
    }
}
