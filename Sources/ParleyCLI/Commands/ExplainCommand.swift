import ArgumentParser
import Foundation
import ParleyCore

/// `parley explain FILE_OR_URL... [--model FILE]... [--after FEED...] [--verbose]`: for each report of the inputs
/// (feed files or file:// URLs, or plain-text reports; all of them in order of publication, as `replay` reads them,
/// each explained against the model as the reports before it left it), under each model given (one negotiation
/// each): whether it is about the negotiation, the claims found and whether each alerted or why not, in plain words
/// (`Explanation.brief`); with `--verbose`, the model facts compared and every feature's share of the score
/// (`Explanation.rendered`). `--after` replays feeds first so the models hold what they would hold by then.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Shows whether a report is about the negotiation, the claims found, and why each alerted or not.",
        discussion: """
            By default, per report: about this negotiation or not and why; each claim found (issue, party, what it \
            states, its sentence); alerted, or why not, in plain words. --verbose adds the model facts each claim \
            was compared with and every feature's share of its score. Several inputs are read as `replay` reads \
            them: every report of every input in order of publication, each explained after the ones before it \
            have updated the model. The language file is found as for `replay`: --language FILE, else \
            $PARLEY_LANGUAGE, else beside the model, in a seeds/ folder there or above it, or in /etc/parley.
            """)

    @OptionGroup var modelOption: ModelOption

    @OptionGroup var stageOption: StageOption

    @Option(name: .long, parsing: .upToNextOption, help: "Feed files to replay first, so the model state is realistic.")
    var after: [String] = []

    @Argument(help: "Feed files or file:// URLs, or plain-text report files (several: in order of publication).")
    var inputs: [String]

    @Flag(name: .shortAndLong, help: "Show the model facts compared and every feature's share of the score.")
    var verbose = false

    func run() async throws {
        let models = try modelOption.load()
        var trackers = try stageOption.trackers(models.map(\.model))
        var earlier: [Report] = []
        for feed in after { earlier += try ReportLoader.reports(from: feed) }
        var targets: [Report] = []
        for input in inputs { targets += try ReportLoader.reports(from: input) }
        let targetURLs = Set(targets.map(\.url))
        // Replay only what came before the first report explained, and never the explained reports themselves.
        let cutoff = targets.compactMap(\.published).min() ?? .distantFuture
        for report in ReportLoader.chronological(earlier)
        where !targetURLs.contains(report.url) && (report.published ?? .distantPast) < cutoff {
            for index in trackers.indices {
                _ = trackers[index].process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0))
            }
        }
        for (tracker, (_, path)) in zip(trackers, models) {
            print("model: \(path) (\(tracker.model.id)), version \(tracker.model.version) with "
                + "\(tracker.model.facts.count) facts" + (after.isEmpty ? "" : " after replaying \(earlier.count) report(s)")
                + (stageOption.note.map { ", read " + $0 } ?? ""))
        }
        for report in ReportLoader.chronological(targets) {
            for index in trackers.indices {
                let outcome = trackers[index].process(report,
                                                      detectedAt: report.published ?? Date(timeIntervalSince1970: 0))
                print("")
                if trackers.count > 1 { print("negotiation: \(trackers[index].model.id)") }
                print(verbose ? outcome.explanation.rendered() : outcome.explanation.brief(model: trackers[index].model))
                let summary = outcome.alerts.isEmpty ? "no alert"
                    : outcome.alerts.map { "\($0.kind.rawValue) \($0.issue)/\($0.party ?? "null")" }
                        .joined(separator: ", ")
                print("  => \(summary)")
            }
        }
    }
}
