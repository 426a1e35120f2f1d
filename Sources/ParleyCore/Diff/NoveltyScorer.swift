import Foundation

/// Scores how much of a claim the model does not hold yet. Each signal adds or removes weight and says why;
/// a claim alerts when its score reaches `threshold`. The weights are general (no vocabulary here): a new issue,
/// a party's first stance on an issue, numbers, dates and names the model has not seen, the share of content
/// words it has not seen, less for recap, commentary and hedging, more for the lead and for headline issues.
struct NoveltyScorer: Sendable {
    static let restatementShare = 0.35
    static let restatementWeight = 2.0
    static let sameStanceWording = 0.5
    static let pairWeight = 0.5
    static let threshold = 1.4
    /// What repeating a development alerted a few days earlier costs.
    static let echoWeight = 1.0
    /// What a clause of a document first presented in the same report gains (see `NegotiationTracker`).
    static let newDocumentClause = 1.5

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

    /// Positions fall on two sides: for something (proposes, demands, accepts) or against it (rejects).
    static func polarity(_ stance: String) -> Bool { stance != "rejects" }

    /// A meeting held and a meeting completed are the same state.
    static func sameState(_ a: String, _ b: String) -> Bool {
        let held: Set<String> = ["held", "completed"]
        return a == b || held.contains(a) && held.contains(b)
    }

    func score(_ claim: Claim, titleIssues: Set<String>, known: Set<String>, everything: Set<String>,
               facts: [Fact], closest: (Fact, Double)? = nil, echo: (fact: Fact, age: TimeInterval)? = nil)
        -> Verdict {
        var score = 0.0
        var novelty = 0.0
        var reasons: [String] = []
        func add(_ weight: Double, _ reason: String, novel: Bool = false) {
            score += weight
            if novel { novelty += weight }
            reasons.append(String(format: "%+.1f %@", weight, reason))
        }
        let issueIsNew = facts.isEmpty && known.isEmpty
        // A party's stance on another party's document is compared with its stances on that document only.
        let onOthers = claim.documentOwner.flatMap { $0 != claim.party ? $0 : nil }
        let partyFacts = facts.filter { $0.party == claim.party && (onOthers == nil || $0.about == onOthers) }
        let stance = claim.stance
        let isMeeting = model.issue(claim.issue)?.meetings == true
            && stance.map { language.meetingStances.contains($0) } == true
        let newQuantities = claim.quantities.filter {
            $0.unit != "n" && !known.contains($0.memoryKey) && !everything.contains($0.memoryKey)
        }
        let knownDate = { (date: String) in known.contains("d:" + date) || everything.contains("d:" + date) }
        let newDates = claim.dates.indices.filter { index in
            !knownDate(claim.dates[index])
                && !(index < claim.dateAlternates.count && knownDate(claim.dateAlternates[index]))
        }.map { claim.dates[$0] }
        let newNames = Set(claim.names.map(Stemmer.stem)).filter { !known.contains($0) && !everything.contains($0) }
        // Words are compared with everything the model has read, so a recap in new company is still a recap.
        let words = claim.terms.filter { !$0.hasPrefix("b:") }
        let pairs = claim.terms.subtracting(words)
        let novel = words.subtracting(everything)
        let ratio = words.isEmpty ? 0 : Double(novel.count) / Double(words.count)
        let novelPairs = pairs.subtracting(everything)
        let pairRatio = pairs.isEmpty ? 0 : Double(novelPairs.count) / Double(pairs.count)

        if stance == nil { add(-3.0, "no stance or event verb") }
        if issueIsNew {
            add(2.0, "issue new to the model", novel: true)
        } else {
            let positional = stance.map(language.positionStances.contains) ?? false
            if let party = claim.party, partyFacts.isEmpty, positional {
                add(1.0, "model holds no stance of \(party) on " + (onOthers.map { "the document of " + $0 } ?? "this issue"), novel: true)
            }
            if let stance, !facts.contains(where: { $0.value == stance }), language.statusStances.contains(stance) {
                add(0.5, "the issue has not been '\(stance)' before", novel: true)
            } else if let party = claim.party, let stance, positional, !partyFacts.isEmpty,
                      !partyFacts.contains(where: { Self.polarity($0.value) == Self.polarity(stance) }) {
                add(0.6, "\(party) has not taken the stance '\(stance)' on this issue before", novel: true)
            }
            let newEntities = Set(claim.entities).filter { !known.contains($0) && !everything.contains($0) }
            if !newEntities.isEmpty, !isMeeting {
                add(min(0.8, 0.4 * Double(newEntities.count)), "new names " + newEntities.sorted().joined(separator: ", "),
                    novel: true)
            }
            if !newQuantities.isEmpty {
                add(min(1.6, 0.4 + 0.6 * Double(newQuantities.count)),
                    "new numbers " + newQuantities.map(\.description).joined(separator: ", "), novel: true)
            }
            if isMeeting, let stance, ["held", "suspended", "collapsed"].contains(stance),
               !facts.contains(where: { Self.sameState($0.value, stance) && (claim.dates.isEmpty
                   || !Set($0.when).isDisjoint(with: claim.dates + claim.dateAlternates))
                   // A meeting called off by its place ("the Budapest summit") is another than one called off elsewhere.
                   && (stance == "held" || claim.names.isEmpty || !Set($0.places).isDisjoint(with: claim.names)) }) {
                add(0.8, "the meeting is now '\(stance)'", novel: true)
            }
            if isMeeting, !newDates.isEmpty { add(0.8, "meeting on a new date " + newDates.joined(separator: ", "), novel: true) }
            if isMeeting, !newNames.isEmpty {
                add(min(1.2, 0.4 + 0.4 * Double(newNames.count)), "new places or people " + newNames.sorted().joined(separator: ", "), novel: true)
            }
            // Meetings are new by date, place and state, not by wording.
            // A party restating a stance it holds, with no new number, date or place, needs more new wording.
            let sameStance = claim.party != nil && partyFacts.contains { $0.value == stance }
                && newQuantities.isEmpty && newDates.isEmpty && newNames.isEmpty
            let wording = sameStance ? Self.sameStanceWording : 1.0
            if novelPairs.count >= 3, !isMeeting {
                add(wording * Self.pairWeight * pairRatio, String(format: "%.0f%% of its word pairs are new", pairRatio * 100),
                    novel: true)
            }
            if novel.count >= 3, !isMeeting {
                add(wording * 1.6 * ratio, String(format: "%.0f%% of its words are new to this issue", ratio * 100), novel: true)
            }
        }
        if let cue = claim.recapCue {
            // A recap cue is strong evidence; a mention of an earlier month ("the first swap since August") weak.
            add(cue == ClaimExtractor.earlierDate ? -0.7 : -1.5, "recap (\(cue))")
        }
        if claim.commentary { add(-1.0, "analysis or commentary") }
        if let (fact, shared) = closest, shared > Self.restatementShare, newQuantities.isEmpty,
           !(isMeeting && (!newDates.isEmpty || !newNames.isEmpty)) {
            add(-Self.restatementWeight * (shared - Self.restatementShare) / (1 - Self.restatementShare),
                String(format: "restates fact %@ (%.0f%% of its words)", fact.id, shared * 100))
        }
        // The same stance or event alerted a few days ago, with no new number: other outlets catching up.
        if let echo, newQuantities.isEmpty, !isMeeting {
            add(-Self.echoWeight, String(format: "the same development was alerted %.0f hour(s) earlier (%@)",
                                         echo.age / 3600, echo.fact.id))
        }
        if claim.hedged { add(-0.2, "hedged") }
        // Reports lead with what is new (75 of 82 labelled dev changes sit in the first three paragraphs).
        switch claim.paragraph {
        case 0: add(0.8, "in the lead")
        case 1: add(0.4, "in the second paragraph")
        case 2: add(0.2, "in the third paragraph")
        // Deep in a report, a concrete new number, date or place is still news; words alone are not.
        default:
            let concrete = !newQuantities.isEmpty || isMeeting && (!newDates.isEmpty || !newNames.isEmpty)
            add(concrete ? -0.3 : -0.6, "deep in the report")
        }
        if titleIssues.contains(claim.issue) { add(0.4, "issue named in the headline") }

        // The kinds of issues.md: a meeting proposed by a party is that party's proposal or change of position;
        // a swap carried out is a status whatever its size; a number the model held that moves is a quantity.
        let positional = stance.map(language.positionStances.contains) ?? false
        let kind: Alert.Kind
        if issueIsNew {
            kind = .issueNew
        } else if isMeeting && !(positional && claim.party != nil) {
            kind = .meetingNew
        } else if let stance, language.participantStances.contains(stance) {
            kind = .participantChanged
        } else if let stance, language.statusStances.contains(stance) {
            kind = .statusChanged
        } else if stance == "proposes", claim.party != nil,
                  partyFacts.isEmpty || claim.namesDocument || !newQuantities.isEmpty {
            kind = .proposalNew
        } else if !newQuantities.isEmpty, facts.contains(where: { !$0.quantities.isEmpty }) {
            kind = .quantityChanged
        } else if claim.party != nil && partyFacts.isEmpty {
            kind = .positionNew
        } else {
            kind = .positionChanged
        }
        // Position, headline and the lead only weigh news; without something new there is nothing to alert.
        if novelty <= 0 {
            reasons.append("nothing new against the model")
            score = min(score, 0)
        }
        return Verdict(score: score, reasons: reasons, kind: kind, newQuantities: newQuantities)
    }
}
