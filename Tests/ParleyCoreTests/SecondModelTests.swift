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
}
