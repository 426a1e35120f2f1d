import Foundation
import Testing
@testable import ParleyCore

/// A fictional water-sharing negotiation, described only by its model file: no code knows its parties or issues.
@Suite struct SecondModelTests {
    @Test func aNewNegotiationNeedsOnlyAModelFile() throws {
        let model = try Fixtures.model("water-sharing")
        let (tracker, outcomes) = try Fixtures.process(
            ["water-new-quota", "water-restatement", "water-other-river"], model: model)
        let alert = try #require(outcomes[0].alerts.first)
        #expect(alert.negotiation == "serin-water")
        #expect(alert.issue == "water-quota")
        #expect(alert.party == "belmar")
        #expect(alert.evidence.first?.contains("45 percent") == true)
        #expect(outcomes[1].alerts.isEmpty, "a restated demand is not news")
        #expect(outcomes[2].alerts.isEmpty, "another river's quota is another negotiation")
        #expect(tracker.model.version > model.version)
    }

    /// The model lists no real state as an outsider; the language's world list makes every state it does not name
    /// one, so a story about another country's water talks is not this negotiation's.
    @Test func statesTheModelDoesNotNameAreOutsiders() throws {
        let model = try Fixtures.model("water-sharing")
        #expect(model.allOutsiders.contains("Egypt") && model.allOutsiders.contains("Ethiopian"))
        #expect(model.allOutsiders.contains("Nordia"), "the model's own outsiders stay")
        let extractor = ClaimExtractor(model: model)
        let report = Report(url: "https://example.org/nile", title: "Egypt and Ethiopia resume dam talks; Aravia offers to host",
                            text: "Egypt demanded that Ethiopia stop filling the reservoir, and Ethiopian negotiators "
                                + "rejected any quota on the flow, officials told Aravian media.")
        let analysis = extractor.analyze(report)
        #expect(!analysis.relevant, "the lead is about Egypt and Ethiopia, Aravia named in passing")
        #expect(analysis.relevance.contains("other actors"))
        // A model that names a state keeps it: with Egypt as a party, Egypt and Cairo are no outsiders.
        var withEgypt = model
        withEgypt.parties.append(Party(id: "egypt", name: "Egypt", aliases: ["Egypt"], principal: false))
        #expect(!withEgypt.allOutsiders.contains("Cairo") && withEgypt.allOutsiders.contains("Addis Ababa"))
        // So does a name inside one of its phrases: the "Addis Ababa accord" makes Ethiopia part of this one.
        var withAccord = model
        withAccord.context.append("Addis Ababa accord")
        #expect(!withAccord.allOutsiders.contains("Ethiopian") && withAccord.allOutsiders.contains("Cairo"))
    }
}
