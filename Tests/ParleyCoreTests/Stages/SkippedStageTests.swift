import Foundation
import Testing
@testable import ParleyCore

/// `--without-stage NAME` (a diagnostic, `seeds/ablate_stages.py`): a sentence read without a stage loses what that
/// stage is responsible for, and nothing else changes; a name that is no stage's is refused with the list of stages.
@Suite struct SkippedStageTests {
    let reader: StageReader

    init() throws { reader = try StageReader() }

    /// Without `asides`, a party inside ", who ... ," is an actor of the sentence like any other.
    @Test func withoutAsidesAPartyInsideAnAsideActs() throws {
        let text = "Peskov, who spoke after Zelensky's address, said Russia rejected the ceasefire."
        let full = reader.read(text, until: "actors")
        #expect(full.actors.compactMap(reader.party) == ["russia", "russia"])
        let without = try StageReader(skipping: ["asides"]).read(text, until: "actors")
        #expect(without.asides.isEmpty)
        #expect(without.actors.compactMap(reader.party) == ["russia", "ukraine", "russia"])
    }

    /// Without `cues`, no stance verb is read: the sentence's issue is named but nobody proposes or rejects it.
    @Test func withoutCuesTheClaimHasNoStance() throws {
        let text = "Russia rejected the ceasefire, Peskov said."
        let full = reader.read(text, until: "claims").claims
        #expect(full.map(\.stance) == ["rejects"])
        let without = try StageReader(skipping: ["cues"]).read(text, until: "claims").claims
        #expect(without.allSatisfy { $0.stance == nil })
    }

    /// Skipping nothing is the default reading, claim for claim.
    @Test func skippingNothingIsTheDefault() throws {
        let text = "Umerov, who led the delegation in Istanbul, told reporters on Monday that Kyiv would accept "
            + "a ceasefire of 30 days, in Geneva, as a first step."
        let none = try StageReader(skipping: [])
        #expect(none.read(text, until: "claims").claims == reader.read(text, until: "claims").claims)
        #expect(none.extractor.pipeline.map(\.name) == ClaimExtractor.stageNames)
    }

    /// Without `claims` no sentence makes a claim (its row of the ablation is 0 by construction).
    @Test func withoutClaimsNothingIsClaimed() throws {
        let text = "Russia rejected the ceasefire, Peskov said."
        #expect(try StageReader(skipping: ["claims"]).read(text, until: "claims").claims.isEmpty)
    }

    /// Without `documents`, which ends a sentence that names no issue, such a sentence reads on and makes no claim
    /// (the targets stage took an issue for granted and trapped).
    @Test func withoutDocumentsASentenceWithoutIssueMakesNoClaim() throws {
        let s = try StageReader(skipping: ["documents"]).read("Peskov spoke to reporters on Monday.", until: "claims")
        #expect(!s.finished && s.drafts.isEmpty && s.claims.isEmpty)
    }

    @Test func anUnknownStageIsRefusedWithTheStageNames() throws {
        let model = try Fixtures.seedModel()
        #expect(throws: ClaimExtractor.UnknownStage.self) { try ClaimExtractor(model: model, skipping: ["aside"]) }
        do throws(ClaimExtractor.UnknownStage) {
            _ = try NegotiationTracker(model: model, skippingStages: ["asides", "speakers"])
            Issue.record("an unknown stage name was accepted")
        } catch {
            #expect(error.name == "speakers")
            #expect(error.description == "unknown stage 'speakers'; the stages are: asides, cues, issues, documents, "
                + "attributive-cues, voice, actors, document-subject, outsiders, dates, details, speaker, targets, "
                + "stance, attribution, modal, claims")
        }
        let tracker = try NegotiationTracker(model: model, skippingStages: ["asides"])
        #expect(tracker.skippedStages == ["asides"])
    }
}
