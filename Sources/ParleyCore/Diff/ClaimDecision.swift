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
}

/// Everything `parley explain` shows about one report.
public struct Explanation: Sendable, Hashable {
    public var reportURL: String
    public var title: String
    public var relevant: Bool
    public var relevance: String
    public var decisions: [ClaimDecision]
    public var threshold: Double
    /// Share of the report's word pairs the model has not read before: low for restatements.
    public var reportNovelty: Double = 0

    /// A readable account: relevance, then each claim with its comparison and verdict.
    public func rendered() -> String {
        var lines = ["report: \(title)", "  url: \(reportURL)",
                     "  relevant: \(relevant ? "yes" : "no") (\(relevance))",
                     String(format: "  novelty: %.0f%% of its word pairs are new to the model", reportNovelty * 100)]
        if relevant && decisions.isEmpty { lines.append("  no claims: no sentence names an issue of the model") }
        for decision in decisions {
            let claim = decision.claim
            lines.append("")
            lines.append("  claim [\(claim.issue) / \(claim.party ?? "both or unnamed")] "
                + "stance \(claim.stance ?? "none")\(claim.negated ? " (negated)" : "")"
                + "\(claim.hedged ? " (hedged)" : "") party by \(claim.attribution)")
            lines.append("    sentence: \(claim.sentence)")
            if !claim.quantities.isEmpty {
                lines.append("    numbers: " + claim.quantities.map(\.description).joined(separator: ", "))
            }
            if !claim.dates.isEmpty { lines.append("    dates: " + claim.dates.joined(separator: ", ")) }
            if decision.compared.isEmpty {
                lines.append("    model holds nothing on this issue")
            } else {
                lines.append("    compared with \(decision.compared.count) fact(s):")
                for fact in decision.compared.prefix(4) { lines.append("      - \(fact)") }
            }
            let verdict = decision.alerted
                ? "ALERT \(decision.kind.rawValue) \(decision.alertID ?? "")"
                : "no alert"
            lines.append(String(format: "    score %.2f (threshold %.2f): ", decision.score, threshold)
                + decision.reasons.joined(separator: "; "))
            lines.append("    -> \(verdict)")
        }
        return lines.joined(separator: "\n")
    }
}

/// What processing one report did: the alerts raised, the new model version if it changed, and why.
public struct ProcessingOutcome: Sendable, Hashable {
    public var alerts: [Alert]
    public var modelChanged: Bool
    /// The record of the new version when the model changed.
    public var version: VersionRecord?
    public var explanation: Explanation
}
