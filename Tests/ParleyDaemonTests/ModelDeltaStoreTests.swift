import Foundation
import Logging
import ParleyCore
import ParleyFeeds
import ParleyStore
import ParleyTestSupport
import Testing
@testable import ParleyDaemon

/// Issue 12: the daemon stores each model version as what the report changed (a delta), the first one after a
/// start whole (a snapshot), and the store rebuilds any version; a state directory written by release 0.1.0 (whole
/// models only, schema v4) migrates without losing alerts, seen items, deliveries or model history.
@Suite("Model versions as deltas in the store")
struct ModelDeltaStoreTests {
    enum Backend: String, CaseIterable { case sqlite, memory }

    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    static func store(_ backend: Backend, in directory: TestDirectory) throws -> any StateStore {
        switch backend {
        case .sqlite: try SQLiteStateStore(directory: directory.path("state"))
        case .memory: MemoryStateStore()
        }
    }

    static func processor(_ store: any StateStore) async throws -> ItemProcessor {
        let model = try await ItemProcessor.startingModel(store: store, modelFile: DaemonConfigText.seedModel)
        return ItemProcessor(store: store, model: model, sinks: ["log"], logger: Logger(label: "test"), now: { now })
    }

    /// A stored version's whole model, as the core encodes it (for comparing with a tracker's model).
    static func whole(_ version: ModelVersion?) throws -> Data? {
        guard let version else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(NegotiationModel.self, from: version.model).encoded()
    }

    @Test(arguments: Backend.allCases)
    func eachVersionIsADeltaAndEveryVersionRebuilds(backend: Backend) async throws {
        let directory = try TestDirectory("deltas")
        let store = try Self.store(backend, in: directory)
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await Self.processor(store)
        var models: [Int: Data] = [:]
        let reports = try FixtureFeed.reports()
        let firstRun = reports.count / 2
        for (index, report) in reports.prefix(firstRun).enumerated() {
            let key = ItemKey(feedID: feed.id!, guid: "item-\(index)", contentHash: "hash-\(index)")
            _ = try await processor.process(report, key: key)
            if let latest = try await store.latestModelVersion(negotiation: "russia-ukraine") {
                // The latest version, rebuilt, is the model the tracker holds.
                #expect(try Self.whole(latest) == processor.tracker.model.encoded())
                models[latest.version] = try processor.tracker.model.encoded()
            }
        }
        let rows = try await store.modelVersions(negotiation: "russia-ukraine")
        #expect(rows.count >= 2)
        #expect(rows.first?.kind == .snapshot)
        #expect(rows.dropFirst().allSatisfy { $0.kind == .delta })
        let snapshotSize = try #require(rows.first?.model.count)
        #expect(rows.dropFirst().allSatisfy { $0.model.count * 4 < snapshotSize })

        // A restart carries on from the rebuilt model; its first version is whole again, then deltas.
        var restarted = try await Self.processor(store)
        #expect(try restarted.tracker.model.encoded() == processor.tracker.model.encoded())
        for (index, report) in reports.enumerated().dropFirst(firstRun) {
            let key = ItemKey(feedID: feed.id!, guid: "item-\(index)", contentHash: "hash-\(index)")
            _ = try await restarted.process(report, key: key)
            if let latest = try await store.latestModelVersion(negotiation: "russia-ukraine") {
                #expect(try Self.whole(latest) == restarted.tracker.model.encoded())
                models[latest.version] = try restarted.tracker.model.encoded()
            }
        }
        let after = try await store.modelVersions(negotiation: "russia-ukraine")
        #expect(after.count > rows.count + 1)
        #expect(after[rows.count].kind == .snapshot)
        #expect(after.dropFirst(rows.count + 1).allSatisfy { $0.kind == .delta })
        // Any past version rebuilds as it was.
        #expect(models.count == after.count)
        for (version, model) in models {
            #expect(try Self.whole(try await store.modelVersion(negotiation: "russia-ukraine", version: version)) == model)
        }
        #expect(try await store.modelVersion(negotiation: "russia-ukraine", version: after.count + 1) == nil)
    }

    @Test(arguments: Backend.allCases)
    func aDeltaCannotBeTheFirstVersion(backend: Backend) async throws {
        let directory = try TestDirectory("deltas-first")
        let store = try Self.store(backend, in: directory)
        let feed = try await store.registerFeed(configURL: "https://a.example/feed", tags: [])
        let commit = ItemCommit(key: ItemKey(feedID: feed.id!, guid: "g", contentHash: "h"), reportURL: nil,
                                seenAt: Self.now, model: NewModelVersion(negotiation: "x", kind: .delta,
                                                                         model: Data("{}".utf8), reason: "test"),
                                alerts: [], sinks: ["log"])
        await #expect(throws: StoreError.self) { try await store.commit(commit) }
        #expect(try await store.hasSeen(commit.key) == false, "nothing of the refused commit is kept")
    }

    /// `Fixtures/state-0.1.0/parley.sqlite`: `parley demo --state-dir` run with release 0.1.0 (schema v4, every
    /// model version whole), its write-ahead log checkpointed: 4 feeds, 11 items seen, 8 model versions, 7 alerts
    /// each delivered to the alert log.
    @Test func aStateDirectoryOfRelease010Migrates() async throws {
        let directory = try TestDirectory("migrate-0.1.0")
        let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/state-0.1.0/parley.sqlite")
        try FileManager.default.createDirectory(atPath: directory.path("state"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture.path, toPath: directory.path("state/parley.sqlite"))
        let store = try SQLiteStateStore(directory: directory.path("state"))
        #expect(try await store.appliedMigrations().last == "v5: model versions are deltas or snapshots")

        let alerts = ["pa-b20f2f66f3064364", "pa-a7e8c829e256ce3d", "pa-5830234e27d33d86", "pa-32807ebdc69fde9b",
                      "pa-4128a54800874e05", "pa-02d16065c12f8e3a", "pa-a65ac2bb28daa24a"]
        #expect(try await store.alerts(limit: 100).map(\.id) == alerts)
        #expect(try await store.deliveries(state: .delivered, sink: "log").map(\.alertID) == alerts)
        #expect(try await store.pendingDeliveries(sink: "log", limit: 100).isEmpty)
        #expect(try await store.sinkCursor(sink: "log")?.offset == 8973)
        let status = try await store.status()
        #expect(status.feeds.map(\.items).reduce(0, +) == 11)
        let rows = try await store.modelVersions(negotiation: "russia-ukraine")
        #expect(rows.map(\.version) == Array(1...8) && rows.allSatisfy { $0.kind == .snapshot })
        // Every old version still reads, whole, as it was written.
        for row in rows {
            #expect(try await store.modelVersion(negotiation: "russia-ukraine", version: row.version) == row)
        }

        // The seen items survive: the demo's feeds processed again alert nothing and store no version.
        var processor = try await Self.processor(store)
        let feeds = try await store.feeds()
        for feed in feeds {
            let name = URL(string: feed.configURL)!.lastPathComponent
            let body = try Data(contentsOf: DaemonConfigText.seeds.appendingPathComponent("demo/\(name)"))
            let parsed = try FeedParser().parse(body, documentURL: feed.configURL)
            #expect(try await processor.process(parsed, feedURL: feed.configURL, feedID: feed.id!).isEmpty)
        }
        #expect(try await store.modelVersions(negotiation: "russia-ukraine").count == 8)

        // New reports carry on from the old whole version: a snapshot first, then deltas, all rebuilding.
        let feedID = feeds[0].id!
        for (index, report) in try FixtureFeed.reports().prefix(6).enumerated() {
            var dated = report
            dated.published = Date(timeIntervalSince1970: 1_751_328_000 + Double(index) * 3600)
            _ = try await processor.process(dated, key: ItemKey(feedID: feedID, guid: "new-\(index)",
                                                                contentHash: "new-\(index)"))
        }
        let after = try await store.modelVersions(negotiation: "russia-ukraine")
        #expect(after.count > 9)
        #expect(after[8].kind == .snapshot && after.dropFirst(9).allSatisfy { $0.kind == .delta })
        #expect(try Self.whole(try await store.latestModelVersion(negotiation: "russia-ukraine"))
            == processor.tracker.model.encoded())
        var history = 0
        try ModelVersionChain.walk(after, negotiation: "russia-ukraine") { _, model in history = model.history.count }
        #expect(history == processor.tracker.model.history.count)
        try store.close()
    }
}
