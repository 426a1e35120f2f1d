import Foundation
import Testing
@testable import ParleyCore

/// A model file's vocabulary is configuration and the facts learned from reports are state: a stored model takes
/// the file's parties, issues and topic terms and keeps what it learned.
struct ModelVocabularyTests {
    @Test func aStoredModelTakesTheFilesVocabularyAndKeepsItsFacts() throws {
        var stored = try Fixtures.seedModel()
        let learned = Fact(id: "learned-1", issue: "ceasefire", party: "russia", attribute: .stance, value: "accepts",
                           evidence: "Russia accepted a truce.", source: "https://example.test/1", version: 3)
        stored.facts.append(learned)
        var file = try Fixtures.seedModel()
        file.issues[0].terms.append("newly added term")
        file.context.append("new topic")
        stored.adoptVocabulary(of: file)
        #expect(stored.issues == file.issues)
        #expect(stored.context.contains("new topic"))
        #expect(stored.facts.contains(learned), "learned facts survive a vocabulary edit")
        #expect(stored.orphanedFacts(under: file).isEmpty)
    }

    @Test func factsWhoseIssueTheFileDroppedAreReported() throws {
        let stored = try Fixtures.seedModel()
        var file = stored
        file.issues.removeAll { $0.id == "ceasefire" }
        let orphans = stored.orphanedFacts(under: file)
        #expect(!orphans.isEmpty)
        #expect(orphans.allSatisfy { $0.issue == "ceasefire" })
    }

    @Test func modelFilesAndStoredVersionsDoNotEmbedTheLanguage() throws {
        let model = try Fixtures.seedModel()
        let json = try JSONSerialization.jsonObject(with: model.encoded()) as? [String: Any] ?? [:]
        #expect(json["language"] == nil)
        #expect(throws: CoreError.self) { try NegotiationModel.load(from: model.encoded()) }
        let reloaded = try NegotiationModel.load(from: model.encoded(), language: Fixtures.language())
        #expect(reloaded.language == model.language)
    }
}
