import Foundation
import Logging
import ParleyCore
import ParleyFeeds
import ParleyStore
import ParleyTestSupport
import Testing
@testable import ParleyDaemon

/// Issue 12, in-process: one item checked against every negotiation followed and committed once for all of
/// them; the negotiations followed changed between items (a reload) without losing what was learned; a state
/// directory written while following one negotiation carries on under several.
@Suite("Several negotiations in the item processor")
struct MultiNegotiationProcessorTests {
    static let russia = DaemonConfigText.seedModel("russia-ukraine")
    static let iran = DaemonConfigText.seedModel("iran-nuclear")
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    static func parsed(_ reports: [Report]) throws -> ParsedFeed {
        try FeedParser().parse(Data(FixtureFeed.rss(reports).utf8), documentURL: "https://crashtest.example/feed")
    }

    static func processor(store: any StateStore, files: [String], sinks: [SinkRoute]) async throws -> ItemProcessor {
        var models: [NegotiationModel] = []
        for file in files { models.append(try await ItemProcessor.startingModel(store: store, modelFile: file)) }
        return ItemProcessor(store: store, models: models, sinks: sinks, logger: Logger(label: "test"), now: { now })
    }

    /// The model version (the model's own count, not the store's row number) of the latest stored version.
    static func storedVersion(_ store: any StateStore, _ negotiation: String) async throws -> Int? {
        guard let stored = try await store.latestModelVersion(negotiation: negotiation) else { return nil }
        return (try JSONSerialization.jsonObject(with: stored.model) as? [String: Any])?["version"] as? Int
    }

    /// Both negotiations' reports, publication order.
    static func mixedReports() throws -> [Report] {
        try (FixtureFeed.reports() + FixtureFeed.reports(in: FixtureFeed.multiDirectory))
            .sorted { ($0.published ?? .distantPast) < ($1.published ?? .distantPast) }
    }

    @Test func eachNegotiationAlertsOnItsOwnNewsAndSinksTakeTheirOwn() async throws {
        let reports = try Self.mixedReports()
        let store = MemoryStateStore()
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store, files: [Self.russia, Self.iran], sinks: [
            "log", SinkRoute("ru", negotiations: ["russia-ukraine"]), SinkRoute("ir", negotiations: ["iran-nuclear"]),
        ])
        let alerts = try await processor.process(try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)

        // The same as each negotiation followed alone.
        for file in [Self.russia, Self.iran] {
            var alone = NegotiationTracker(model: try ModelFiles.load(file))
            var expected: [String] = []
            for report in reports { expected += alone.process(report, detectedAt: Self.now).alerts.map(\.id) }
            #expect(!expected.isEmpty)
            #expect(alerts.filter { $0.negotiation == alone.model.id }.map(\.id) == expected)
        }
        #expect(Set(alerts.map(\.negotiation)) == ["russia-ukraine", "iran-nuclear"])
        let ru = await store.pendingDeliveries(sink: "ru", limit: 1000).map(\.delivery.alertID)
        let ir = await store.pendingDeliveries(sink: "ir", limit: 1000).map(\.delivery.alertID)
        #expect(ru == alerts.filter { $0.negotiation == "russia-ukraine" }.map(\.id))
        #expect(ir == alerts.filter { $0.negotiation == "iran-nuclear" }.map(\.id))
        #expect(await store.pendingDeliveries(sink: "log", limit: 1000).count == alerts.count)
        // One version line per negotiation, and an item about one never moves the other.
        #expect(try await Self.storedVersion(store, "iran-nuclear") == processor.trackers[1].model.version)
        #expect(try await Self.storedVersion(store, "russia-ukraine") == processor.trackers[0].model.version)
    }

    @Test func anItemIsCommittedOnceForAllNegotiations() async throws {
        let reports = try Self.mixedReports()
        let store = MemoryStateStore()
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store, files: [Self.russia, Self.iran], sinks: ["log"])
        let first = try await processor.process(try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)
        let again = try await processor.process(try Self.parsed(reports), feedURL: feed.url, feedID: feed.id!)
        #expect(!first.isEmpty && again.isEmpty)
        #expect(await store.alerts(limit: 1000).count == first.count)
    }

    @Test func followingChangesBetweenItemsKeepWhatWasLearned() async throws {
        let reports = try Self.mixedReports()
        let iranReports = reports.filter { $0.url.contains("multi.example") }
        let directory = try TestDirectory("follow")
        let store = try SQLiteStateStore(directory: directory.path("state"))
        defer { try? store.close() }
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store: store, files: [Self.russia, Self.iran], sinks: ["log"])
        _ = try await processor.process(try Self.parsed(Array(iranReports.prefix(1))), feedURL: feed.url,
                                        feedID: feed.id!)
        let learned = processor.trackers[1].model
        #expect(learned.version > (try ModelFiles.load(Self.iran)).version)

        // Stop following Iran: its reports no longer alert; its state stays in the store.
        let change = try await processor.follow([try ModelFiles.load(Self.russia)])
        #expect(change.added.isEmpty && change.removed == ["iran-nuclear"])
        #expect(processor.negotiations == ["russia-ukraine"])
        let unfollowed = try await processor.process(try Self.parsed(Array(iranReports.prefix(2))),
                                                     feedURL: feed.url, feedID: feed.id!)
        #expect(unfollowed.isEmpty)
        #expect(try await Self.storedVersion(store, "iran-nuclear") == learned.version)

        // Follow it again, with an edited vocabulary: it carries on from what it learned and takes the file's words.
        var edited = try ModelFiles.load(Self.iran)
        edited.title = "US-Iran nuclear talks (edited)"
        let again = try await processor.follow([try ModelFiles.load(Self.russia), edited])
        #expect(again.added == ["iran-nuclear"] && again.removed.isEmpty)
        #expect(processor.trackers[1].model.facts == learned.facts)
        #expect(processor.trackers[1].model.version == learned.version)
        #expect(processor.trackers[1].model.title == "US-Iran nuclear talks (edited)")
    }

    /// A state directory written by the one-model daemon (`model:`, the schema and code of today, run here)
    /// carries on when the config lists several models: the negotiation it followed continues from its stored
    /// versions, a new one starts from its file, and nothing is migrated because model versions, alerts and
    /// deliveries were keyed by negotiation from the first schema on.
    @Test func aOneModelStateDirectoryCarriesOnUnderSeveralModels() async throws {
        let reports = try FixtureFeed.reports()
        let directory = try TestDirectory("one-to-many")
        let statePath = directory.path("state")
        let oneModel: NegotiationModel
        let migrations: [String]
        let earlier: [Alert]
        do {
            let store = try SQLiteStateStore(directory: statePath)
            let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
            var processor = ItemProcessor(store: store,
                                          model: try await ItemProcessor.startingModel(store: store,
                                                                                       modelFile: Self.russia),
                                          sinks: ["log"], logger: Logger(label: "test"), now: { Self.now })
            earlier = try await processor.process(try Self.parsed(Array(reports.prefix(4))), feedURL: feed.url,
                                                  feedID: feed.id!)
            oneModel = processor.tracker.model
            migrations = try await store.appliedMigrations()
            try store.close()
        }
        let store = try SQLiteStateStore(directory: statePath)
        defer { try? store.close() }
        #expect(try await store.appliedMigrations() == migrations)
        let feed = try #require(try await store.feeds().first)
        var processor = try await Self.processor(store: store, files: [Self.russia, Self.iran], sinks: ["log"])
        #expect(processor.trackers[0].model == oneModel)
        #expect(processor.trackers[1].model == (try ModelFiles.load(Self.iran)))
        // Items seen under one model stay seen; new ones are checked against both.
        let all = reports + (try FixtureFeed.reports(in: FixtureFeed.multiDirectory))
        let rest = try await processor.process(try Self.parsed(all), feedURL: feed.url, feedID: feed.id!)
        #expect(!earlier.isEmpty)
        #expect(Set(rest.map(\.negotiation)) == ["russia-ukraine", "iran-nuclear"])
        #expect(Set(rest.map(\.id)).isDisjoint(with: earlier.map(\.id)), "an item seen before alerted again")
        #expect(try await store.alerts(limit: 1000).count == earlier.count + rest.count)
    }
}
