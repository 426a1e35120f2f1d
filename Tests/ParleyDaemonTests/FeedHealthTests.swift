import Foundation
import Testing
@testable import ParleyDaemon
@testable import ParleyStore
import ParleyLoopback
import ParleySinks
#if canImport(Glibc)
import Glibc
#endif

/// Feed health (issue 14 item 5): each change reported once, and its recovery.
@Suite struct FeedHealthMonitorTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func feed(errors: Int = 0, lastSuccess: Date? = nil, newest: Date? = nil, retired: Bool = false)
        -> StoreStatus.Feed {
        StoreStatus.Feed(state: FeedState(id: 1, configURL: "https://news.example/feed.xml", errorCount: errors,
                                          lastError: errors > 0 ? "HTTP 503" : nil, retired: retired,
                                          lastSuccessAt: lastSuccess),
                         lastNewItemAt: newest, items: 3)
    }

    static func monitor() -> FeedHealthMonitor {
        var config = FeedHealthConfig()
        config.failingAfter = .seconds(3600)
        config.silentAfter = .seconds(7 * 86400)
        return FeedHealthMonitor(config: config, started: start)
    }

    @Test func failingIsReportedOnceAfterTheThresholdThenRecovery() {
        var monitor = Self.monitor()
        let names: [Int64: String?] = [1: "Example"]
        let fresh = Self.start.addingTimeInterval(-60)
        // First failure seen at +10 min: not yet failing.
        #expect(monitor.evaluate([Self.feed(errors: 1, newest: fresh)], names: names,
                                 now: Self.start.addingTimeInterval(600)).isEmpty)
        // 59 min after the first failure seen: still not.
        #expect(monitor.evaluate([Self.feed(errors: 4, newest: fresh)], names: names,
                                 now: Self.start.addingTimeInterval(600 + 3540)).isEmpty)
        let failing = monitor.evaluate([Self.feed(errors: 5, newest: fresh)], names: names,
                                       now: Self.start.addingTimeInterval(600 + 3600))
        #expect(failing.map(\.kind) == [.failing])
        #expect(failing.first?.since == Self.start.addingTimeInterval(600))
        #expect(failing.first?.errors == 5 && failing.first?.lastError == "HTTP 503")
        #expect(failing.first?.feedName == "Example")
        // Once only.
        #expect(monitor.evaluate([Self.feed(errors: 9, newest: fresh)], names: names,
                                 now: Self.start.addingTimeInterval(9000)).isEmpty)
        let back = Self.start.addingTimeInterval(9500)
        #expect(monitor.evaluate([Self.feed(errors: 0, lastSuccess: back, newest: fresh)], names: names,
                                 now: back).map(\.kind) == [.recovered])
        #expect(monitor.evaluate([Self.feed(errors: 0, lastSuccess: back, newest: fresh)], names: names,
                                 now: back.addingTimeInterval(60)).isEmpty)
    }

    @Test func silentIsReportedOnceThenActiveOnANewItem() {
        var monitor = Self.monitor()
        let names: [Int64: String?] = [1: nil]
        let newest = Self.start.addingTimeInterval(-6 * 86400)
        #expect(monitor.evaluate([Self.feed(newest: newest)], names: names, now: Self.start).isEmpty)
        let silent = monitor.evaluate([Self.feed(newest: newest)], names: names,
                                      now: newest.addingTimeInterval(7 * 86400))
        #expect(silent.map(\.kind) == [.silent])
        #expect(silent.first?.since == newest)
        #expect(monitor.evaluate([Self.feed(newest: newest)], names: names,
                                 now: newest.addingTimeInterval(8 * 86400)).isEmpty)
        let item = newest.addingTimeInterval(8 * 86400)
        #expect(monitor.evaluate([Self.feed(newest: item)], names: names, now: item.addingTimeInterval(5))
                    .map(\.kind) == [.active])
    }

    @Test func aFeedNeverSeenWithAnItemCountsFromTheStartAndRetiredOrRemovedFeedsAreNotWatched() {
        var monitor = Self.monitor()
        let later = Self.start.addingTimeInterval(7 * 86400)
        #expect(monitor.evaluate([Self.feed()], names: [1: nil], now: later).map(\.kind) == [.silent])
        var other = Self.monitor()
        #expect(other.evaluate([Self.feed(retired: true)], names: [1: nil], now: later).isEmpty)
        #expect(other.evaluate([Self.feed()], names: [:], now: later).isEmpty, "not in the config")
    }

    @Test func theGenericBodyCarriesEveryField() throws {
        let event = FeedHealthEvent(kind: .failing, feedURL: "https://news.example/feed.xml", feedName: nil,
                                    since: Self.start, detectedAt: Self.start.addingTimeInterval(3600), errors: 5,
                                    lastError: "HTTP 503", lastSuccessAt: nil, lastNewItemAt: Self.start)
        let object = try #require(try JSONSerialization.jsonObject(with: FeedHealthMessage.json(event)) as? [String: Any])
        #expect(object["schema"] as? String == "parley.feed_health/v1")
        #expect(object["event"] as? String == "feed.failing")
        #expect((object["feed"] as? [String: Any])?["url"] as? String == "https://news.example/feed.xml")
        #expect((object["feed"] as? [String: Any])?["name"] is NSNull)
        #expect(object["since"] as? String == "2027-01-15T08:00:00Z")
        #expect(object["errors"] as? Int == 5)
        #expect(object["last_success_at"] is NSNull)
        #expect(Set(object.keys) == ["schema", "event", "feed", "since", "detected_at", "errors", "last_error",
                                     "last_success_at", "last_new_item_at"])
        #expect(FeedHealthMessage.webhookID(event) == FeedHealthMessage.webhookID(event))
        #expect(FeedHealthMessage.text(event).contains("feed failing since 2027-01-15T08:00:00Z"))
    }
}

extension DaemonProcesses {
    /// The real daemon: a feed serving HTML fails, a feed without new items falls silent and comes back with
    /// one; each change is logged once and POSTed, signed, to the webhook that asked for `feed_health` only.
    @Suite("Feed health events", .serialized)
    struct FeedHealthDaemonTests {
        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func failingSilentAndActiveFeedsAreLoggedAndSent() async throws {
            let reports = try FixtureFeed.reports()
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.schedule(feed: "quiet", reports: Array(reports.prefix(2)), step: .zero)
            let feeds = [newsroom.feedURL("quiet"), newsroom.feedURL("broken")]
            let directory = try TestDirectory("health")
            var config = DaemonConfigText.make(directory: directory, feeds: feeds, hookURL: newsroom.hookURL)
            config = config.replacingOccurrences(of: "      format: generic\n",
                                                 with: "      format: generic\n      events: [feed_health]\n")
            config += "feed_health:\n  failing_after: 1s\n  silent_after: 3s\n"
            try directory.write("parley.yaml", config)
            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            defer { daemon.signal(SIGKILL) }

            func events() throws -> [(kind: String, feed: String)] {
                try newsroom.hookRequests.map { request in
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
                    #expect(object["schema"] as? String == "parley.feed_health/v1", "only feed-health events here")
                    let feed = (object["feed"] as? [String: Any])?["url"] as? String ?? "?"
                    return (object["event"] as? String ?? "?", feed)
                }
            }
            let silentAndFailing = await DaemonRunSupport.eventually(timeout: .seconds(30)) {
                let seen = (try? events()) ?? []
                return seen.contains { $0 == ("feed.failing", feeds[1]) } && seen.contains { $0 == ("feed.silent", feeds[0]) }
            }
            #expect(silentAndFailing, "\((try? events()) ?? [])\n\(daemon.output.suffix(3000))")
            newsroom.publish(feed: "quiet", reports: [reports[2]])
            let active = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                ((try? events()) ?? []).contains { $0 == ("feed.active", feeds[0]) }
            }
            #expect(active, "\((try? events()) ?? [])\n\(daemon.output.suffix(3000))")

            let all = try events()
            #expect(all.filter { $0 == ("feed.failing", feeds[1]) }.count == 1, "once per transition: \(all)")
            #expect(all.filter { $0 == ("feed.silent", feeds[0]) }.count == 1, "once per transition: \(all)")
            #expect(!all.contains { $0.feed == feeds[0] && $0.kind == "feed.failing" })
            let deliveries = try DaemonRunSupport.deliveriesSigned(newsroom.hookRequests, secret: DaemonConfigText.secret)
            #expect(deliveries.isEmpty, "bad signatures: \(deliveries)")
            let log = daemon.output
            #expect(log.components(separatedBy: "msg=\"feed failing\"").count - 1 == 1)
            #expect(log.contains("msg=\"feed silent: no new item\""))
            #expect(log.contains("msg=\"feed active again\""))
        }
    }
}

extension DaemonRunSupport {
    /// The requests whose Standard Webhooks signature does not verify, with why.
    static func deliveriesSigned(_ requests: [LoopbackRequest], secret: String) throws -> [String] {
        let key = try WebhookSecret(secret)
        return requests.compactMap { request in
            do {
                try StandardWebhooks.verify(id: request.header("webhook-id") ?? "",
                                            timestamp: request.header("webhook-timestamp") ?? "",
                                            signatures: request.header("webhook-signature") ?? "",
                                            body: Data(request.body), secret: key)
                return nil
            } catch {
                return "\(request.header("webhook-id") ?? "-"): \(error)"
            }
        }
    }
}
