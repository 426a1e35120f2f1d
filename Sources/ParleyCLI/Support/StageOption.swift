import ArgumentParser
import ParleyCore

/// `--without-stage NAME`, repeatable, shared by `replay` and `explain`: a diagnostic that reads every sentence with
/// the named extraction stages skipped, to measure what each contributes (`seeds/ablate_stages.py`). Without it the
/// trackers are the daemon's.
struct StageOption: ParsableArguments {
    @Option(name: .customLong("without-stage"), help: ArgumentHelp(
        "Diagnostic: read every sentence without this extraction stage (repeatable), to measure what it "
            + "contributes. Stages: " + ClaimExtractor.stageNames.joined(separator: ", ") + ".",
        valueName: "name"))
    var withoutStage: [String] = []

    /// One tracker per model, each skipping the stages named; an unknown name is a usage error listing the stages.
    func trackers(_ models: [NegotiationModel]) throws -> [NegotiationTracker] {
        guard !withoutStage.isEmpty else { return models.map { NegotiationTracker(model: $0) } }
        do {
            return try models.map { try NegotiationTracker(model: $0, skippingStages: Set(withoutStage)) }
        } catch {
            throw ValidationError("--without-stage: \(error)")
        }
    }

    /// "without stage(s) a, b" for the run's first line, or nil when every stage runs.
    var note: String? {
        withoutStage.isEmpty ? nil : "without stage(s) " + Set(withoutStage).sorted().joined(separator: ", ")
    }
}
