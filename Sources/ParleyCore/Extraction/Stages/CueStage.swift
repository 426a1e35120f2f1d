/// Cues: stance and event cues outside asides (", with the support of the EU," carries nothing), negations,
/// hedges ("did not rule out"), looking ahead ("will", "next week"), recap ("has long") and commentary ("analysts").
struct CueStage: SentenceStage {
    let name = "cues"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let tokens = s.tokens
        let asides = s.asides
        s.stances = model.stances.matches(in: tokens).filter {
            !asides.contains($0.start) && $0.label < model.stanceNames.count
        }
        s.negations = model.negations.matches(in: tokens)
        s.hedges = model.hedges.matches(in: tokens)
        s.aheadFrom = model.future.matches(in: tokens).first?.start
        s.recapCue = model.background.matches(in: tokens).first { $0.label == 0 }
            .map { tokens[$0.start..<$0.end].map(\.text).joined(separator: " ") }
        s.commentaryCues = model.commentary.matches(in: tokens).map(\.start)
    }
}
