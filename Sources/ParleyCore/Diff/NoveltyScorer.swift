import Foundation

/// Scores how much of a claim the model does not hold yet. It measures the claim's features (`DecisionFeature`:
/// a new issue, a party's first stance, numbers, dates and names the model has not seen, the share of words it
/// has not read, recap, commentary, hedging, position in the report, how the party was read) and weighs them with
/// data (`DecisionWeights`); a claim alerts when its score reaches the threshold. No vocabulary here.
struct NoveltyScorer: Sendable {
    static let restatementShare = 0.35

    struct Verdict {
        var score: Double
        var reasons: [String]
        var kind: Alert.Kind
        var newQuantities: [Quantity]
        var features: [DecisionFeature: Double]
        /// What each feature found, in the report's or the model's words (`ClaimDecision.details`).
        var details: [DecisionFeature: String] = [:]
        /// Each feature's share of the score (its weight times its value).
        var contributions: [DecisionFeature: Double] = [:]
        /// The model's fact that already states what the claim states, when there is one (`ClaimDecision.known`).
        var known: String?
    }

    /// Features with their values and the reasons that explain them, summed into a score with the weights.
    struct Tally {
        let weights: DecisionWeights
        var features: [DecisionFeature: Double] = [:]
        var details: [DecisionFeature: String] = [:]
        var contributions: [DecisionFeature: Double] = [:]
        var reasons: [String] = []
        var score = 0.0
        var novelty = 0.0

        mutating func add(_ feature: DecisionFeature, _ reason: String, detail: String? = nil) {
            add(feature, 1, reason, detail: detail)
        }

        /// `detail` is what the feature found ("30 days", a fact's id, a recap cue), for `parley explain`.
        mutating func add(_ feature: DecisionFeature, _ value: Double, _ reason: String, detail: String? = nil) {
            guard value != 0 else { return }
            features[feature, default: 0] += value
            if let detail { details[feature] = detail }
            let contribution = weights.weight(feature) * value
            contributions[feature, default: 0] += contribution
            score += contribution
            if feature.novel { novelty += max(contribution, 0) }
            if contribution != 0 {
                reasons.append(FixedFormat.fixed(contribution, digits: 1, sign: true) + " " + reason)
            }
        }
    }

    let model: NegotiationModel
    let language: Lexicon
    let weights: DecisionWeights
    /// The language's position stances (`Lexicon.positionStances` derives them anew on each read), kept once.
    private let positionStances: Set<String>

    init(model: NegotiationModel) {
        self.model = model
        language = model.language
        weights = model.language.weights ?? .prior
        positionStances = model.language.positionStances
    }

    /// Positions fall on two sides: for something (proposes, demands, accepts) or against it (rejects).
    static func polarity(_ stance: String) -> Bool { stance != "rejects" }

    /// A meeting held and a meeting completed are the same state.
    static func sameState(_ a: String, _ b: String) -> Bool {
        let held: Set<String> = ["held", "completed"]
        return a == b || held.contains(a) && held.contains(b)
    }

    /// `facts`: the model's facts on the claim's issue; `partyFacts`, when given, those of them held by the claim's
    /// party (the tracker keeps them apart: filtering a large issue's facts on every claim cost more than the rest).
    func score(_ claim: Claim, titleIssues: Set<String>, titleParties: Set<String> = [], known: Set<String>,
               everything: Set<String>, facts: [Fact], partyFacts held: [Fact]? = nil, closest: (Fact, Double)? = nil,
               echo: (fact: Fact, age: TimeInterval)? = nil) -> Verdict {
        var tally = Tally(weights: weights)
        let issueIsNew = facts.isEmpty && known.isEmpty
        // A party's stance on another party's document is compared with its stances on that document only.
        let onOthers = claim.documentOwner.flatMap { $0 != claim.party ? $0 : nil }
        let ofParty = held ?? facts.filter { $0.party == claim.party }
        let partyFacts = onOthers == nil ? ofParty : ofParty.filter { $0.about == onOthers }
        let stance = claim.stance
        let isMeeting = model.issue(claim.issue)?.meetings == true
            && stance.map { language.meetingStances.contains($0) } == true
        // A number one party put forward, now agreed by both sides together ("the two sides had agreed to exchange
        // at least 1,200 prisoners of war each", after Kyiv's "up to 1,200"): known as a proposal, new as agreed.
        let agreedTogether = claim.party == nil && stance.map { $0 == "accepts" || $0 == "agreed" } == true
        let newQuantities = claim.quantities.filter { quantity in
            guard quantity.unit != "n" else { return false }
            if !known.contains(quantity.memoryKey) && !everything.contains(quantity.memoryKey) { return true }
            let held = quantity.description
            return agreedTogether && facts.contains { $0.party != nil && $0.quantities.contains(held) }
                && !facts.contains { $0.party == nil && $0.quantities.contains(held) }
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
        // `filter` over the claim's few words, not `subtracting`, which walks the whole (large) memory it is given.
        let novel = words.filter { !everything.contains($0) }
        let ratio = words.isEmpty ? 0 : Double(novel.count) / Double(words.count)
        let novelPairs = pairs.filter { !everything.contains($0) }
        let pairRatio = pairs.isEmpty ? 0 : Double(novelPairs.count) / Double(pairs.count)
        let positional = stance.map(positionStances.contains) ?? false

        // A new rate stated right after the issue term where the issue's facts hold another of the unit ("tariffs of
        // 145% ... now 30%") states what moved, with or without a verb: it is no bare mention of the issue.
        let rateMoves = newQuantities.contains { quantity in
            language.grammar.rateUnits.contains(quantity.unit) && claim.issueQuantities.contains(quantity.description)
                && facts.contains { fact in
                    fact.quantities.contains { $0 != quantity.description && $0.hasSuffix(" " + quantity.unit) }
                }
        }
        if stance == nil, !rateMoves { tally.add(.noStance, "no stance or event verb") }
        if issueIsNew {
            tally.add(.issueNew, "issue new to the model")
        } else {
            if let party = claim.party, partyFacts.isEmpty, positional {
                tally.add(.partyFirstStance, "model holds no stance of \(party) on "
                    + (onOthers.map { "the document of " + $0 } ?? "this issue"))
            }
            if let stance, !facts.contains(where: { $0.value == stance }), language.statusStances.contains(stance) {
                tally.add(.statusNew, "the issue has not been '\(stance)' before", detail: stance)
            } else if let party = claim.party, let stance, positional, !partyFacts.isEmpty,
                      !partyFacts.contains(where: { Self.polarity($0.value) == Self.polarity(stance) }) {
                tally.add(.polarityFlip, "\(party) has not taken the stance '\(stance)' on this issue before")
            }
            // A party's latest stance or state on the issue, when it held one, that this claim changes.
            if let stance, let latest = partyFacts.last, latest.value != stance,
               !Self.sameState(latest.value, stance) {
                tally.add(.stanceChanged, "\(claim.party ?? "the issue") moves from '\(latest.value)' to '\(stance)'",
                          detail: latest.value)
            }
            if !isMeeting, !newDates.isEmpty {
                tally.add(.newDate, "a new date " + newDates.joined(separator: ", "),
                          detail: newDates.joined(separator: ", "))
            }
            let newEntities = Set(claim.entities).filter { !known.contains($0) && !everything.contains($0) }
            if !newEntities.isEmpty, !isMeeting {
                tally.add(.newEntities, Double(min(2, newEntities.count)),
                          "new names " + newEntities.sorted().joined(separator: ", "),
                          detail: newEntities.sorted().joined(separator: ", "))
            }
            if !newQuantities.isEmpty {
                let listed = newQuantities.map(\.description).joined(separator: ", ")
                tally.add(.newQuantity, "new numbers " + listed, detail: listed)
                tally.add(.newQuantityCount, Double(min(2, newQuantities.count)), "\(newQuantities.count) of them")
            }
            if isMeeting, let stance, ["held", "suspended", "collapsed"].contains(stance),
               !facts.contains(where: { Self.sameState($0.value, stance) && (claim.dates.isEmpty
                   || !Set($0.when).isDisjoint(with: claim.dates + claim.dateAlternates))
                   // A meeting called off by its place ("the Budapest summit") is another than one called off elsewhere.
                   && (stance == "held" || claim.names.isEmpty || !Set($0.places).isDisjoint(with: claim.names)) }) {
                tally.add(.meetingStateNew, "the meeting is now '\(stance)'", detail: stance)
            }
            if isMeeting, !newDates.isEmpty {
                tally.add(.meetingDateNew, "meeting on a new date " + newDates.joined(separator: ", "),
                          detail: newDates.joined(separator: ", "))
            }
            if isMeeting, !newNames.isEmpty {
                // Shown as the report writes them, a place of several words as one ("White House", not "whit, hous").
                let shown = AlertState.places(claim).filter { place in
                    place.split(separator: " ").contains { newNames.contains(Stemmer.stem(String($0))) }
                }.joined(separator: ", ")
                tally.add(.meetingPlaceNew, "new places or people " + shown, detail: shown)
                tally.add(.meetingPlaceCount, Double(min(2, newNames.count)), "\(newNames.count) of them")
            }
            // Meetings are new by date, place and state, not by wording.
            // A party restating a stance it holds, with no new number, date or place, needs more new wording.
            let sameStance = claim.party != nil && partyFacts.contains { $0.value == stance }
                && newQuantities.isEmpty && newDates.isEmpty && newNames.isEmpty
            if novelPairs.count >= 3, !isMeeting {
                tally.add(sameStance ? .newPairShareSameStance : .newPairShare, pairRatio,
                          FixedFormat.fixed(pairRatio * 100, digits: 0) + "% of its word pairs are new")
            }
            if novel.count >= 3, !isMeeting {
                tally.add(sameStance ? .newWordShareSameStance : .newWordShare, ratio,
                          FixedFormat.fixed(ratio * 100, digits: 0) + "% of its words are new to this issue")
            }
        }
        if let cue = claim.recapCue {
            // A recap cue is strong evidence; a mention of an earlier month ("the first swap since August") weak.
            if claim.recapByDate {
                tally.add(.recapDate, "recap (\(cue))", detail: cue)
            } else {
                tally.add(.recapCue, "recap (\(cue))", detail: cue)
            }
        }
        if claim.commentary { tally.add(.commentary, "analysis or commentary") }
        if let (fact, shared) = closest, shared > Self.restatementShare, newQuantities.isEmpty,
           !(isMeeting && (!newDates.isEmpty || !newNames.isEmpty)) {
            tally.add(.restatesFact, (shared - Self.restatementShare) / (1 - Self.restatementShare),
                      "restates fact \(fact.id) (" + FixedFormat.fixed(shared * 100, digits: 0) + "% of its words)",
                      detail: fact.id)
        }
        // The same stance or event alerted a few days ago, with no new number: other outlets catching up. A meeting
        // on a new date is another meeting; one in a new place too, unless a party only takes a position on it
        // ("Putin's offer to meet Zelensky lands in a Washington distracted by Iran").
        // The place of the alerted meeting is no new place for its echo ("met Hamas in Doha" the day after "held
        // direct talks with Hamas in Doha"): a mediator's capital is a party's name, never in memory.
        let echoNames = echo.map { echo in
            newNames.subtracting(Tokenizer.tokens(echo.fact.evidence).map { Stemmer.stem($0.lower) })
        } ?? newNames
        if let echo, newQuantities.isEmpty,
           !(isMeeting && (!newDates.isEmpty || !echoNames.isEmpty && !(positional && claim.party != nil))) {
            tally.add(.echo, "the same development was alerted " + FixedFormat.fixed(echo.age / 3600, digits: 0)
                                    + " hour(s) earlier (\(echo.fact.id))", detail: echo.fact.id)
        }
        if claim.hedged { tally.add(.hedged, "hedged") }
        // Reports lead with what is new (75 of 82 labelled dev changes sit in the first three paragraphs).
        switch claim.paragraph {
        case 0: tally.add(.lead, "in the lead")
        case 1: tally.add(.secondParagraph, "in the second paragraph")
        case 2: tally.add(.thirdParagraph, "in the third paragraph")
        // Deep in a report, a concrete new number, date or place is still news; words alone are not.
        default:
            let concrete = !newQuantities.isEmpty || isMeeting && (!newDates.isEmpty || !newNames.isEmpty)
            tally.add(concrete ? .deepConcrete : .deep, "deep in the report")
        }
        if titleIssues.contains(claim.issue) { tally.add(.titleIssue, "issue named in the headline") }
        readingFeatures(claim, titleParties: titleParties, positional: positional, into: &tally)

        // For the kind, a number counts with the noun it counts as well as with a unit ("capped at 800,000": troops);
        // the score reads units only.
        let counted = claim.quantities.filter {
            !$0.countsNothing && ($0.unit != "n" || $0.noun != nil)
                && !known.contains($0.memoryKey) && !everything.contains($0.memoryKey)
        }
        let kind = self.kind(claim, known: known, isMeeting: isMeeting, positional: positional,
                             partyFacts: partyFacts, facts: facts, newQuantities: counted, newPlaces: newNames)
        // Position, headline and the lead only weigh news; without something new there is nothing to alert.
        var score = tally.score
        var reasons = tally.reasons
        if tally.novelty <= 0 {
            reasons.append("nothing new against the model")
            score = min(score, 0)
        }
        // The fact that already says this: the one the claim restates or echoes, else this party's (or, for an
        // event, the issue's) latest fact with the same stance or state.
        let same = stance.flatMap { stance in
            (claim.party == nil ? facts : partyFacts).last { Self.sameState($0.value, stance) }
        }
        let known = tally.details[.restatesFact] ?? tally.details[.echo] ?? same?.id
        return Verdict(score: score, reasons: reasons, kind: kind, newQuantities: newQuantities,
                       features: tally.features, details: tally.details, contributions: tally.contributions,
                       known: known)
    }

    /// How the claim was read: who holds it and how that was found, what kind of stance, where it stands.
    private func readingFeatures(_ claim: Claim, titleParties: Set<String>, positional: Bool,
                                 into tally: inout Tally) {
        switch claim.attribution {
        case "speaker": tally.add(.bySpeaker, "party from the speaker")
        case "document": tally.add(.byDocument, "party from a document's owner")
        case "context": tally.add(.byContext, "party carried from an earlier sentence")
        default: break
        }
        if let party = claim.party {
            let principal = model.party(party)?.principal ?? false
            tally.add(principal ? .principalActor : .thirdPartyActor, principal ? "a principal party acts" : "a third party acts")
            if titleParties.contains(party) { tally.add(.partyInTitle, "its party is in the headline") }
        } else {
            tally.add(.noParty, "both sides or no party")
        }
        if claim.negated { tally.add(.negated, "negated") }
        if claim.lookingAhead { tally.add(.lookingAhead, "looks ahead") }
        if let stance = claim.stance {
            if language.meetingStances.contains(stance) && model.issue(claim.issue)?.meetings == true {
                tally.add(.meetingStance, "a meeting's state")
            } else if language.statusStances.contains(stance) {
                tally.add(.statusStance, "a state of the issue")
            } else if positional {
                tally.add(.positionStance, "a party's position")
            }
        }
        if claim.sentenceIndex == 0 { tally.add(.firstSentence, "the report's first sentence") }
        if claim.headline { tally.add(.headline, "read from the headline") }
        if claim.analysisPiece { tally.add(.analysisPiece, "an analysis or explainer headline") }
        if claim.weakTerm { tally.add(.weakIssueTerm, "issue named by a broad word only") }
        if claim.attributiveCue {
            tally.add(.attributiveCue, "its event word describes a noun (\"the text signed in ...\")")
        }
    }

    /// The kinds of issues.md, from what the claim states against what the model holds:
    /// - `issue.new`: the model holds no fact on the issue (words read in passing do not make it part of the talks,
    ///   though a party's first stance on an issue read before is its `position.new`);
    /// - `meeting.new`: a meeting announced, set or held, or a meeting issue named with no stance; a meeting
    ///   suspended or called off is a `status.changed` (whoever announces it, though looking ahead: "will not now
    ///   take place"), and one a party proposes, accepts or rejects is its position;
    /// - a party negating an event ("no meeting was planned", "declined to sign"), naming it as an owner ("the nuclear
    ///   agreement's adoption day"), forecasting it ("would be
    ///   completed"), making it a condition ("if Israel attacked") or telling it of another party ("Rubio said
    ///   Rwanda's actions were a violation") states its position on it, as does a party acting on another party's
    ///   document;
    /// - `participant.changed` and `status.changed` by the stance's kind (an event, not a position), but
    ///   `quantity.changed` when the event keeps the issue's last state and a number it was held with moves
    ///   (`measureMoves`);
    /// - `status.changed` for a stance two parties take as one subject (`Claim.partner`), a meeting's `meeting.new`;
    /// - `quantity.changed` when the party comes back, with new numbers, to a stance it took before with numbers;
    /// - `position.changed` when the party moves from the position it held last to another, whatever numbers come;
    /// - `quantity.changed`: new numbers where the party's own facts on the issue held numbers;
    /// - `proposal.new`: a party proposes something concrete the model did not hold: a new number, its first meeting,
    ///   or its own document on an issue that is about documents (its terms name one: "draft", "framework"); also its
    ///   own document, the sentence's subject, calling for something where the party had no stance, or a demand it
    ///   addresses to another party (`Claim.addressee`) where it had proposed nothing;
    /// - `status.changed` for a stance with no party (both sides together, or no one named): positions are a party's;
    /// - `position.new` for a party's first stance on the issue, else `position.changed`.
    private func kind(_ claim: Claim, known: Set<String>, isMeeting: Bool, positional: Bool, partyFacts: [Fact],
                      facts: [Fact], newQuantities: [Quantity], newPlaces: Set<String>) -> Alert.Kind {
        let stance = claim.stance
        // An issue named in passing before (its words are known) enters with an event of its own; a party's first
        // stance on it is that party's position.
        if facts.isEmpty && (known.isEmpty || claim.party == nil) { return .issueNew }
        let meetingIssue = model.issue(claim.issue)?.meetings == true
        // A party saying an event did not or will not happen ("no meeting was planned", "declined to sign"), that
        // it will ("would be completed by the middle of next year"), what would follow if it did ("if Israel
        // attacked"), or that another party did it ("Rubio said Rwanda's actions were a clear violation of the
        // accords"), states its position on it; the issue's state has not moved.
        // A meeting called off or suspended ("the sixth round ... will not now take place") is the meeting's state
        // whoever announces it, unless only as a condition.
        if isMeeting, let stance, ["suspended", "collapsed"].contains(stance), !claim.conditional {
            return .statusChanged
        }
        if claim.negated || claim.forecast || claim.conditional || claim.namedEvent || claim.reportedActor != nil,
           claim.party != nil,
           stance != nil, !positional {
            return partyFacts.isEmpty ? .positionNew : .positionChanged
        }
        // What a party does with another party's document (receives it, agrees to it) is its position on that
        // document; the issue's own state has not moved.
        if claim.party != nil, claim.documentOwner.map({ $0 != claim.party }) == true,
           let stance, language.statusStances.contains(stance) {
            return partyFacts.isEmpty ? .positionNew : .positionChanged
        }
        // Two parties that propose or accept a meeting together ("Congo and M23 agree to meet") set it.
        if isMeeting && !(positional && claim.party != nil && claim.partner == nil) || meetingIssue && stance == nil {
            return .meetingNew
        }
        // A party offering a meeting in a place the model has not held ("he was ready to meet Zelensky and ... could
        // come to Moscow") puts forward a meeting, whatever it said of meetings before.
        if isMeeting, claim.party != nil, let stance, stance == "proposes" || stance == "accepts", !claim.negated,
           !newPlaces.isEmpty {
            return .proposalNew
        }
        if let stance, language.participantStances.contains(stance) { return .participantChanged }
        if let stance, language.statusStances.contains(stance) {
            return measureMoves(claim, stance: stance, facts: facts, newQuantities: newQuantities)
                ? .quantityChanged : .statusChanged
        }
        // Two parties acting as one subject ("Congo and M23 commit to a permanent ceasefire", "US and Ukraine draft
        // a framework") move the issue's state; neither takes a position of its own.
        if stance != nil, claim.partner != nil { return .statusChanged }
        // A party coming back to a stance it took before with numbers, with new numbers ("two to three days" of
        // truce proposed, then "24 to 48 hours"), changes the numbers of that stance.
        if let stance, claim.party != nil, positional, !newQuantities.isEmpty,
           partyFacts.contains(where: { $0.value == stance && !$0.quantities.isEmpty }) {
            return .quantityChanged
        }
        // A party that moves from one stance to another (proposes -> accepts) changes its position, whatever
        // numbers come with the move; a number changes under a stance that stays.
        if let stance, claim.party != nil, positional, let held = partyFacts.last,
           language.positionStances.contains(held.value), held.value != stance {
            return .positionChanged
        }
        if !newQuantities.isEmpty, partyFacts.contains(where: { !$0.quantities.isEmpty }) { return .quantityChanged }
        // A stance on another party's document is a position on it, not a proposal.
        let ownDocument = claim.namesDocument && (claim.documentOwner == nil || claim.documentOwner == claim.party)
        if stance == "proposes", claim.party != nil,
           isMeeting && partyFacts.isEmpty || !newQuantities.isEmpty || ownDocument && documentIssue(claim.issue)
            || handsOver(claim) && !partyFacts.contains(where: { $0.value == "proposes" }) {
            return .proposalNew
        }
        // A party's own document, the sentence's subject, that calls for something ("The statement also called for
        // a US-led mechanism to monitor and verify a ceasefire") puts it forward: the party's first word on the
        // issue is a proposal (a person urging it, "Costa urged ...", takes a position).
        if stance == "demands", claim.party != nil, partyFacts.isEmpty, claim.documentSubject,
           claim.documentOwner == nil || claim.documentOwner == claim.party {
            return .proposalNew
        }
        // A party asking another party to do something ("he had asked Russia ... to urgently carry out a full repair
        // of the line") puts a proposal to it, where it had proposed nothing on the issue.
        if stance == "demands", let party = claim.party, let addressee = claim.addressee, addressee != party,
           !partyFacts.contains(where: { $0.value == "proposes" }) {
            return .proposalNew
        }
        if !newQuantities.isEmpty, facts.contains(where: { !$0.quantities.isEmpty }) { return .quantityChanged }
        // Numbers stated without a stance ("Rwandan forces ... with roughly 5,000 to 7,000 troops"): no one takes a
        // position; the numbers are what changed.
        if stance == nil, !newQuantities.isEmpty { return .quantityChanged }
        // A position is a party's: a stance both sides take together, or no named party, is the issue's state.
        if claim.party == nil, stance != nil { return .statusChanged }
        if claim.party != nil && partyFacts.isEmpty { return .positionNew }
        return .positionChanged
    }

    /// The issue stays in the state it was last held in, and a number it was held with moves: the claim restates
    /// that state and one of that fact's numbers (what is measured: "uranium enriched to 60 per cent") with a new
    /// number ("408.6 kilograms", held at 274.8): the quantity changed, not the state. A new stage of an event
    /// ("146 prisoners" exchanged after "8 civilians") shares no number with the stage before and stays its state;
    /// a count under ten shared by chance ("two officials", "two biggest oil companies") measures nothing.
    private func measureMoves(_ claim: Claim, stance: String, facts: [Fact], newQuantities: [Quantity]) -> Bool {
        guard !newQuantities.isEmpty,
              let held = facts.last(where: { language.statusStances.contains($0.value) }),
              Self.sameState(held.value, stance), !held.quantities.isEmpty else { return false }
        let restated = Set(claim.quantities.filter {
            !$0.countsNothing && !($0.value < 10 && $0.value == $0.value.rounded())
        }.map(\.description))
        return !restated.isDisjoint(with: held.quantities)
    }

    /// The claim speaks through its party's own document, which the sentence shows being handed over, presented or
    /// tabled (a document action of the language: "The proposal, handed to Iran through Oman, would require ..."):
    /// the party puts the proposal forward, whatever the issue; a clause of a draft merely described ("The US
    /// draft would ...") is not its putting forward.
    private func handsOver(_ claim: Claim) -> Bool {
        guard claim.attribution == "document", claim.namesDocument,
              claim.documentOwner == nil || claim.documentOwner == claim.party else { return false }
        let actions = Set(language.documentActions.map { $0.lowercased() })
        return claim.sentence.lowercased().split { !$0.isLetter }.contains { actions.contains(String($0)) }
    }

    /// An issue about documents (a peace plan, a treaty text): one of its terms is a document word of the language.
    private func documentIssue(_ id: String) -> Bool {
        guard let issue = model.issue(id) else { return false }
        let documents = Set(language.documents.map { $0.lowercased() })
        return (issue.terms + issue.weakTerms).contains { documents.contains($0.lowercased()) }
    }
}
