import ArgumentParser
import Foundation
import ParleyCore
import ParleyDaemon
import Testing
@testable import ParleyCLI

/// `parley model init` on a small vocabulary and seed (Fixtures/models/north-south.vocabulary.json,
/// north-south-plan.seed.txt): the facts it proposes, with evidence, confidence and review marks; `model check`
/// warning on the marks left; and the review scripts turning init's output into the shipped models.
@Suite struct ModelInitTests {
    static let vocabulary = ModelCheckTests.fixtures.appendingPathComponent("north-south.vocabulary.json").path
    static let seed = ModelCheckTests.fixtures.appendingPathComponent("north-south-plan.seed.txt").path

    static func proposal(vocabulary: String = vocabulary, seed: String = seed) throws -> SeedProposal {
        let model = try ModelFiles.load(vocabulary, language: ModelCheckTests.language)
        let report = try #require(try ReportLoader.reports(from: seed).first)
        return try SeedProposal(vocabulary: model, report: report)
    }

    static func fact(_ model: NegotiationModel, _ evidenceStart: String) throws -> Fact {
        try #require(model.facts.first { $0.evidence.hasPrefix(evidenceStart) }, "no fact on '\(evidenceStart)'")
    }

    @Test func aSubjectsOwnStanceIsSureAndUnmarked() throws {
        let model = try Self.proposal().model
        let fact = try Self.fact(model, "Southland demands that the border line")
        #expect(fact.issue == "border" && fact.party == "south" && fact.value == "demands")
        #expect(fact.evidence == "Southland demands that the border line follow the river.")
        #expect(fact.confidence == 0.95)
        #expect(fact.review == nil)
    }

    @Test func aDocumentsClauseQuotedThroughAThirdPartyIsMarked() throws {
        let model = try Self.proposal().model
        // Extraction gives the speaker (the mediators) the clause of Northland's plan.
        let fact = try Self.fact(model, "Midland mediators said the Northern plan")
        #expect(fact.issue == "border" && fact.party == "broker")
        let review = try #require(fact.review)
        #expect(review.contains("Northland's plan"))
        #expect(review.contains("filed under Midland (speaker)"))
        #expect(try #require(fact.confidence) < SeedProposal.reviewBelow)
    }

    @Test func aClauseOfADocumentNamedInAnEarlierSentenceIsMarked() throws {
        let model = try Self.proposal().model
        let fact = try Self.fact(model, "Under the plan, Southland would hand over")
        #expect(fact.party == "north" && fact.via == "document" && fact.issue == "water")
        #expect(fact.review == "read as a clause of Northland's plan named in an earlier sentence")
    }

    @Test func aPartyCarriedFromThePreviousSentenceIsMarked() throws {
        let model = try Self.proposal().model
        let fact = try Self.fact(model, "He also wants the prisoners released")
        #expect(fact.party == "north" && fact.value == "demands")
        #expect(fact.confidence == 0.5)
        #expect(fact.review == "party read from the previous sentence (this one names none): is it Northland's?")
    }

    @Test func aJointActFiledUnderOnePartyIsMarked() throws {
        let model = try Self.proposal().model
        // The alert on prisoners groups the joint sentence with Vask's demand, under Northland.
        let fact = try Self.fact(model, "Northland and Southland agreed to exchange 200 prisoners")
        #expect(fact.party == "north" && fact.quantities == ["200 prisoners"])
        let review = try #require(fact.review)
        #expect(review.hasPrefix("filed under Northland with this report's other claim on the issue, but this "
            + "sentence reads as no party's"))
        #expect(review.contains("a weekday read as 2025-05-01 (also possible: 2025-05-08)"))
    }

    @Test func everyFactHasAConfidenceAndEveryLowOneAReason() throws {
        let proposal = try Self.proposal()
        #expect(proposal.model.facts.count == 6)
        #expect(proposal.toReview == 5)
        for fact in proposal.model.facts {
            let confidence = try #require(fact.confidence)
            #expect((0...1).contains(confidence))
            #expect((fact.review != nil) == (confidence < SeedProposal.reviewBelow), "\(fact.id)")
            #expect(fact.source == "seed:north-south-plan")
        }
        #expect(proposal.model.history.last?.note == "seed facts proposed by parley model init (6 facts, 5 marked for review)")
    }

    @Test func theCommandWritesTheModelAndCheckWarnsAtEachMark() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("north-south.model.json").path
        try ModelInitCommand.parse(["--vocabulary", Self.vocabulary, "--seed", Self.seed, "--output", output,
                                    "--language", ModelCheckTests.language]).run()
        let written = try ModelFiles.load(output, language: ModelCheckTests.language)
        #expect(written.facts == (try Self.proposal().model.facts))
        let problems = try ModelCheckCommand.problems(file: output, language: ModelCheckTests.language, seed: Self.seed)
        #expect(problems.filter { $0.severity == .error } == [])
        let marks = problems.filter { $0.code == "to-review" }
        #expect(marks.allSatisfy { $0.severity == .warning })
        let marked = written.facts.indices.filter { written.facts[$0].review != nil }
        #expect(marks.map(\.path) == marked.map { "facts[\($0)].review" })
        #expect(marks.first?.message.contains(written.facts[marked[0]].review ?? "?") == true)

        // Reviewed: the marks removed, the check is clean of them.
        var reviewed = written
        for index in reviewed.facts.indices {
            reviewed.facts[index].review = nil
            reviewed.facts[index].confidence = nil
        }
        try reviewed.encoded().write(to: URL(fileURLWithPath: output))
        let after = try ModelCheckCommand.problems(file: output, language: ModelCheckTests.language, seed: Self.seed)
        #expect(after.filter { $0.code == "to-review" } == [])
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!text.contains("\"review\"") && !text.contains("\"confidence\""))
    }

    @Test func showSaysWhichFactsAwaitReview() throws {
        let text = ModelSummary(model: try Self.proposal().model, evidenceWidth: 20).text
        #expect(text.contains("\"He also wants the...\"  [review: party read from the previous sentence"))
        #expect(text.contains("\"Southland demands...\"\n"))
    }

    @Test func aVocabularyWithFactsOrASeedAboutSomethingElseIsRefused() throws {
        let clean = ModelCheckTests.fixtures.appendingPathComponent("clean.model.json").path
        #expect(throws: ExitCode(1)) {
            try ModelInitCommand.parse(["--vocabulary", clean, "--seed", Self.seed, "--language",
                                        ModelCheckTests.language]).run()
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-init-\(UUID().uuidString).txt")
        try Data("url: seed:x\ntitle: Rain in Eastport\n---\nIt rained all week in Eastport.\n".utf8).write(to: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(throws: SeedProposal.Failure.self) { try Self.proposal(seed: scratch.path) }
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// init + the shipped review script = the shipped model, byte for byte (the marks init adds are what the review
    /// clears).
    @Test(.enabled(if: python != nil, "needs python3 for the review scripts"),
          arguments: ["armenia-azerbaijan", "drc-rwanda", "iran-nuclear", "russia-ukraine"])
    func initThenTheReviewScriptGivesTheShippedModel(_ slug: String) throws {
        let root = DemoRunTests.root
        let seeds = root.appendingPathComponent("seeds")
        let proposal = try Self.proposal(vocabulary: seeds.appendingPathComponent("\(slug).vocabulary.json").path,
                                         seed: seeds.appendingPathComponent("\(slug).seed.txt").path)
        #expect(proposal.toReview > 0)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-init-\(slug)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try proposal.model.encoded().write(to: scratch)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [seeds.appendingPathComponent("review_\(slug).py").path, scratch.path]
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let reviewed = try Data(contentsOf: scratch)
        let shipped = try Data(contentsOf: seeds.appendingPathComponent("\(slug).model.json"))
        #expect(reviewed == shipped)
    }

    @Test func factsWithoutMarksDecodeAndEncodeWithoutThem() throws {
        let path = DemoRunTests.root.appendingPathComponent("seeds/armenia-azerbaijan.model.json").path
        let model = try ModelFiles.load(path, language: ModelCheckTests.language)
        #expect(model.facts.allSatisfy { $0.confidence == nil && $0.review == nil })
        let text = String(decoding: try model.encoded(), as: UTF8.self)
        #expect(!text.contains("\"review\"") && !text.contains("\"confidence\""))
    }
}
