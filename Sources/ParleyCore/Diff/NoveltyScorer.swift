/// Scores how much of a claim the model does not hold yet. Each signal adds or removes weight and says why;
/// a claim alerts when its score reaches `threshold`. The weights are general (no vocabulary here): a new issue,
/// a party's first stance on an issue, numbers, dates and names the model has not seen, the share of content
/// words it has not seen, less for recap, commentary and hedging, more for the lead and for headline issues.
struct NoveltyScorer: Sendable {
    static let threshold = 1.6

    struct Verdict {
        var score: Double
        var reasons: [String]
        var kind: Alert.Kind
        var newQuantities: [Quantity]
    }

    let model: NegotiationModel
    let language: Lexicon

    init(model: NegotiationModel) {
        self.model = model
        language = model.language
    }

    func score(_ claim: Claim, titleIssues: Set<String>, known: Set<String>, facts: [Fact]) -> Verdict {
        var score = 0.0
        var reasons: [String] = []
        func add(_ weight: Double, _ reason: String) {
            score += weight
            reasons.append(String(format: "%+.1f %@", weight, reason))
        }
        let issueIsNew = facts.isEmpty && known.isEmpty
        let partyFacts = facts.filter { $0.party == claim.party }
        let stance = claim.stance
        let isMeeting = model.issue(claim.issue)?.meetings == true
            && stance.map { language.meetingStances.contains($0) } == true
        let newQuantities = claim.quantities.filter { $0.unit != "n" && !known.contains("q:" + $0.description) }
        let newDates = claim.dates.filter { !known.contains("d:" + $0) }
        let newNames = Set(claim.names.map(Stemmer.stem)).filter { !known.contains($0) }
        let novel = claim.terms.subtracting(known)
        let ratio = claim.terms.isEmpty ? 0 : Double(novel.count) / Double(claim.terms.count)

        if stance == nil { add(-0.6, "no stance or event verb") }
        if issueIsNew {
            add(2.0, "issue new to the model")
        } else {
            if let party = claim.party, partyFacts.isEmpty, stance != nil {
                add(1.0, "model holds no stance of \(party) on this issue")
            }
            if !newQuantities.isEmpty {
                add(min(1.5, 0.8 * Double(newQuantities.count)),
                    "new numbers " + newQuantities.map(\.description).joined(separator: ", "))
            }
            if isMeeting, !newDates.isEmpty { add(0.8, "meeting on a new date " + newDates.joined(separator: ", ")) }
            if !newNames.isEmpty {
                add(min(1.0, 0.4 * Double(newNames.count)), "new names " + newNames.sorted().joined(separator: ", "))
            }
            if novel.count >= 2 {
                add(2.0 * ratio, String(format: "%.0f%% of its words are new to this issue", ratio * 100))
            }
        }
        if claim.background { add(-1.5, "recap of earlier events") }
        if claim.commentary { add(-1.0, "analysis or commentary") }
        if claim.hedged { add(-0.2, "hedged") }
        if claim.paragraph == 0 { add(0.4, "in the lead") }
        if titleIssues.contains(claim.issue) { add(0.4, "issue named in the headline") }

        let kind: Alert.Kind
        if issueIsNew {
            kind = .issueNew
        } else if isMeeting {
            kind = .meetingNew
        } else if let stance, language.participantStances.contains(stance) {
            kind = .participantChanged
        } else if !newQuantities.isEmpty {
            kind = .quantityChanged
        } else if let stance, language.statusStances.contains(stance) {
            kind = .statusChanged
        } else if claim.party != nil && partyFacts.isEmpty {
            kind = stance == "proposes" ? .proposalNew : .positionNew
        } else {
            kind = .positionChanged
        }
        return Verdict(score: score, reasons: reasons, kind: kind, newQuantities: newQuantities)
    }
}
