/// The diff's verdict on one claim: the model facts it was compared with, its novelty score with the reasons
/// that make it up, and whether it alerted.
public struct ClaimDecision: Sendable, Hashable {
    public var claim: Claim
    /// The first facts on the same issue the claim was compared with (at most `comparedShown`), as "party stance:
    /// evidence": what `explain` shows (writing out every fact of a large model cost more than the diff itself).
    public var compared: [String]
    /// How many facts on the same issue the claim was compared with.
    public var comparedCount: Int
    public static let comparedShown = 4
    public var score: Double
    public var reasons: [String]
    public var alerted: Bool
    public var kind: Alert.Kind
    public var newQuantities: [Quantity]
    public var alertID: String?
    /// The claim's decision features and their values (`DecisionFeature`), for `explain` and the weight fit.
    public var features: [DecisionFeature: Double] = [:]
    /// What each feature found, in the report's or the model's words: the new numbers ("30 days"), the recap cue
    /// ("has demanded"), the stance it moves from, or the id of the fact it restates or echoes.
    public var details: [DecisionFeature: String] = [:]
    /// Each feature's share of the score (its weight times its value).
    public var contributions: [DecisionFeature: Double] = [:]
    /// The id of the model fact that already states what this claim states, when there is one.
    public var known: String?

    /// Whether any feature that measures what is new (`DecisionFeature.novel`) counted for the claim.
    public var hasNews: Bool {
        contributions.contains { $0.key.novel && $0.value > 0 }
    }
}
