/// Attributive cues: a status cue right after the issue or document it describes ("the declaration signed in
/// Washington", "the agreement reached in Geneva") names a state the report may take as known rather than the
/// sentence's event. The cue stays (a report may bring the news that way); a claim it governs is marked
/// (`Claim.attributiveCue`) and the fitted weights decide what that is worth. A cue after an auxiliary ("was
/// signed") or a party ("Congo and Rwanda signed") is not attributive.
struct AttributiveCueStage: SentenceStage {
    let name = "attributive-cues"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let nounEnds = Set((s.issues + s.documents).map(\.end))
        s.attributiveCues = Set(s.stances.filter { cue in
            model.statusNames.contains(model.stanceNames[cue.label]) && nounEnds.contains(cue.start)
        }.map(\.start))
    }
}
