/// The diff's verdict on one claim: the model facts it was compared with, its novelty score with the reasons
/// that make it up, and whether it alerted.
public struct ClaimDecision: Sendable, Hashable {
    public var claim: Claim
    /// The facts on the same issue the claim was compared with, as "party stance: evidence".
    public var compared: [String]
    public var score: Double
    public var reasons: [String]
    public var alerted: Bool
    public var kind: Alert.Kind
    public var newQuantities: [Quantity]
    public var alertID: String?
    /// The claim's decision features and their values (`DecisionFeature`), for `explain` and the weight fit.
    public var features: [DecisionFeature: Double] = [:]
}
