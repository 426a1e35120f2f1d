import CoreMetrics
import Foundation
import ParleyCore
import ParleyStore
import Prometheus
import Synchronization

/// The daemon's metrics (issue 14), recorded through the swift-metrics API into a Prometheus registry of its own
/// (never the process-wide `MetricsSystem`, so each daemon, and each test, has its own) and served by
/// `MetricsServer` at `/metrics`. Events are counted where they happen (polls, fetch outcomes, items, alerts,
/// deliveries, poll lateness); what the state database knows (deliveries waiting, per-feed times, quarantined
/// bodies) is read from it at each scrape, so the figures are right after a restart too.
public final class DaemonMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    /// Fetch outcomes, the `outcome` label of `parley_fetches_total`.
    public enum FetchOutcome: String, Sendable, CaseIterable {
        /// A body was fetched and its items processed.
        case fetched
        /// 304 Not Modified.
        case notModified = "not_modified"
        /// No usable answer (connection, TLS, timeout, HTTP error, too large).
        case failed
        /// Fetched but not a feed that could be parsed.
        case notParsed = "not_parsed"
        /// Fetched and parsed, but its items could not be committed.
        case notProcessed = "not_processed"
        /// 410 Gone: no longer polled.
        case retired
        /// The body is quarantined and was skipped.
        case quarantined
    }

    private let polls: CoreMetrics.Counter
    private let items: CoreMetrics.Counter
    private let lateness: CoreMetrics.Timer
    private let fetches: [FetchOutcome: CoreMetrics.Counter]
    /// Created on first use, by label values.
    private let alerts = Mutex<[String: CoreMetrics.Counter]>([:])
    private let deliveryLatency = Mutex<[String: CoreMetrics.Timer]>([:])
    private let storeGauges = Mutex<[String: CoreMetrics.Gauge]>([:])

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Poll lateness is mostly zero; delivery latency spans a log write (ms) to webhook retries (hours).
        factory.durationHistogramBuckets = [
            "parley_poll_lateness_seconds": [.milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5),
                                             .seconds(30), .seconds(60), .seconds(300), .seconds(1800)],
            "parley_delivery_latency_seconds": [.milliseconds(10), .milliseconds(100), .seconds(1), .seconds(10),
                                                .seconds(60), .seconds(600), .seconds(3600), .seconds(6 * 3600),
                                                .seconds(24 * 3600)],
        ]
        self.factory = factory
        polls = CoreMetrics.Counter(label: "parley_polls_total", factory: factory)
        items = CoreMetrics.Counter(label: "parley_items_total", factory: factory)
        lateness = CoreMetrics.Timer(label: "parley_poll_lateness_seconds", factory: factory)
        fetches = Dictionary(uniqueKeysWithValues: FetchOutcome.allCases.map {
            ($0, CoreMetrics.Counter(label: "parley_fetches_total", dimensions: [("outcome", $0.rawValue)], factory: factory))
        })
    }

    /// One poll of one feed finished with `outcome`.
    public func polled(_ outcome: FetchOutcome) {
        polls.increment()
        fetches[outcome]?.increment()
    }

    /// A poll started `seconds` after its feed was due (0 when on time).
    public func pollStarted(lateBy seconds: TimeInterval) {
        lateness.recordNanoseconds(Int64(max(0, seconds) * 1e9))
    }

    /// A new item was committed (whatever it alerted).
    public func itemCommitted() {
        items.increment()
    }

    /// Alerts committed (stored and queued for every sink).
    public func alerted(_ committed: [Alert]) {
        for alert in committed {
            let key = "\(alert.negotiation)\u{1F}\(alert.severity.rawValue)"
            let counter = alerts.withLock { counters in
                if let counter = counters[key] { return counter }
                let counter = CoreMetrics.Counter(label: "parley_alerts_total", dimensions: [
                    ("negotiation", alert.negotiation), ("severity", alert.severity.rawValue),
                ], factory: factory)
                counters[key] = counter
                return counter
            }
            counter.increment()
        }
    }

    /// Deliveries of `sink` done at `at`, created (committed with their alert) at `created`.
    public func delivered(sink: String, created: [Date], at: Date) {
        let timer = deliveryLatency.withLock { timers in
            if let timer = timers[sink] { return timer }
            let timer = CoreMetrics.Timer(label: "parley_delivery_latency_seconds", dimensions: [("sink", sink)],
                                          factory: factory)
            timers[sink] = timer
            return timer
        }
        for date in created { timer.recordNanoseconds(Int64(max(0, at.timeIntervalSince(date)) * 1e9)) }
    }

    /// Reads what the state database knows into gauges: deliveries pending, failed and dead per sink, each
    /// feed's last successful poll and newest item (Unix seconds; absent until there is one), quarantined
    /// bodies. Only the feeds in `feeds` (the configured ones, by id) when given; gauges of feeds and sinks no
    /// longer there are removed.
    public func refresh(from store: any StateStore, feeds: Set<Int64>? = nil) async throws {
        guard let sqlite = store as? SQLiteStateStore else { return }
        let status = try await sqlite.status()
        let quarantined = try await sqlite.quarantinedBodies().count
        var values: [String: (label: String, dimensions: [(String, String)], value: Double)] = [:]
        func set(_ label: String, _ dimensions: [(String, String)], _ value: Double) {
            let key = ([label] + dimensions.map { "\($0.0)=\($0.1)" }).joined(separator: "\u{1F}")
            values[key] = (label, dimensions, value)
        }
        set("parley_quarantined_bodies", [], Double(quarantined))
        for outbox in status.outbox {
            for state in [DeliveryState.pending, .failed, .dead] {
                set("parley_deliveries", [("sink", outbox.sink), ("state", state.rawValue)],
                    Double(outbox.counts[state] ?? 0))
            }
        }
        for feed in status.feeds where !feed.state.retired && feeds.map({ $0.contains(feed.state.id ?? -1) }) ?? true {
            let dimensions = [("feed", feed.state.configURL)]
            if let success = feed.state.lastSuccessAt {
                set("parley_feed_last_success_timestamp_seconds", dimensions, success.timeIntervalSince1970)
            }
            if let newest = feed.lastNewItemAt {
                set("parley_feed_last_new_item_timestamp_seconds", dimensions, newest.timeIntervalSince1970)
            }
        }
        storeGauges.withLock { gauges in
            for (key, gauge) in gauges where values[key] == nil {
                gauge.destroy()
                gauges[key] = nil
            }
            for (key, entry) in values {
                let gauge = gauges[key] ?? CoreMetrics.Gauge(label: entry.label, dimensions: entry.dimensions, factory: factory)
                gauges[key] = gauge
                gauge.record(entry.value)
            }
        }
    }

    /// The Prometheus text exposition format (version 0.0.4) of every metric.
    public func exposition() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
