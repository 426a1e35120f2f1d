/// Modal: a bare conditional modal cue ("would") is a proposal only when it states a document's content; elsewhere
/// the next cue in its own verb phrase speaks ("would also accept"), a conditional offer is a demand ("would end
/// the war if Ukraine withdrew"), or there is no stance ("troops ... would be legitimate targets"). "should" and
/// "must" stay demands. An event the modal governs ("would be completed") is a forecast.
struct ModalStage: SentenceStage {
    let name = "modal"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        for k in s.drafts.indices where !s.drafts[k].dropped {
            let draft = s.drafts[k]
            guard let cue = draft.cue, draft.attribution != "document",
                  !(s.contentStart.map { draft.match.start >= $0 } ?? false),
                  let reading = x.bareModalReading(cue, tokens: s.tokens, stances: s.stances, negated: draft.negated)
            else { continue }
            s.drafts[k].stance = reading
            // "would be completed": the modal governs the event, which is expected, not done.
            s.drafts[k].forecast = reading.map(x.model.statusNames.contains) ?? false
        }
    }
}
