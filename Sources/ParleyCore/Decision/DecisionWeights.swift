import Foundation

/// The weights and threshold that turn a claim's features into an alert decision. Read from the language's
/// weights file (`seeds/english.weights.json`, written by `seeds/fit_weights.py`); `prior` is the hand-set
/// starting point the first fit began from, used only when no weights file is given.
public struct DecisionWeights: Sendable, Hashable, Codable {
    /// A claim alerts when its score reaches this.
    public var threshold: Double
    public var weights: [String: Double]

    public init(threshold: Double, weights: [String: Double]) {
        self.threshold = threshold
        self.weights = weights
    }

    public func weight(_ feature: DecisionFeature) -> Double { weights[feature.rawValue] ?? 0 }

    /// Decodes a weights file; unknown feature names are an error (a typo would silently weigh nothing).
    public static func load(from data: Data) throws -> DecisionWeights {
        try JSONNestingScan.check(data, what: "weights file")
        let weights: DecisionWeights
        do {
            weights = try JSONDecoder().decode(DecisionWeights.self, from: data)
        } catch {
            throw CoreError.invalidModel(reason: "not a weights file: \(error)")
        }
        let known = Set(DecisionFeature.allCases.map(\.rawValue))
        if let unknown = weights.weights.keys.sorted().first(where: { !known.contains($0) }) {
            throw CoreError.invalidModel(reason: "weights file names unknown feature '\(unknown)'")
        }
        guard weights.threshold.isFinite, weights.weights.values.allSatisfy(\.isFinite) else {
            throw CoreError.invalidModel(reason: "weights file holds a number that is not finite")
        }
        return weights
    }

    /// The hand-set weights of the rule-based scorer, the starting point of the fit.
    public static let prior = DecisionWeights(threshold: 1.4, weights: [
        "issue_new": 2.0, "party_first_stance": 1.0, "status_new": 0.5, "polarity_flip": 0.6,
        "new_entities": 0.4, "new_quantity": 0.4, "new_quantity_count": 0.6,
        "meeting_state_new": 0.8, "meeting_date_new": 0.8, "meeting_place_new": 0.4, "meeting_place_count": 0.4,
        "new_pair_share": 0.5, "new_pair_share_same_stance": 0.25, "new_word_share": 1.6,
        "new_word_share_same_stance": 0.8,
        "no_stance": -3.0, "recap_cue": -1.5, "recap_date": -0.7, "commentary": -1.0, "restates_fact": -2.0,
        "echo": -1.0, "hedged": -0.2,
        "paragraph_lead": 0.8, "paragraph_second": 0.4, "paragraph_third": 0.2, "deep_concrete": -0.3, "deep": -0.6,
        "title_issue": 0.4, "document_clause": 1.5,
    ])
}
