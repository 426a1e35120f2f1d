import Foundation
import ParleyCore
import ParleyDaemon

/// One run of `parley demo`: reads the demo feeds, processes every report in order of publication across
/// feeds (as a reader following all four outlets would have seen them), prints alerts as they arise and
/// writes the alert log.
struct DemoRun: Sendable {
    var modelFile: URL
    var feeds: [URL]
    var stateDirectory: URL
    var logFile: URL
    var printer: AlertPrinter
    var progress: DemoProgress
    var pace: Double
    /// Where alerts are printed: stdout in the command, a collector in tests.
    var emit: @Sendable (String) -> Void = { print($0) }

    func run() async throws -> DemoSummary {
        let (model, _) = try ModelLocator.load(modelFile.path)
        progress.line("Parley demo: \(feeds.count) feeds of fictional outlets, seed model "
            + "\(model.id) v\(model.version) (\(model.facts.count) facts from the Istanbul talks of 2 June 2025)")
        progress.line("  state  \(stateDirectory.path)")
        progress.line("  log    \(logFile.path)")
        progress.line("")

        progress.line("Reading feeds")
        var reports: [Report] = []
        for feed in feeds {
            let found = try ReportLoader.reports(from: feed.absoluteString)
            let outlet = found.first?.outlet ?? feed.lastPathComponent
            progress.line("  \(feed.lastPathComponent.padding(toLength: 24, withPad: " ", startingAt: 0)) "
                + "\(outlet.padding(toLength: 22, withPad: " ", startingAt: 0)) \(found.count) entries")
            reports += found
        }
        reports = ReportLoader.chronological(reports)
        var printer = self.printer
        for report in reports {
            if let feed = report.feed, let outlet = report.outlet { printer.outlets[feed] = outlet }
        }

        progress.line("")
        progress.line("Processing \(reports.count) reports in order of publication")
        var tracker = NegotiationTracker(model: model)
        let log = try AlertLogFile(url: logFile)
        var summary = DemoSummary(feeds: feeds.count, reports: reports.count)
        for (index, report) in reports.enumerated() {
            let outcome = tracker.process(report, detectedAt: Date())
            try log.append(outcome.alerts)
            let verdict: DemoProgress.Verdict = !outcome.alerts.isEmpty ? .alerts(outcome.alerts.count)
                : outcome.explanation.relevant ? .restatement : .unrelated
            summary.count(verdict)
            progress.report(index: index + 1, of: reports.count, outlet: report.outlet ?? "", report: report,
                            verdict: verdict)
            for alert in outcome.alerts {
                emit(printer.render(alert) + "\n")
            }
            if pace > 0 { try await Task.sleep(for: .seconds(pace)) }
        }
        summary.modelVersion = tracker.model.version
        return summary
    }
}

/// Appends alert records to the JSON-lines log, one line each (AlertCoding).
private struct AlertLogFile {
    var url: URL

    init(url: URL) throws {
        self.url = url
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CLIError("cannot create the alert log \(url.path)")
            }
        }
    }

    func append(_ alerts: [Alert]) throws {
        guard !alerts.isEmpty else { return }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        for alert in alerts { try handle.write(contentsOf: Data((try AlertCoding.line(alert) + "\n").utf8)) }
        try handle.synchronize()
    }
}
