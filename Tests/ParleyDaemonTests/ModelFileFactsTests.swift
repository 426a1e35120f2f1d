import Foundation
import ParleyCore
import Testing
@testable import ParleyDaemon

/// A model file's vocabulary is configuration, the learned facts are state: taking an edited file keeps every
/// learned fact loadable, and the file's facts the learned state does not hold are found, not ignored.
@Suite("Model file facts against the learned state")
struct ModelFileFactsTests {
    static let iran = DaemonConfigText.seedModel("iran-nuclear")

    @Test func anIssueTheFileDropsIsRetiredWhileLearnedFactsNameIt() throws {
        var learned = try ModelFiles.load(Self.iran)
        var file = learned
        file.issues.removeAll { $0.id == "missiles" }
        file.facts.removeAll { $0.issue == "missiles" }
        file.issues[0].terms.append("newly added term")

        let orphans = ModelFileFacts.adopt(file, into: &learned)
        #expect(!orphans.isEmpty && orphans.allSatisfy { $0.issue == "missiles" })
        #expect(learned.facts.count == (try ModelFiles.load(Self.iran)).facts.count, "a learned fact was dropped")
        #expect(learned.issues[0].terms.contains("newly added term"))
        let retired = try #require(learned.issue("missiles"))
        #expect(retired.terms.isEmpty && retired.weakTerms.isEmpty && retired.name.hasSuffix(ModelFileFacts.retiredMark))
        // The stored version of such a model still loads (facts must name the model's issues).
        let reloaded = try NegotiationModel.load(from: learned.encoded(), language: learned.language)
        #expect(reloaded.facts == learned.facts)

        // Named again by the file, the issue comes back as the file has it; nothing is retired any more.
        var restored = reloaded
        let original = try ModelFiles.load(Self.iran)
        #expect(ModelFileFacts.adopt(original, into: &restored).isEmpty)
        #expect(restored.issues == original.issues)
    }

    @Test func aPartyTheFileDropsIsRetiredToo() throws {
        var learned = try ModelFiles.load(Self.iran)
        let party = try #require(learned.facts.compactMap(\.party).first { $0 != "iran" && $0 != "united-states" })
        var file = learned
        file.parties.removeAll { $0.id == party }
        file.facts.removeAll { $0.party == party }
        for index in file.issues.indices { file.issues[index].requiresParty.removeAll { $0 == party } }
        ModelFileFacts.adopt(file, into: &learned)
        let retired = try #require(learned.party(party))
        #expect(retired.aliases.isEmpty && !retired.principal)
        _ = try NegotiationModel.load(from: learned.encoded(), language: learned.language)
    }

    @Test func factsOfTheFileThatTheLearnedStateDoesNotHoldAreFound() throws {
        let learned = try ModelFiles.load(Self.iran)
        var file = learned
        #expect(ModelFileFacts.disagreements(learned: learned, file: file).isEmpty)
        var added = file.facts[0]
        added.id = "analyst-added-1"
        file.facts.append(added)
        file.facts[1].value = file.facts[1].value == "rejects" ? "accepts" : "rejects"
        let found = ModelFileFacts.disagreements(learned: learned, file: file)
        #expect(found.map(\.file.id) == [file.facts[1].id, "analyst-added-1"])
        #expect(found[0].learned == learned.facts[1])
        #expect(found[1].learned == nil)
    }
}
