import Foundation
import Logging
import ParleyCore
import ParleyDaemon
import ParleyFeeds
import ParleyFetch
import ParleyLoopback
import ParleySinks
import ParleyStore

/// `parley bench --suite pipeline` (issue 7): the end-to-end cost of one new item in the daemon's path (fetch from a
/// loopback HTTP server, parse, map, extract, diff, commit in one SQLite transaction, append + fsync to the alert
/// log) beside the cost of a bare SQLite transaction on the same store (marking one item seen), measured in the
/// same run, interleaved item by item so both see the same machine.
public enum PipelineBenchmark {
    public struct Result: Sendable {
        public var items: Int
        public var alerts: Int
        /// Medians in seconds.
        public var baseline: Double
        public var pipeline: Double
        public var stages: [(name: String, seconds: Double)]
        public var ratio: Double { pipeline / max(baseline, 1e-9) }
    }

    public static func run(modelPath: String, items: Int = 150, print emit: (String) -> Void = { print($0) })
        async throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let site = BenchNewsSite()
        let server = LoopbackServer(recordsRequests: false) { _ in site.response() }
        try await server.start()
        let store = try SQLiteStateStore(directory: directory.path)
        let log = AlertLogSink(path: directory.appendingPathComponent("alerts.jsonl").path, store: store,
                               logger: Logger(label: "bench"))
        let feedURL = server.url("/feed.xml")
        let feed = try await store.registerFeed(configURL: feedURL, tags: [])
        let model = try ModelFiles.load(modelPath)
        var processor = ItemProcessor(store: store, model: model, sinks: ["log"], logger: Logger(label: "bench"))
        let parser = FeedParser()
        var fetchConfiguration = FetchConfiguration()
        fetchConfiguration.allowPrivateAddresses = true
        let fetcher = CurlFeedFetcher(configuration: fetchConfiguration, logger: Logger(label: "bench"))
        let baselineFeed = try await store.registerFeed(configURL: "bench:baseline", tags: [])

        var baseline: [Double] = [], total: [Double] = []
        var fetchTimes: [Double] = [], parseTimes: [Double] = [], processTimes: [Double] = [], logTimes: [Double] = []
        var alerts = 0
        for index in 0..<(items + 5) {
            // Baseline: one bare transaction on the same database (an item marked seen, nothing else).
            let b0 = now()
            _ = try await store.commit(ItemCommit(
                key: ItemKey(feedID: baselineFeed.id!, guid: "baseline-\(index)", contentHash: "baseline-\(index)"),
                reportURL: nil, seenAt: Date(), model: nil, alerts: [], sinks: []))
            let b1 = now()

            site.publishNext()
            let t0 = now()
            let body = try await fetch(feedURL, with: fetcher)
            let t1 = now()
            let parsed = try parser.parse(body, documentURL: feedURL)
            let t2 = now()
            let new = try await processor.process(parsed, feedURL: feedURL, feedID: feed.id!)
            let t3 = now()
            _ = try await log.deliverPending()
            let t4 = now()
            guard index >= 5 else { continue }  // warm-up: connections, caches, the first model versions
            alerts += new.count
            baseline.append(b1 - b0)
            total.append(t4 - t0)
            fetchTimes.append(t1 - t0)
            parseTimes.append(t2 - t1)
            processTimes.append(t3 - t2)
            logTimes.append(t4 - t3)
        }
        await server.shutdown()
        try store.close()
        // The model is stored whole with every version that changes it: its size bounds the commit's cost.
        let e0 = now()
        let blob = try processor.tracker.model.encoded()
        let encodeSeconds = now() - e0

        let result = Result(items: items, alerts: alerts, baseline: median(baseline), pipeline: median(total), stages: [
            ("fetch (loopback HTTP)", median(fetchTimes)), ("parse (libxml2)", median(parseTimes)),
            ("map+extract+diff+commit", median(processTimes)), ("alert log append+fsync", median(logTimes)),
        ])
        emit("pipeline: \(items) new items, one per poll of a 10-item loopback feed; \(alerts) alerts; medians")
        emit(String(format: "  baseline (bare SQLite transaction): %8.3f ms", result.baseline * 1000))
        emit(String(format: "  one new item end to end:           %8.3f ms   ratio %.1fx", result.pipeline * 1000,
                     result.ratio))
        emit(String(format: "    (model version blob %.0f KB, encoded in %.3f ms)", Double(blob.count) / 1024,
                    encodeSeconds * 1000))
        for (name, seconds) in result.stages {
            let label = (name + ":").padding(toLength: 34, withPad: " ", startingAt: 0)
            emit("    " + label + String(format: "%8.3f ms", seconds * 1000))
        }
        return result
    }

    /// A full fetch each time (no validators), as for a feed that changed.
    static func fetch(_ url: String, with fetcher: CurlFeedFetcher) async throws -> Data {
        switch await fetcher.fetch(FetchRequest(url: url)) {
        case .fetched(let body, _, _, _): return body
        case .notModified: throw BenchError("\(url): unexpected 304")
        case .failed(let error): throw error
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}

/// A benchmark that could not run as set up.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
