/// The negotiation-independent signals that decide whether a claim is news. Each is a number (mostly 0 or 1, some
/// counts or shares) computed by `NoveltyScorer`; a claim's score is the weighted sum of its features and it alerts
/// when the score reaches the threshold (`DecisionWeights`). The weights are data, fitted on labelled streams by
/// `seeds/fit_weights.py`; nothing here names a party, an issue or an English word.
public enum DecisionFeature: String, Sendable, Hashable, Codable, CaseIterable {
    // What the model does not hold yet ("novel" features: without one of them nothing is alerted).
    case issueNew = "issue_new"
    case partyFirstStance = "party_first_stance"
    case statusNew = "status_new"
    case polarityFlip = "polarity_flip"
    case newEntities = "new_entities"
    case newQuantity = "new_quantity"
    case newQuantityCount = "new_quantity_count"
    case meetingStateNew = "meeting_state_new"
    case meetingDateNew = "meeting_date_new"
    case meetingPlaceNew = "meeting_place_new"
    case meetingPlaceCount = "meeting_place_count"
    case newPairShare = "new_pair_share"
    case newPairShareSameStance = "new_pair_share_same_stance"
    case newWordShare = "new_word_share"
    case newWordShareSameStance = "new_word_share_same_stance"
    case stanceChanged = "stance_changed"
    case newDate = "new_date"
    // What makes it old, weak or not a claim at all.
    case noStance = "no_stance"
    case recapCue = "recap_cue"
    case recapDate = "recap_date"
    case commentary = "commentary"
    case restatesFact = "restates_fact"
    case echo = "echo"
    case hedged = "hedged"
    // Where it stands in the report.
    case lead = "paragraph_lead"
    case secondParagraph = "paragraph_second"
    case thirdParagraph = "paragraph_third"
    case deepConcrete = "deep_concrete"
    case deep = "deep"
    case titleIssue = "title_issue"
    case documentClause = "document_clause"
    // How the claim was read (weight 0 until a fit gives them one).
    case bySpeaker = "by_speaker"
    case byDocument = "by_document"
    case byContext = "by_context"
    case noParty = "no_party"
    case negated = "negated"
    case lookingAhead = "looking_ahead"
    case positionStance = "position_stance"
    case statusStance = "status_stance"
    case meetingStance = "meeting_stance"
    case firstSentence = "first_sentence"
    case principalActor = "principal_actor"
    case thirdPartyActor = "third_party_actor"
    case partyInTitle = "party_in_title"
    case analysisPiece = "analysis_piece"
    case weakIssueTerm = "weak_issue_term"
    case headline = "headline"
    case attributiveCue = "attributive_cue"

    /// Features that measure what is new: a claim none of which fires has nothing to alert.
    public var novel: Bool {
        switch self {
        case .issueNew, .partyFirstStance, .statusNew, .polarityFlip, .newEntities, .newQuantity, .newQuantityCount,
             .meetingStateNew, .meetingDateNew, .meetingPlaceNew, .meetingPlaceCount, .newPairShare,
             .newPairShareSameStance, .newWordShare, .newWordShareSameStance, .stanceChanged, .newDate:
            return true
        default:
            return false
        }
    }
}
