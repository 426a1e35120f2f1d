import Foundation
import ParleyCore
import ParleyDaemon

/// `parley bench --suite extraction` (issue 5): extraction-and-diff throughput over the development stream beside
/// a baseline measured in the same run, tokenising the same text into sentences and words. Prints reports/s,
/// the ratio to the baseline (target <= 20x), the whole-stream replay time (target well under 1 s) and peak
/// resident memory; then the same with every other model of the default model's folder loaded beside it, as a
/// daemon following several negotiations reads each report with each model (target <= 20x too).
public enum ExtractionBenchmark {
    public struct Result: Sendable {
        public var reports: Int
        public var baselineSeconds: Double
        public var extractionSeconds: Double
        public var replaySeconds: Double
        public var peakResidentBytes: Int?
        /// Models read with in the second measure, and its time.
        public var models: Int = 1
        public var allModelsSeconds: Double = 0
        public var ratio: Double { extractionSeconds / max(baselineSeconds, 1e-9) }
        public var allModelsRatio: Double { allModelsSeconds / max(baselineSeconds, 1e-9) }
    }

    /// Runs the suite over `shared/eval/dev/feeds` with the model at `modelPath`; returns nil (after printing
    /// "skipped: ../shared not found") when the development stream is absent.
    public static func run(sharedDirectory: String = "../shared", modelPath: String, otherModelPaths: [String] = [],
                           rounds: Int = 5, print emit: (String) -> Void = { print($0) }) throws -> Result? {
        let feedDirectory = URL(fileURLWithPath: sharedDirectory).appendingPathComponent("eval/dev/feeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: feedDirectory.path) else {
            emit("skipped: ../shared not found")
            return nil
        }
        var reports: [Report] = []
        for name in names.sorted() where name.hasSuffix(".xml") {
            let url = feedDirectory.appendingPathComponent(name)
            reports += try FeedReports.reports(fromFeedData: Data(contentsOf: url), feedURL: url.absoluteString)
        }
        reports.sort { ($0.published ?? .distantPast) < ($1.published ?? .distantPast) }
        let model = try ModelFiles.load(modelPath)
        let models = try [model] + otherModelPaths.map { try ModelFiles.load($0) }

        // Baseline: the same text split into sentences and words, nothing else.
        var sink = 0
        let baseline = measure(rounds: rounds) {
            for report in reports {
                for paragraph in report.text.split(separator: "\n") {
                    for sentence in SentenceSplitter.sentences(String(paragraph)) {
                        sink &+= Tokenizer.tokens(sentence).count
                    }
                }
            }
        }
        // Extraction and diff: a fresh tracker replays the whole stream each round.
        var alerts = 0
        let extraction = measure(rounds: rounds) {
            var tracker = NegotiationTracker(model: model)
            for report in reports {
                alerts &+= tracker.process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0))
                    .alerts.count
            }
        }
        // Every model beside the first: each report read with each, as the daemon does.
        var allAlerts = 0
        let allModels = models.count == 1 ? extraction : measure(rounds: rounds) {
            var trackers = models.map { NegotiationTracker(model: $0) }
            for report in reports {
                for index in trackers.indices {
                    allAlerts &+= trackers[index].process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0))
                        .alerts.count
                }
            }
        }
        var result = Result(reports: reports.count, baselineSeconds: baseline, extractionSeconds: extraction,
                            replaySeconds: extraction, peakResidentBytes: peakResidentBytes())
        result.models = models.count
        result.allModelsSeconds = allModels
        emit("extraction: \(reports.count) reports of the dev stream, best of \(rounds) rounds (checksum \(sink % 997), "
            + "\(alerts / rounds) alerts per replay)")
        emit(String(format: "  baseline (sentences + words): %8.2f ms  %10.0f reports/s", baseline * 1000,
                    Double(reports.count) / baseline))
        emit(String(format: "  extraction + diff:            %8.2f ms  %10.0f reports/s  ratio %.1fx (target <= 20x)",
                    extraction * 1000, Double(reports.count) / extraction, result.ratio))
        if models.count > 1 {
            emit(String(format: "  with %d models loaded:        %8.2f ms  %10.0f reports/s  ratio %.1fx (target <= 20x), "
                        + "%d alerts per replay", models.count, allModels * 1000, Double(reports.count) / allModels,
                        result.allModelsRatio, allAlerts / max(rounds, 1)))
        }
        emit(String(format: "  whole %d-report replay:       %8.3f s (target well under 1 s)", reports.count,
                    extraction))
        if let peak = result.peakResidentBytes {
            emit(String(format: "  peak resident memory:         %8.1f MB", Double(peak) / 1_048_576))
        }
        return result
    }

    private static func measure(rounds: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(rounds, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// VmHWM from /proc/self/status: the process's peak resident set.
    private static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
