import Foundation
import ParleyCore
import ParleyLoopback
import ParleyStore
import Testing
@testable import ParleyDaemon
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14: a first start does not flood. A new feed's existing items teach the model without alerting,
/// unless published within `alert_backlog`; items appearing after the first fetch alert as news.
@Suite("Alert backlog")
struct AlertBacklogTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// The fixture reports (dated July 2025), the last one moved to `lastPublished`.
    static func reports(lastPublished: Date) throws -> [Report] {
        var reports = try FixtureFeed.reports()
        reports[reports.count - 1].published = lastPublished
        return reports
    }

    @Test("backlog items move the model but only those within the window alert, the same alerts as without it")
    func backlogTeachesWithoutAlerting() async throws {
        let directory = try TestDirectory("backlog")
        // Everything but the last report is older than the window; the last is an hour old.
        let reports = try Self.reports(lastPublished: Date().addingTimeInterval(-3600))
        let cutoff = Date().addingTimeInterval(-48 * 3600)

        let quietStore = try SQLiteStateStore(directory: directory.path("quiet"))
        let quietFeed = try await quietStore.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var quiet = try await ItemProcessorTests.processor(store: quietStore)
        let withheld = try await quiet.process(try ItemProcessorTests.parsed(reports), feedURL: quietFeed.url,
                                               feedID: quietFeed.id!, quietBefore: cutoff)

        let loudStore = try SQLiteStateStore(directory: directory.path("loud"))
        let loudFeed = try await loudStore.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var loud = try await ItemProcessorTests.processor(store: loudStore)
        var all = try await loud.process(try ItemProcessorTests.parsed(Array(reports.dropLast())),
                                         feedURL: loudFeed.url, feedID: loudFeed.id!)
        let last = try await loud.process(try ItemProcessorTests.parsed(reports), feedURL: loudFeed.url,
                                          feedID: loudFeed.id!)
        all += last
        #expect(all.count > last.count, "the fixture's older reports should alert when they are news")

        // Only the recent report's alerts, exactly those the tracker makes for it after learning the rest.
        #expect(withheld.map(\.id) == last.map(\.id))
        #expect(try await quietStore.alerts(limit: 100).map(\.id) == last.map(\.id))
        // The model learned the backlog: the same versions as the loud run.
        let negotiation = quiet.tracker.model.id
        #expect(try await quietStore.latestModelVersion(negotiation: negotiation)?.version
                == loudStore.latestModelVersion(negotiation: negotiation)?.version)
        #expect(quiet.tracker.model.version == loud.tracker.model.version)
        // Everything is seen: nothing alerts later either.
        #expect(try await quiet.process(try ItemProcessorTests.parsed(reports), feedURL: quietFeed.url,
                                        feedID: quietFeed.id!).isEmpty)
    }

    @Test("undated items of a first fetch are backlog")
    func undatedIsBacklog() async throws {
        let directory = try TestDirectory("backlog-undated")
        var reports = try FixtureFeed.reports()
        for index in reports.indices { reports[index].published = nil }
        let store = try SQLiteStateStore(directory: directory.path("state"))
        let feed = try await store.registerFeed(configURL: "https://crashtest.example/feed", tags: [])
        var processor = try await ItemProcessorTests.processor(store: store)
        let alerts = try await processor.process(try ItemProcessorTests.parsed(reports), feedURL: feed.url,
                                                 feedID: feed.id!, quietBefore: Self.now)
        #expect(alerts.isEmpty)
        #expect(try await store.alerts(limit: 10).isEmpty)
        #expect(processor.tracker.model.version > 1)
    }

    @Test("alert_backlog is read from the config, 48h by default, and any duration is accepted")
    func configKey() throws {
        let directory = try TestDirectory("backlog-config")
        let base = """
            model: \(DaemonConfigText.seedModel)
            state_directory: \(directory.path("state"))
            alert_log: \(directory.path("alerts.jsonl"))
            feeds:
              - url: https://news.example/feed.xml

            """
        #expect(try ConfigLoader().parse(base, file: directory.path("a.yaml")).alertBacklog == .seconds(48 * 3600))
        #expect(try ConfigLoader().parse(base + "alert_backlog: 7d\n", file: directory.path("b.yaml")).alertBacklog
                == .seconds(7 * 86400))
        #expect(try ConfigLoader().parse(base + "alert_backlog: 30m\n", file: directory.path("c.yaml")).alertBacklog
                == .seconds(1800))
        #expect(try ConfigLoader().parse(base + "alert_backlog: all\n", file: directory.path("e.yaml")).alertBacklog
                == nil)
        #expect(throws: DaemonError.self) {
            try ConfigLoader().parse(base + "alert_backlog: soon\n", file: directory.path("d.yaml"))
        }
    }
}

extension DaemonProcesses {
    /// The daemon on a news site whose feed already holds a year of reports when it is first configured: no
    /// flood, only the recent report alerts; a report published later alerts as news, whatever its date.
    @Suite("First start does not flood", .serialized)
    struct FirstStartTests {
        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func firstFetchOfANewFeedAlertsOnlyRecentItems() async throws {
            var reports = try FixtureFeed.reports()
            let late = reports.removeLast()
            reports[reports.count - 1].published = Date().addingTimeInterval(-3600)
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "old", reports: reports)
            let directory = try TestDirectory("first-start")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("old")], hookURL: nil, alertBacklog: nil))
            // What the tracker alerts for the recent report after the older ones, and for the late one after all.
            let expected = try await DaemonRunSupport.expectedAlertIDs([
                (newsroom.feedURL("old"), "Newsroom old", Array(reports.dropLast())),
                (newsroom.feedURL("old"), "Newsroom old", reports),
                (newsroom.feedURL("old"), "Newsroom old", reports + [late]),
            ])
            let logPath = directory.path("log/alerts.jsonl")

            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let learned = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                daemon.output.contains("msg=\"new feed: backlog learned without alerting\"")
                    && Set(DaemonRunSupport.loggedAlertIDs([logPath])).isSuperset(of: expected[1])
            }
            #expect(learned, "\(daemon.output.suffix(3000))")
            #expect(DaemonRunSupport.loggedAlertIDs([logPath]) == expected[1])

            newsroom.publish(feed: "old", reports: [late])
            let newsAlerted = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])).isSuperset(of: expected[2])
            }
            daemon.signal(SIGTERM)
            if await daemon.wait(timeout: .seconds(30)) == nil { await daemon.kill9() }
            #expect(newsAlerted, "\(daemon.output.suffix(3000))")
            #expect(DaemonRunSupport.loggedAlertIDs([logPath]) == expected[1] + expected[2])
            #expect(!expected[0].isEmpty, "the older reports would have flooded")
        }
    }
}
