import Foundation
import ParleyCore

extension ModelCheck {
    /// Each fact must point at an issue and party of the model, carry its evidence sentence, use a value the
    /// language knows for its attribute and, with the seed text, quote the seed.
    func factProblems(_ model: NegotiationModel) -> [ModelProblem] {
        var found: [ModelProblem] = []
        let issueIDs = Set(model.issues.map(\.id))
        let partyIDs = Set(model.parties.map(\.id))
        let seed = seedText.map(Self.normalisedWhitespace)
        for (f, fact) in model.facts.enumerated() {
            if !issueIDs.contains(fact.issue) {
                found.append(ModelProblem(.error, "unknown-id", at: "facts[\(f)].issue",
                                          "fact '\(fact.id)' names unknown issue '\(fact.issue)'",
                                          hint: "use the id of an issue of this model"))
            }
            if let party = fact.party, !partyIDs.contains(party) {
                found.append(ModelProblem(.error, "unknown-id", at: "facts[\(f)].party",
                                          "fact '\(fact.id)' names unknown party '\(party)'",
                                          hint: "use the id of a party of this model, or null for the issue as a whole"))
            }
            let evidence = Self.normalisedWhitespace(fact.evidence)
            if evidence.isEmpty {
                found.append(ModelProblem(.error, "no-evidence", at: "facts[\(f)].evidence",
                                          "fact '\(fact.id)' has no evidence",
                                          hint: "quote the sentence of the report that states it"))
            } else if let seed, !seed.contains(evidence) {
                found.append(ModelProblem(.error, "evidence-not-in-seed", at: "facts[\(f)].evidence",
                                          "the evidence of fact '\(fact.id)' is not in the seed text",
                                          hint: "quote the seed's sentence exactly (spacing may differ)"))
            }
            if let review = fact.review {
                found.append(ModelProblem(.warning, "to-review", at: "facts[\(f)].review",
                                          "fact '\(fact.id)' (\(fact.issue), \(fact.party ?? "no party") \(fact.value)) is "
                                              + "still marked for review: \(review)",
                                          hint: "check it against its evidence, correct or drop it, then remove "
                                              + "\"review\" (and \"confidence\")"))
            }
            if let confidence = fact.confidence, !(0...1).contains(confidence) {
                found.append(ModelProblem(.error, "bad-confidence", at: "facts[\(f)].confidence",
                                          "confidence \(confidence) of fact '\(fact.id)' is outside 0...1",
                                          hint: "a share between 0 and 1, or no confidence at all"))
            }
            for (d, date) in fact.when.enumerated() where !Self.isCalendarDate(date) {
                found.append(ModelProblem(
                    .error, "bad-date", at: "facts[\(f)].when[\(d)]",
                    "'\(date)' of fact '\(fact.id)' is not a date Parley writes (YYYY-MM-DD, or YYYY-MM for a month): an "
                        + "alert compared with the fact would show it as a date",
                    hint: "a day (2025-06-02) or a month (2025-06); Parley reads no year alone as a date (\"in 2000\" "
                        + "only marks the sentence as background), so leave a year out of `when`"))
            }
            if let allowed = factValues[fact.attribute], !allowed.contains(fact.value) {
                found.append(ModelProblem(.error, "unknown-value", at: "facts[\(f)].value",
                                          "'\(fact.value)' is not a \(fact.attribute.rawValue) value of the language",
                                          hint: "one of: \(allowed.sorted().joined(separator: ", "))"))
            }
        }
        return found
    }

    /// `YYYY-MM-DD` or `YYYY-MM`, with a month 01-12 and a day 01-31: the dates Parley reads and alerts carry
    /// (docs/alert.schema.json).
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), (1...12).contains(month) else { return false }
        return parts.count == 2 || Int(parts[2]).map { (1...31).contains($0) } == true
    }

    /// Runs of whitespace (newlines included) as one space, ends trimmed.
    static func normalisedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
