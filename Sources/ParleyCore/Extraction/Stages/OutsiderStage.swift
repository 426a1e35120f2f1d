/// Outsiders: a sentence about someone outside the negotiation makes no claim: its only actors are outsiders, or an
/// outsider is its subject ("Poland shot down ..."), or it tells of a meeting between one party of the model and an
/// outsider ("Lavrov arrived in China for talks": Russia's talks with China, not this negotiation's), unless the
/// outsider only names the meeting's venue ("the Rome round"); nor a sentence of force used on an outsider and on no
/// principal party ("US warplanes struck targets around Sanaa": another conflict). An outsider named inside an aside (", its ambassador
/// to the World Trade Organization,") describes someone else: it does not make the sentence an outsider's.
struct OutsiderStage: SentenceStage {
    let name = "outsiders"
    /// How far into the sentence an outsider must stand to be its subject.
    static let subjectReach = 2
    /// How many words after a verb of force its target or its place may stand.
    static let targetReach = 6

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let outsiders = s.actors.filter { $0.label == model.outsiderLabel }
        let principal = s.actors.contains { model.isPrincipal($0.label) }
        if !outsiders.isEmpty && !principal { s.finished = true }
        let asides = s.asides
        let mentions = s.mentions.filter { !asides.contains($0.start) }
        if let first = mentions.first, first.start <= Self.subjectReach, first.label == model.outsiderLabel {
            s.finished = true
        }
        let parties = Set(s.actors.map(\.label).filter { $0 != model.outsiderLabel })
        let meetingOnly = !s.issues.isEmpty && s.issues.allSatisfy { model.meetingIssues.contains($0.label) }
        // (An outsider naming the meeting, "Oman postpones Rome round", is its venue, not its partner.)
        let meetingStarts = x.meetingNameStarts(s)
        if meetingOnly, parties.count == 1, !parties.contains(model.jointLabel),
           mentions.contains(where: { $0.label == model.outsiderLabel && !meetingStarts.contains($0.end) }) {
            s.finished = true
        }
        // Force used on an outsider: the first party or outsider named after the verb is its target or its place.
        let grammar = model.grammar
        if let force = s.tokens.indices.first(where: { grammar.forceVerbs.contains(s.tokens[$0].lower) }),
           let target = mentions.first(where: { $0.start > force && $0.start - force <= Self.targetReach }),
           target.label == model.outsiderLabel {
            s.finished = true
        }
    }
}
