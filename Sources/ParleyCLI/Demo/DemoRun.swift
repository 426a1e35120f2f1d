import Foundation
import Logging
import ParleyCore
import ParleyDaemon
import ParleyFeeds
import ParleyFetch
import ParleySinks
import ParleyStore

/// One run of `parley demo` on the daemon's own parts: the libcurl fetcher, the feed parser, the `ItemProcessor`
/// (its items: `ReportMapping`, guid and order; its trackers; one store transaction per item), the SQLite store and the `AlertLogSink`. Reports are processed
/// in order of publication across the feeds, as a reader following all the outlets would have seen them.
struct DemoRun: Sendable {
    /// The negotiations followed, one model file each (the bundled seed model by default).
    var modelFiles: [URL]
    /// The language file they are read with (`--language`); nil: found for each model (`ModelFiles`).
    var language: String? = nil
    var feeds: [URL]
    var stateDirectory: URL
    var logFile: URL
    var printer: AlertPrinter
    var progress: DemoProgress
    var pace: Double
    /// Where alerts are printed: stdout in the command, a collector in tests.
    /// Unbuffered, so alerts stay in step with the progress lines on stderr.
    var emit: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }

    func run() async throws -> DemoSummary {
        var logger = Logger(label: "parley.demo")
        logger.logLevel = .warning
        let store = try SQLiteStateStore(directory: stateDirectory.path)
        defer { try? store.close() }
        var models: [NegotiationModel] = []
        for file in modelFiles {
            let loaded = try ItemProcessor.loadModelFile(file.path, language: language)
            if models.contains(where: { $0.id == loaded.id }) {
                throw CLIError("\(file.path): negotiation '\(loaded.id)' is given twice; give each negotiation once")
            }
            models.append(try await ItemProcessor.startingModel(store: store, file: loaded, logger: nil))
        }
        let log = AlertLogSink(path: logFile.path, store: store, logger: logger)
        var processor = ItemProcessor(store: store, models: models, sinks: [SinkRoute(log.name)], logger: logger)

        let model = models[0]
        if models.count == 1 {
            progress.line("Parley demo: \(feeds.count) feeds of fictional outlets, model \(model.id) v\(model.version) "
                + "(\(model.facts.count) facts, from the Istanbul talks of 2 June 2025 on)")
        } else {
            progress.line("Parley demo: \(feeds.count) feeds of fictional outlets, models "
                + models.map { "\($0.id) v\($0.version) (\($0.facts.count) facts)" }.joined(separator: ", "))
        }
        progress.line("  state  \(stateDirectory.path)")
        progress.line("  log    \(logFile.path)")
        progress.line("")

        progress.line("Fetching feeds (libcurl, file://) and parsing them (libxml2)")
        var items: [ItemProcessor.Item] = []
        var printer = self.printer
        let fetcher = CurlFeedFetcher(logger: logger)
        for feed in feeds {
            let read = try await read(feed, fetcher: fetcher, store: store)
            printer.outlets[feed.absoluteString] = read.outlet
            progress.line("  \(feed.lastPathComponent.padding(toLength: 24, withPad: " ", startingAt: 0)) "
                + "\(read.outlet.padding(toLength: 22, withPad: " ", startingAt: 0)) "
                + "\(read.format.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) "
                + "\(read.items.count) entries, \(read.bytes) bytes")
            items += read.items
        }
        items = ItemProcessor.chronological(items)

        progress.line("")
        progress.line("Processing \(items.count) reports in order of publication")
        var summary = DemoSummary(feeds: feeds.count, reports: items.count)
        for (index, item) in items.enumerated() {
            let result = try await processor.process(item)
            let (seen, alerts) = (result.alreadySeen, result.alerts)
            // The log sink drains the outbox the commit just filled, as its delivery loop does in the daemon.
            try await log.deliverPending()
            let verdict: DemoProgress.Verdict = seen ? .alreadySeen : !alerts.isEmpty ? .alerts(alerts.count)
                : result.relevant ? .restatement : .unrelated
            summary.count(verdict)
            progress.report(index: index + 1, of: items.count, outlet: item.report.outlet ?? "", report: item.report,
                            verdict: verdict)
            for alert in alerts { emit(printer.render(alert) + "\n") }
            if pace > 0 && !seen { try await Task.sleep(for: .seconds(pace)) }
        }
        summary.modelVersion = processor.tracker.model.version
        return summary
    }

    /// Fetches one demo feed through the daemon's libcurl fetcher (file:// URLs are allowed directly, never
    /// through a redirect), parses it, registers it in the store, and maps its entries as the daemon does.
    private func read(_ feed: URL, fetcher: CurlFeedFetcher, store: SQLiteStateStore) async throws -> ReadFeed {
        let url = feed.absoluteString
        let body: Data, charset: String?, info: FetchInfo
        switch await fetcher.fetch(FetchRequest(url: url, feedName: feed.lastPathComponent)) {
        case .fetched(let data, let contentCharset, _, let fetchInfo):
            (body, charset, info) = (data, contentCharset, fetchInfo)
        case .notModified:
            throw CLIError("demo feed \(url): 'not modified' without validators")
        case .failed(let error):
            throw CLIError("demo feed: \(error)")
        }
        let parsed: ParsedFeed
        do {
            parsed = try FeedParser().parse(body, documentURL: info.finalURL, httpCharset: charset)
        } catch {
            throw CLIError("demo feed \(feed.path): \(error)")
        }
        guard let feedID = try await store.registerFeed(configURL: url, tags: ["demo"]).id else {
            throw CLIError("the store gave no id to demo feed \(url)")
        }
        // Mapped, keyed and ordered as the daemon does (`ItemProcessor.items`).
        return ReadFeed(items: ItemProcessor.items(of: parsed, feedURL: url, feedID: feedID),
                        outlet: parsed.title ?? feed.lastPathComponent, bytes: info.bodyBytes, format: parsed.format)
    }

    struct ReadFeed {
        var items: [ItemProcessor.Item]
        var outlet: String
        var bytes: Int
        var format: FeedFormat
    }
}
