import Foundation

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
    /// The report's publication time (dates in its year are written without the year).
    public var published: Date?

    /// The detailed account (`parley explain --verbose`): relevance, then each claim with its comparison, every
    /// feature's share of the score and the verdict. `brief(model:)` is the short one.
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
            if decision.comparedCount == 0 {
                lines.append("    model holds nothing on this issue")
            } else {
                lines.append("    compared with \(decision.comparedCount) fact(s):")
                for fact in decision.compared.prefix(ClaimDecision.comparedShown) { lines.append("      - \(fact)") }
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
