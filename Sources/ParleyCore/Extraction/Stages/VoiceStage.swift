/// Voice: a sentence whose main cue is passive and whose subject is an issue ("The release of the hostages has been
/// postponed", "Talks were held in Istanbul on Monday"): the cue is about that issue (`TargetStage` takes it as the
/// focus), and a party named inside the subject ("Israeli hostages") is not who acted (`AttributionStage` looks
/// for the agent after "by", else the speaker). The auxiliary may be followed by adverbs and a negation ("was not
/// formally signed"); the subject is the issue closest before it, within `subjectReach` words. Only event cues
/// count (status and meeting events, not positions: "was ready to" is a party's stance), and not after a party
/// ("Ukraine was ...").
struct VoiceStage: SentenceStage {
    let name = "voice"
    /// How many words may stand between the subject's issue term and the auxiliary (the rest of its noun phrase:
    /// "The release of Israeli hostages that had been due on Saturday has been postponed").
    static let subjectReach = 8

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let grammar = x.model.grammar
        guard let cue = s.stances.first, cue.start > 1 else { return }
        let negated = Set(s.negations.flatMap { $0.start..<$0.end })
        var i = cue.start - 1
        while i > 0, negated.contains(i)
                || !grammar.adverbSuffix.isEmpty && s.word(i).hasSuffix(grammar.adverbSuffix) {
            i -= 1
        }
        // Only events are passive ("was postponed", "were held"); "was ready to" states a party's position. A
        // party right before the auxiliary is the subject itself ("Ukraine was ...").
        let model = x.model
        let stance = model.stanceNames[cue.label]
        guard grammar.passiveAuxiliaries.contains(s.word(i)), i > 0,
              model.statusNames.contains(stance) || model.meetingStanceLabels.contains(cue.label)
                  && !model.positionLabels.contains(cue.label),
              !s.mentions.contains(where: { $0.end == i }) else { return }
        s.passiveSubject = s.issues.last { $0.end <= i && i - $0.end <= Self.subjectReach }
    }
}
