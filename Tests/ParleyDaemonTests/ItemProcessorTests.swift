import Foundation
import Logging
import ParleyCore
import ParleyFeeds
import ParleyStore
import ParleyTestSupport
import Testing
@testable import ParleyDaemon

/// The pipeline after the fetch, on the real parser and the real tracker with the seed model, against the
/// store's in-memory twin and a real SQLite file: new items alert once, seen items never again.
@Suite("Item processing")
struct ItemProcessorTests {
    static let seedModel = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds/russia-ukraine.model.json").standardizedFileURL.path

    static func processor(store: any StateStore) async throws -> ItemProcessor {
        let model = try await ItemProcessor.startingModel(store: store, modelFile: seedModel)
        return ItemProcessor(store: store, model: model, sinks: ["log", "hook"], logger: Logger(label: "test"),
                             now: { Date(timeIntervalSince1970: 1_750_000_000) })
    }

    static func parsed(_ reports: [Report]) throws -> ParsedFeed {
        try FeedParser().parse(Data(FixtureFeed.rss(reports).utf8), documentURL: "https://crashtest.example/feed")
    }

    @Test func eachItemIsProcessedOnceInPublicationOrder() async throws {
        let reports = try FixtureFeed.reports()
        let store = MemoryStateStore()
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store)

        // The feed grows: first three reports, then all of them.
        let first = try await processor.process(try Self.parsed(Array(reports.prefix(3))),
                                                feedURL: feed.url, feedID: feed.id!)
        let rest = try await processor.process(try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)
        let again = try await processor.process(try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)

        // The same reports straight through the tracker, oldest first, give the same alerts.
        var tracker = NegotiationTracker(model: try ModelFiles.load(Self.seedModel))
        var expected: [String] = []
        for report in reports {
            expected += tracker.process(report, detectedAt: Date()).alerts.map(\.id)
        }
        #expect(!expected.isEmpty)
        #expect((first + rest).map(\.id) == expected)
        #expect(again.isEmpty)
        let stored = await store.alerts(limit: 1000).map(\.id)
        #expect(stored == expected)
        #expect(await store.pendingDeliveries(sink: "hook", limit: 1000).count == expected.count)
    }

    /// The item glue the daemon, `parley demo` and `parley bench` share: guid, else link, else the report's URL;
    /// oldest first, undated after the dated in feed order; one result per item (relevant, already seen).
    @Test func itemsAreKeyedAndOrderedOnceForEveryCaller() async throws {
        let xml = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>
            <description>d</description>
            <item><title>newest</title><guid isPermaLink="false">g-3</guid><link>https://t.example/3</link>
            <pubDate>Wed, 03 Jun 2026 10:00:00 GMT</pubDate><description>c</description></item>
            <item><title>undated, no guid</title><link>https://t.example/u</link><description>u</description></item>
            <item><title>oldest</title><link>https://t.example/1</link>
            <pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate><description>a</description></item>
            <item><title>middle</title><guid isPermaLink="false">g-2</guid>
            <pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate><description>b</description></item>
            </channel></rss>
            """
        let parsed = try FeedParser().parse(Data(xml.utf8), documentURL: "https://t.example/feed")
        let items = ItemProcessor.items(of: parsed, feedURL: "https://t.example/feed", feedID: 7)
        #expect(items.map(\.report.title) == ["oldest", "middle", "newest", "undated, no guid"])
        #expect(items.map(\.key.guid) == ["https://t.example/1", "g-2", "g-3", "https://t.example/u"])
        #expect(items.allSatisfy { $0.key.feedID == 7 })
        #expect(items.last?.date == nil)

        // Merging two feeds' items (the demo): by date, equal dates in the order given.
        let merged = ItemProcessor.chronological(Array(items.suffix(2)) + Array(items.prefix(2)))
        #expect(merged.map(\.report.title) == ["oldest", "middle", "newest", "undated, no guid"])

        let reports = try FixtureFeed.reports()
        let store = MemoryStateStore()
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store)
        let fixtureItems = ItemProcessor.items(of: try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)
        var relevant = 0, alerted = 0
        for item in fixtureItems {
            let result = try await processor.process(item)
            #expect(!result.alreadySeen)
            relevant += result.relevant ? 1 : 0
            alerted += result.alerts.isEmpty ? 0 : 1
            #expect(result.alerts.isEmpty || result.relevant, "an alert from an irrelevant report: \(item.report.url)")
            #expect(try await processor.process(item).alreadySeen)
        }
        #expect(alerted > 0 && relevant >= alerted && relevant < fixtureItems.count)
    }

    @Test func republishedItemWithNewGuidIsSkippedByContent() async throws {
        let reports = try FixtureFeed.reports()
        let store = MemoryStateStore()
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store)
        let original = try await processor.process(try Self.parsed([reports[0]]), feedURL: feed.url, feedID: feed.id!)
        var moved = reports[0]
        moved.url += "?republished=1"
        let republished = try await processor.process(try Self.parsed([moved]), feedURL: feed.url, feedID: feed.id!)
        #expect(!original.isEmpty)
        #expect(republished.isEmpty)
    }

    @Test func modelCarriesOnFromTheStoreAfterARestart() async throws {
        let reports = try FixtureFeed.reports()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-proc-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let store = try SQLiteStateStore(directory: directory.path)
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store)
        _ = try await processor.process(try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)
        let version = processor.tracker.model.version
        try store.close()

        let reopened = try SQLiteStateStore(directory: directory.path)
        let restarted = try await Self.processor(store: reopened)
        #expect(restarted.tracker.model.version == version)
        #expect(restarted.tracker.model == processor.tracker.model)
    }

    /// A commit that fails leaves the models as they were before the item (the processor takes back what the
    /// report changed), so the retry decides as if the item came first time.
    @Test func aFailedCommitLeavesTheModelAsItWas() async throws {
        let reports = try FixtureFeed.reports()
        let store = MemoryStateStore()
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store)
        let referenceStore = MemoryStateStore()
        _ = try await referenceStore.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var reference = try await Self.processor(store: referenceStore)
        let items = ItemProcessor.items(of: try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)
        var failed = 0
        for item in items {
            let before = processor.tracker.model
            // Under a feed the store does not hold, the commit is refused after the tracker processed the item.
            var orphan = item
            orphan.key.feedID = 999
            do {
                _ = try await processor.process(orphan)
                Issue.record("the commit of an unknown feed's item succeeded")
            } catch {
                failed += 1
            }
            #expect(processor.tracker.model == before, "\(item.report.url): the model kept the failed item")
            let retried = try await processor.process(item)
            let first = try await reference.process(item)
            #expect(retried.alerts == first.alerts, "\(item.report.url): the retry decides otherwise")
            #expect(processor.tracker.model == reference.tracker.model)
        }
        #expect(failed == items.count)
        #expect(processor.tracker.model.version > (try ModelFiles.load(Self.seedModel)).version)
    }

    /// The store tells which of a poll's guids it has seen in one lookup (the entries the processor skips unmapped).
    @Test func seenGuidsOfAPollInOneLookup() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-proc-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = try SQLiteStateStore(directory: directory.path)
        defer { try? sqlite.close() }
        for store in [sqlite as any StateStore, MemoryStateStore()] {
            let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
            let other = try await store.registerFeed(configURL: "https://other.example/feed", tags: [])
            for (feedID, guid) in [(feed.id!, "g1"), (feed.id!, "g2"), (other.id!, "g3")] {
                _ = try await store.commit(ItemCommit(key: ItemKey(feedID: feedID, guid: guid, contentHash: "h" + guid),
                                                      reportURL: nil, seenAt: Date(), model: nil, alerts: [],
                                                      sinks: []))
            }
            #expect(try await store.seenGuids(feedID: feed.id!, among: ["g1", "g3", "g4", "g2"]) == ["g1", "g2"])
            #expect(try await store.seenGuids(feedID: feed.id!, among: []) == [])
            // More guids than one query binds (the store asks in slices).
            let many = (0..<1_200).map { "x\($0)" } + ["g2"]
            #expect(try await store.seenGuids(feedID: feed.id!, among: many) == ["g2"])
        }
    }
}
