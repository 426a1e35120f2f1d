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
}
