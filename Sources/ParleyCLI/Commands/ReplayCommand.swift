import ArgumentParser
import Foundation
import ParleyCore

/// `parley replay [--model FILE]... FEED...` (shared/spec/cli.md): from a fresh model (one per `--model`, each a
/// negotiation), every entry of every feed in order of publication, each alert as one JSON line on stdout (a
/// report's alerts in the order of the models given); progress on stderr. `detected_at` is the report's
/// publication time, so a replay is deterministic.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replays feed files through extraction and diff from a fresh model; prints alerts as JSON lines.",
        discussion: """
            Inputs are feed files (RSS, Atom) or plain-text reports: optional header lines \
            `url: `, `title: `, `published: ` (RFC 3339), `outlet: `, then a line `---`, then the body, one paragraph \
            per line. The language file (english.language.json) is --language FILE, else the file $PARLEY_LANGUAGE \
            names, else found beside the model, in a seeds/ folder there or above it, or in /etc/parley (a model \
            kept in its own folder needs one of the first two). Writing a model (parley model init, then review): docs/models.md. Repeat --model \
            to follow several negotiations at once, as the daemon's `models:` does: every report is checked \
            against each, and each alert's `negotiation` says whose it is.
            """)

    @OptionGroup var modelOption: ModelOption

    @OptionGroup var stageOption: StageOption

    @Option(name: .customLong("write-model"), help: "Write the model as it stands after the replay to this file.")
    var writeModel: String?

    @Flag(name: .long, help: "Absorb the inputs into the model as founding facts instead of alerting (to build a seed model).")
    var absorb = false

    @Flag(name: .long, help: "Print each report's explanation (claims, comparisons, verdicts) on stderr.")
    var explain = false

    @Option(name: .long, help: "Write every claim's decision features as JSON lines to this file (for seeds/fit_weights.py).")
    var features: String?

    @Option(name: .long, help: ArgumentHelp(
        "Reports published before DATE (or undated) teach the model without alerting, like a new feed's backlog "
            + "in the daemon (alert_backlog). DATE: 2025-06-02 or 2025-06-02T12:00:00Z.", valueName: "date"))
    var since: BacklogCutoff?

    @Flag(name: .shortAndLong, help: "Print one progress line per report on stderr.")
    var verbose = false

    @Argument(help: "Feed files or file:// URLs (plain-text report files are read as one report each).")
    var feeds: [String]

    func run() async throws {
        let models = try modelOption.load()
        if models.count > 1 && (writeModel != nil || absorb) {
            throw ValidationError("--write-model and --absorb build one model: give one --model")
        }
        var trackers = try stageOption.trackers(models.map(\.model))
        var reports: [Report] = []
        for feed in feeds { reports += try ReportLoader.reports(from: feed) }
        reports = ReportLoader.chronological(reports)
        Self.log("replay: \(reports.count) report(s) from \(feeds.count) input(s), "
            + models.map { "model \($0.path) v\($0.model.version)" }.joined(separator: ", ")
            + (stageOption.note.map { ", " + $0 } ?? ""))
        var count = 0
        var featureLines: [String] = []
        for report in reports {
            let detectedAt = report.published ?? Date(timeIntervalSince1970: 0)
            var found = 0
            for index in trackers.indices {
                let outcome = absorb ? trackers[index].absorb(report, detectedAt: detectedAt)
                    : trackers[index].process(report, detectedAt: detectedAt)
                let alerts = since?.isBacklog(report) == true ? [] : outcome.alerts
                for alert in alerts { print(try AlertCoding.line(alert)) }
                count += alerts.count
                found += outcome.alerts.count
                if explain {
                    let heading = trackers.count > 1 ? "[\(trackers[index].model.id)] " : ""
                    Self.log(heading + outcome.explanation.rendered() + "\n")
                }
                if features != nil { featureLines += try FeatureLines.lines(outcome.explanation) }
            }
            if verbose { Self.log("  \(found) alert(s): \(report.title)") }
        }
        Self.log("replay: \(count) alert(s); "
            + (trackers.count == 1 ? "model now v\(trackers[0].model.version)"
                : trackers.map { "\($0.model.id) now v\($0.model.version)" }.joined(separator: ", ")))
        let tracker = trackers[0]
        if let features {
            try Data(featureLines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: features))
            Self.log("replay: \(featureLines.count) claim decision(s) written to \(features)")
        }
        if let writeModel {
            try tracker.model.encoded().write(to: URL(fileURLWithPath: writeModel))
            Self.log("replay: model written to \(writeModel)")
        }
    }

    static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
