/// The plain words `parley explain` gives an analyst for each decision feature (`DecisionFeature`): why a claim
/// alerted, or why not. One phrase per feature, read the same whichever way the fitted weight counts it; a feature
/// without a phrase (a count, a paragraph position) is never given as a reason. In a phrase, `{party}` is the
/// claim's party by name, `{stance}` its stance, and `{detail}` what the feature found (`ClaimDecision.details`):
/// new numbers, a recap cue, the stance it moves from, or a model fact, written as a sentence with its source.
enum PlainReasons {
    static let phrases: [DecisionFeature: String] = [
        // What is new.
        .issueNew: "the issue comes up for the first time",
        .partyFirstStance: "{party} had taken no stance on this issue before",
        .statusNew: "the issue is {detail} for the first time",
        .polarityFlip: "{party} turns around on the issue",
        .stanceChanged: "{party} goes from '{detail}' to '{stance}'",
        .newEntities: "new names: {detail}",
        .newQuantity: "new numbers: {detail}",
        .meetingStateNew: "the meeting is now {detail}",
        .meetingDateNew: "a new meeting date: {detail}",
        .meetingPlaceNew: "new places or people: {detail}",
        .newPairShare: "new wording on this issue",
        .newWordShare: "new wording on this issue",
        .newPairShareSameStance: "a stance already known, in new words",
        .newWordShareSameStance: "a stance already known, in new words",
        .newDate: "a new date: {detail}",
        .documentClause: "a clause of a document this report presents",
        // What makes it old, weak or no claim.
        .noStance: "it names the issue but no one proposes, accepts, agrees or does anything",
        .recapCue: "the report recaps earlier events (\"{detail}\")",
        .recapDate: "it looks back to an earlier date",
        .commentary: "it is analysis or commentary, not a party's act",
        .restatesFact: "already known: {detail}",
        .echo: "reported only days ago: {detail}",
        .hedged: "it is hedged",
        .negated: "it says what did not happen",
        .deep: "it sits deep in the report, where reports recap",
        .deepConcrete: "it sits deep in the report, where reports recap",
        .weakIssueTerm: "the issue is named only by a broad word",
        .attributiveCue: "its event is named in passing, describing a noun",
        .analysisPiece: "the report is an analysis or explainer",
        .byContext: "the party is carried over from an earlier sentence",
        .lookingAhead: "it looks ahead",
        .headline: "it is the headline",
        .titleIssue: "the headline names the issue",
        .partyInTitle: "the headline names {party}",
    ]

    /// Said of a claim that names nothing the model does not hold.
    static let nothingNew = "nothing in it is new to the model"
    /// Said of a claim with something new that weighs too little against the threshold.
    static let tooLittle = "too little is new in it"
    /// The known fact, said before other reasons when nothing is new.
    static let known = "already known: {detail}"
    /// A fact as given in a reason: its sentence and where it came from.
    static let fact = "{sentence} ({source})"

    static func fill(_ phrase: String, party: String, stance: String, detail: String) -> String {
        phrase.replacingOccurrences(of: "{party}", with: party).replacingOccurrences(of: "{stance}", with: stance)
            .replacingOccurrences(of: "{detail}", with: detail)
    }
}
