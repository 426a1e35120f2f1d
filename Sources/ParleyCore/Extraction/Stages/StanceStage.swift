/// Stance: what each claim's cue means. A document handed over is put forward; a hedge near the cue ("did not
/// rule out") is a weak acceptance; a negation before the cue (across a noun phrase, not past another cue: "no
/// meeting ... was planned") or right after a modal cue ("would not give up") turns the stance into its opposite
/// (the language's `negationPairs`); an event after a modal ("will be signed") is a forecast, one in a condition
/// ("if Israel attacked") a conditional. A meeting with someone outside the negotiation ("met Belarusian President
/// Lukashenko") is not one of its meetings (an outsider that names the meeting, "the Rome round", is no actor:
/// `ActorStage`).
struct StanceStage: SentenceStage {
    let name = "stance"
    /// How many words a negation may stand before the cue it negates.
    static let negationReach = 10
    /// How many words from the cue a hedge reaches.
    static let hedgeReach = 4
    /// How many words after a meeting cue its partner may stand.
    static let partnerReach = 4

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let tokens = s.tokens
        for k in s.drafts.indices {
            var draft = s.drafts[k]
            let match = draft.match
            let anchor = draft.anchor
            draft.stance = draft.cue.map { model.stanceNames[$0.label] }
            if let cue = draft.cue, model.documentActions.contains(tokens[cue.start].lower),
               s.documents.contains(where: { $0.start < match.end && match.start < $0.end }) {
                draft.stance = "proposes"
            }
            let hedged = s.hedges.contains { abs($0.start - anchor) <= Self.hedgeReach }
            let stances = s.stances
            let negated = !hedged && s.negations.contains { negation in
                negation.start < anchor && anchor - negation.end <= Self.negationReach
                    && !stances.contains { $0.start > negation.start && $0.start < anchor }
                    || draft.cue.map { cue in
                        model.modals.contains(tokens[cue.start].lower) && negation.start >= cue.end
                            && negation.start - cue.end <= 1
                    } ?? false
            }
            if negated, let current = draft.stance { draft.stance = model.negated(current) }
            if hedged { draft.stance = "accepts" }
            draft.negated = negated
            draft.hedged = hedged
            // An event in a modal's verb phrase ("will be signed") is expected, not done; one in a condition ("if
            // Israel attacked") has not happened either.
            if let cue = draft.cue, let stance = draft.stance, model.statusNames.contains(stance) {
                draft.forecast = x.modalBefore(cue.start, tokens: tokens) || x.wishBefore(cue.start, tokens: tokens)
                draft.conditional = x.conditionalBefore(cue.start, tokens: tokens)
            }
            // An event word that owns the next noun ("the nuclear agreement's adoption day") names the event; it does
            // not report it happening. The tokenizer drops the possessive, so the sentence's text is read after the cue.
            if let cue = draft.cue, let stance = draft.stance, model.statusNames.contains(stance) {
                let last = tokens[cue.end - 1]
                let after = s.text.dropFirst(last.offset + last.text.count).prefix(2).lowercased()
                draft.namedEvent = after == "'s" || after == "\u{2019}s"
            }
            // The party a one-word cue (a verb) is addressed to, named right after it ("asked Russia, whose railway
            // ..., to ..."); after a cue of several words ("only if Russia compensates it") the party starts a clause.
            if let cue = draft.cue, cue.end - cue.start == 1, let object = s.actors.first(where: { $0.start == cue.end }),
               object.label < model.partyIDs.count {
                draft.addressee = model.partyIDs[object.label]
            }
            if let cue = draft.cue, model.meetingIssues.contains(match.label),
               let partner = s.actors.first(where: { $0.start >= cue.end && $0.start - cue.end <= Self.partnerReach }),
               partner.label == model.outsiderLabel {
                draft.dropped = true
            }
            s.drafts[k] = draft
        }
    }
}
