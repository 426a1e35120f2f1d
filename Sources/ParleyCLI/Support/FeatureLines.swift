import Foundation
import ParleyCore

/// One JSON line per claim decision of a report, as `replay --features` writes them for the weight fit
/// (`seeds/fit_weights.py`): the report, the claim's issue and party, its features, score and verdict.
enum FeatureLines {
    struct Line: Encodable {
        var report: String
        var issue: String
        var party: String?
        var stance: String?
        var paragraph: Int
        var score: Double
        var alerted: Bool
        var features: [String: Double]
        var sentence: String
    }

    static func lines(_ explanation: Explanation) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try explanation.decisions.map { decision in
            let line = Line(report: explanation.reportURL, issue: decision.claim.issue, party: decision.claim.party,
                            stance: decision.claim.stance, paragraph: decision.claim.paragraph, score: decision.score,
                            alerted: decision.alerted,
                            features: Dictionary(uniqueKeysWithValues: decision.features.map { ($0.key.rawValue, $0.value) }),
                            sentence: decision.claim.sentence)
            return String(decoding: try encoder.encode(line), as: UTF8.self)
        }
    }
}
