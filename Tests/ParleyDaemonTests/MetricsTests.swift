import Foundation
import ParleyFetch
import Testing
@testable import ParleyDaemon
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// The Prometheus endpoint (issue 14 item 5): a scripted run of the real `parley run` against a loopback news
    /// site (one good feed, one that serves HTML) and webhook receiver, scraped with libcurl; every metric is
    /// checked by name and value against what the run did.
    @Suite("Metrics endpoint", .serialized)
    struct MetricsTests {
        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func aScrapeAfterAScriptedRunCountsWhatHappened() async throws {
            let reports = try FixtureFeed.reports()
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.schedule(feed: "metrics", reports: reports, step: .zero)
            let feeds = [newsroom.feedURL("metrics"), newsroom.feedURL("broken")]
            let expected = try await DaemonRunSupport.expectedAlertIDs(
                feedURL: feeds[0], feedTitle: "Newsroom metrics", reports: reports)
            #expect(expected.count >= 4)

            let directory = try TestDirectory("metrics")
            try directory.write("parley.yaml", DaemonConfigText.make(directory: directory, feeds: feeds,
                                                                     hookURL: newsroom.hookURL)
                + "metrics:\n  listen: 127.0.0.1:0\n")
            let started = Date()
            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            defer { daemon.signal(SIGKILL) }
            let logPath = directory.path("log/alerts.jsonl")
            let settled = await DaemonRunSupport.eventually(timeout: .seconds(40)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])).count == expected.count
                    && Set((try? DaemonRunSupport.deliveries(newsroom.hookRequests, secret: DaemonConfigText.secret))?
                        .webhookIDs.keys.map { $0 } ?? []).count == expected.count
            }
            #expect(settled, "the run did not settle:\n\(daemon.output.suffix(3000))")
            let url = try #require(Self.endpoint(in: daemon.output), "no listening line:\n\(daemon.output)")

            let client = CurlHTTPClient(configuration: FetchConfiguration(allowPrivateAddresses: true),
                                        bodyLimit: 1 << 20)
            // Once the delivery loops have marked everything delivered (the receiver may answer first).
            var metrics: [String: Double] = [:]
            _ = await DaemonRunSupport.eventually(timeout: .seconds(10)) {
                guard let response = try? await client.send(HTTPRequest(url: url)) else { return false }
                metrics = Self.samples(String(decoding: response.body, as: UTF8.self))
                return metrics["parley_deliveries{sink=\"receiver\",state=\"pending\"}"] == 0
                    && metrics["parley_deliveries{sink=\"log\",state=\"pending\"}"] == 0
            }
            let response = try await client.send(HTTPRequest(url: url))
            #expect(response.status == 200)
            #expect(response.headers.first { $0.name.lowercased() == "content-type" }?.value
                        .hasPrefix("text/plain; version=0.0.4") == true)
            let text = String(decoding: response.body, as: UTF8.self)
            metrics = Self.samples(text)
            print("metrics after the scripted run:\n" + text.split(separator: "\n")
                .filter { !$0.hasPrefix("#") && !$0.contains("_bucket{") }.joined(separator: "\n"))

            let polls = try #require(metrics["parley_polls_total"])
            let outcomes = metrics.filter { $0.key.hasPrefix("parley_fetches_total{") }
            #expect(outcomes.count == DaemonMetrics.FetchOutcome.allCases.count, "\(outcomes.keys.sorted())")
            #expect(outcomes.values.reduce(0, +) == polls, "every poll has one outcome")
            #expect(metrics["parley_fetches_total{outcome=\"fetched\"}"].map { $0 >= 1 } == true)
            #expect(metrics["parley_fetches_total{outcome=\"not_parsed\"}"].map { $0 >= 1 } == true)
            #expect(metrics["parley_fetches_total{outcome=\"failed\"}"] == 0)
            #expect(metrics["parley_items_total"] == Double(reports.count))
            let alerts = metrics.filter { $0.key.hasPrefix("parley_alerts_total{negotiation=\"russia-ukraine\",") }
            #expect(alerts.values.reduce(0, +) == Double(expected.count), "\(alerts)")
            for sink in ["log", "receiver"] {
                #expect(metrics["parley_deliveries{sink=\"\(sink)\",state=\"pending\"}"] == 0)
                #expect(metrics["parley_deliveries{sink=\"\(sink)\",state=\"failed\"}"] == 0)
                #expect(metrics["parley_deliveries{sink=\"\(sink)\",state=\"dead\"}"] == 0)
                #expect(metrics["parley_delivery_latency_seconds_count{sink=\"\(sink)\"}"] == Double(expected.count))
            }
            let now = Date().timeIntervalSince1970
            for feed in feeds.prefix(1) {
                let success = try #require(metrics["parley_feed_last_success_timestamp_seconds{feed=\"\(feed)\"}"])
                #expect(success >= started.timeIntervalSince1970 - 1 && success <= now + 1)
                let newest = try #require(metrics["parley_feed_last_new_item_timestamp_seconds{feed=\"\(feed)\"}"])
                #expect(newest >= started.timeIntervalSince1970 - 1 && newest <= now + 1)
            }
            #expect(metrics["parley_feed_last_success_timestamp_seconds{feed=\"\(feeds[1])\"}"] == nil,
                    "the HTML feed never succeeded")
            #expect(metrics["parley_quarantined_bodies"] == 0)
            #expect(metrics["parley_poll_lateness_seconds_count"].map { $0 >= polls - 2 } == true)

            let other = try await client.send(HTTPRequest(url: url.replacingOccurrences(of: "/metrics", with: "/")))
            #expect(other.status == 404)

            // A feed removed from the config by a reload loses its gauges; its history stays in the state.
            try directory.write("parley.yaml", DaemonConfigText.make(directory: directory, feeds: [feeds[1]],
                                                                     hookURL: newsroom.hookURL)
                + "metrics:\n  listen: 127.0.0.1:0\n")
            daemon.signal(SIGHUP)
            #expect(await DaemonRunSupport.eventually(timeout: .seconds(10)) { daemon.output.contains("config reloaded") })
            let afterReload = Self.samples(String(decoding: try await client.send(HTTPRequest(url: url)).body,
                                                  as: UTF8.self))
            #expect(afterReload["parley_feed_last_success_timestamp_seconds{feed=\"\(feeds[0])\"}"] == nil)
            #expect(afterReload["parley_items_total"] == Double(reports.count), "counters carry on")
            daemon.signal(SIGTERM)
            #expect(await daemon.wait(timeout: .seconds(15))?.status == 0)
        }

        /// `http://HOST:PORT/metrics` from the daemon's "metrics endpoint listening" line.
        static func endpoint(in output: String) -> String? {
            guard let line = output.split(separator: "\n").first(where: { $0.contains("metrics endpoint listening") }),
                  let range = line.range(of: "metrics.url=") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " })
        }

        /// Sample lines of the Prometheus text format by series (`name{labels}`), comments skipped.
        static func samples(_ text: String) -> [String: Double] {
            var result: [String: Double] = [:]
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else {
                    continue
                }
                result[String(line[..<space])] = value
            }
            return result
        }
    }
}
