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

    /// The model init proposes from a seed report of Friday 2 May 2025 with this text, on the test vocabulary.
    static func proposal(url: String, text: String) throws -> NegotiationModel {
        let vocabulary = try ModelFiles.load(Self.vocabulary, language: ModelCheckTests.language)
        let report = Report(url: url, title: "Northland sets out its border demands",
                            published: AlertCoding.parseRFC3339("2025-05-02T12:00:00Z"), text: text)
        return try SeedProposal(vocabulary: vocabulary, report: report).model
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
        // "on Thursday" in a Friday report of what happened is the Thursday before: no other reading to offer.
        #expect(fact.when == ["2025-05-01"] && !review.contains("a weekday"), "\(review)")
    }

    /// A number that is part of a name ("Article 5") is kept among the fact's quantities: the mark says so.
    @Test func aNumberOfANameAmongTheQuantitiesIsMarked() throws {
        let model = try Self.proposal(url: "seed:names", text: "Northland demands that the border line follow the river.\n"
            + "He also wants Article 5 of the demarcation accord applied.")
        let fact = try Self.fact(model, "He also wants Article 5")
        #expect(fact.quantities == ["5"])
        #expect(fact.review?.contains("'5' read as a quantity: part of a name") == true, "\(fact.review ?? "no mark")")
        #expect(try Self.fact(model, "Northland demands").review?.contains("part of a name") != true)
    }

    /// A weekday read looking ahead ("will ... on Tuesday": the Tuesday after the report) may be the one before:
    /// that reading is offered; the one of the week after a past event is not.
    @Test func aWeekdayReadAheadOffersTheOneBefore() throws {
        let model = try Self.proposal(url: "seed:weekdays", text: "Northland demands that the border line follow the "
            + "river, Vask said on Thursday.\nHe will propose a new demarcation on Tuesday.")
        let ahead = try Self.fact(model, "He will propose")
        #expect(ahead.when == ["2025-05-06"])
        #expect(ahead.review?.contains("a weekday read as 2025-05-06 (also possible: 2025-04-29)") == true,
                "\(ahead.review ?? "no mark")")
        let before = try Self.fact(model, "Northland demands")
        #expect(before.review?.contains("a weekday") != true, "\(before.review ?? "no mark")")
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

    /// Runs a review script on `model` from `directory` with the shipped review helpers on the path; its exit status
    /// and everything it printed (kept in `scratch`).
    static func runReview(_ script: URL, model: URL, in directory: URL, scratch: URL) throws
        -> (status: Int32, output: String) {
        try runReview(script, arguments: [model], in: directory, scratch: scratch)
    }

    /// Runs a review script with these file arguments (the model to review, and where to write it).
    static func runReview(_ script: URL, arguments: [URL], in directory: URL, scratch: URL) throws
        -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python))
        process.arguments = [script.path] + arguments.map(\.path)
        process.currentDirectoryURL = directory
        process.environment = ["PYTHONPATH": DemoRunTests.root.appendingPathComponent("seeds").path]
        let output = scratch.appendingPathComponent("output.txt")
        try Data().write(to: output)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }

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

    /// Runs a review script (`seeds/review_tools.py` on its path, from the repository's root) on a fresh proposal of
    /// this suite's fixture; returns what it printed and the reviewed model.
    static func review(_ script: String) throws -> (output: String, model: NegotiationModel) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let model = scratch.appendingPathComponent("north-south.model.json")
        let file = scratch.appendingPathComponent("review_north-south-plan.py")
        try Self.proposal().model.encoded().write(to: model)
        try Data(script.utf8).write(to: file)
        let (status, printed) = try Self.runReview(file, model: model, in: DemoRunTests.root, scratch: scratch)
        #expect(status == 0, "\(printed)")
        return (printed, try ModelFiles.load(model.path, language: ModelCheckTests.language))
    }

    /// The worked example of docs/models.md ("The review helpers"), copied from the page: what it prints and writes
    /// is what the page says.
    @Test(.enabled(if: python != nil, "needs python3 for the review scripts"))
    func theReviewHelpersExampleOfTheDocsDoesWhatItSays() throws {
        let page = try String(contentsOf: DemoRunTests.root.appendingPathComponent("docs/models.md"), encoding: .utf8)
        let section = try #require(page.range(of: "### The review helpers"))
        let start = try #require(page.range(of: "```python\n", range: section.upperBound..<page.endIndex))
        let end = try #require(page.range(of: "\n```\n", range: start.upperBound..<page.endIndex))
        let (output, model) = try Self.review(String(page[start.upperBound..<end.lowerBound]) + "\n")
        #expect(output.contains("review: 6 facts; of 5 marked for review, 3 corrected or dropped; of 3 corrected or "
            + "dropped, 0 not marked"), "\(output)")
        #expect(model.facts.allSatisfy { $0.review == nil && $0.confidence == nil })
        let joint = try Self.fact(model, "Northland and Southland agreed")
        #expect(joint.party == nil && joint.attribute == .status && joint.value == "agreed")
        let clause = try Self.fact(model, "Midland mediators said")
        #expect(clause.party == "north" && clause.value == "demands" && clause.via == "document")
        #expect(!model.facts.contains { $0.evidence.hasPrefix("Vask has proposed") })
        let added = try Self.fact(model, "Northland presented a ten-point plan")
        #expect(added.id == "review-north-south-plan-01" && added.source == "seed:north-south-plan")
        #expect(added.when == ["2025-05-02"])
        // The developments follow their alerts' facts: the prisoners' one has no party now, the mediators' one is
        // Northland's, and the water one stays (one of its facts remains).
        let developments = Dictionary(uniqueKeysWithValues: model.developments.map { ($0.issue + "/" + ($0.party ?? "-"), $0) })
        #expect(Set(developments.keys) == ["prisoners/-", "border/north", "border/south", "water/north"])
    }

    /// A review's traps stop the script instead of passing silently: a `fix` that changes nothing, a call after
    /// `save`. With a second argument the script writes the model there and leaves the proposal as it was.
    @Test(.enabled(if: python != nil, "needs python3 for the review scripts"))
    func aReviewStopsOnAnEmptyFixOrACallAfterSaveAndWritesToItsSecondArgument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-traps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (proposal, model) = (folder.appendingPathComponent("north-south-plan.proposed.json"),
                                 folder.appendingPathComponent("north-south-plan.model.json"))
        let proposed = try Self.proposal().model.encoded()
        try proposed.write(to: proposal)
        func run(_ lines: [String]) throws -> (status: Int32, output: String) {
            let script = folder.appendingPathComponent("review_north-south-plan.py")
            let opening = ["from review_tools import Review", "review = Review(\"north-south-plan\", "
                + "seed=\"Tests/ParleyCLITests/Fixtures/models/north-south-plan.seed.txt\")"]
            try Data(((opening + lines).joined(separator: "\n") + "\n").utf8).write(to: script)
            return try Self.runReview(script, arguments: [proposal, model], in: DemoRunTests.root, scratch: folder)
        }
        let empty = try run(["review.fix(\"water\", \"north\", \"proposes\", \"Under the plan\", why=\"right as read\")",
                             "review.save()"])
        #expect(empty.status != 0 && empty.output.contains("changes nothing"), "\(empty.output)")
        #expect(!FileManager.default.fileExists(atPath: model.path), "a script that stopped writes nothing")
        let late = try run(["review.save()", "review.memory(\"water\", learn=[\"q:5\"], why=\"too late\")"])
        #expect(late.status != 0 && late.output.contains("memory after save()"), "\(late.output)")
        let done = try run(["review.drop(\"water\", \"north\", \"proposes\", \"Vask has proposed\", why=\"domestic\")",
                            "review.save()"])
        #expect(done.status == 0, "\(done.output)")
        #expect(try Data(contentsOf: proposal) == proposed, "the proposal stays as init wrote it")
        let reviewed = try ModelFiles.load(model.path, language: ModelCheckTests.language)
        #expect(!reviewed.facts.contains { $0.evidence.hasPrefix("Vask has proposed") })
    }

    /// `fix` drops `via` when it changes the party, value or attribute (unless it sets `via`), keeps it otherwise;
    /// `save` removes the development of an alert whose facts were all dropped.
    @Test(.enabled(if: python != nil, "needs python3 for the review scripts"))
    func aCorrectionDropsViaAndDroppedFactsTakeTheirDevelopment() throws {
        let (output, model) = try Self.review("""
            from review_tools import Review
            review = Review("north-south-plan", seed="Tests/ParleyCLITests/Fixtures/models/north-south-plan.seed.txt")
            under = review.find(("water", "north", "proposes", "Under the plan"))
            review.fix("water", "north", "proposes", "Under the plan", quantities=[], why="a period, not a count")
            print("via after a fix of quantities:", under.get("via"))
            review.fix("water", "north", "proposes", "Under the plan", party="north", why="the same party")
            print("via after a fix to the same party:", under.get("via"))
            review.fix("water", "north", "proposes", "Under the plan", value="demands", why="a demand on Southland")
            print("via after a fix of the value:", under.get("via"))
            review.fix("water", "north", "demands", "Under the plan", value="proposes", via="document", why="kept")
            print("via after a fix setting it:", under.get("via"))
            review.fix("water", "north", "proposes", "Under the plan", via=None, why="removed")
            print("via after a fix removing it:", under.get("via"))
            review.drop("border", "south", "demands", "Southland demands", why="the only fact of its alert")
            review.save()
            """)
        #expect(output.contains("via after a fix of quantities: document\n"), "\(output)")
        #expect(output.contains("via after a fix to the same party: document\n"), "\(output)")
        #expect(output.contains("via after a fix of the value: None\n"), "\(output)")
        #expect(output.contains("via after a fix setting it: document\n"), "\(output)")
        #expect(output.contains("via after a fix removing it: None\n"), "\(output)")
        #expect(try Self.fact(model, "Under the plan").via == nil)
        #expect(model.developments.count == 3)
        #expect(!model.developments.contains { $0.issue == "border" && $0.party == "south" })
    }

    /// A review script kept with its model in a folder of its own (outside the repository), run from that folder:
    /// the seed defaults to the one beside the script; a fix of places only is counted apart from corrections;
    /// `memory(why=...)` is printed with what changed; with no seed anywhere, `sentence` says where it looked.
    @Test(.enabled(if: python != nil, "needs python3 for the review scripts"))
    func aReviewScriptBesideItsModelFindsTheSeedThereAndCountsPlacesApart() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let model = scratch.appendingPathComponent("north-south-plan.model.json")
        let seedCopy = scratch.appendingPathComponent("north-south-plan.seed.txt")
        try Self.proposal().model.encoded().write(to: model)
        try FileManager.default.copyItem(atPath: Self.seed, toPath: seedCopy.path)
        let script = scratch.appendingPathComponent("review_north-south-plan.py")
        try Data("""
            from review_tools import Review
            review = Review("north-south-plan")
            print("seed:", review.seed)
            review.add("border", "north", "stance", "proposes", review.sentence("Northland presented a ten-point plan"),
                       why="missed by extraction")
            review.fix("prisoners", "north", "demands", "He also wants", places=[], why="no place in this sentence")
            review.memory("border", learn=["q:10"], why="the plan has ten points")
            review.save()

            """.utf8).write(to: script)
        func run() throws -> (status: Int32, output: String) {
            try Self.runReview(script, model: model, in: scratch, scratch: scratch)
        }
        let (status, output) = try run()
        #expect(status == 0, "\(output)")
        #expect(output.contains("seed: \(seedCopy.path)\n"), "\(output)")
        #expect(output.contains("review: 7 facts; of 5 marked for review, 0 corrected or dropped; of 0 corrected or "
            + "dropped, 0 not marked; 1 only had their places cleaned (1 of them marked)\n"), "\(output)")
        #expect(output.contains("memory of border: 0 key(s) forgotten, 1 learned: the plan has ten points\n"), "\(output)")
        let reviewed = try ModelFiles.load(model.path, language: ModelCheckTests.language)
        #expect(try Self.fact(reviewed, "Northland presented a ten-point plan").source == "seed:north-south-plan")
        #expect(reviewed.knownTerms["border"]?.contains("q:10") == true)
        // The history note names the script as it was run, not seeds/review_SLUG.py.
        #expect(reviewed.history.last?.note.contains(script.path) == true, "\(reviewed.history.last?.note ?? "")")

        // No seed beside the script, the model or in seeds/ of the working directory: a clear stop.
        try Self.proposal().model.encoded().write(to: model)
        try FileManager.default.removeItem(at: seedCopy)
        let (failed, message) = try run()
        #expect(failed != 0)
        #expect(message.contains("review: no seed report: looked for \(seedCopy.path)"), "\(message)")
        #expect(message.contains("Review(\"north-south-plan\", seed=\"PATH/north-south-plan.seed.txt\")"), "\(message)")
    }

    /// A vocabulary in a folder of its own, with no language file around: init's error says where it looked and
    /// how to pass the file; its closing hint carries the `--language` given and the copy to NAME.model.json.
    @Test(.enabled(if: ModelCheckTests.noLanguageAround, "PARLEY_LANGUAGE or /etc/parley would give a language file"))
    func withoutALanguageFileInitSaysWhereItLookedAndTheHintCarriesLanguage() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let vocabulary = scratch.appendingPathComponent("north-south.vocabulary.json").path
        try FileManager.default.copyItem(atPath: Self.vocabulary, toPath: vocabulary)
        do {
            _ = try ModelFiles.load(vocabulary)
            Issue.record("loaded without a language file")
        } catch {
            let text = "\(error)"
            #expect(text.contains("no language file"), "\(text)")
            #expect(text.contains("PARLEY_LANGUAGE is not set; no english.language.json beside the model in "
                + scratch.standardizedFileURL.path), "\(text)")
            #expect(text.contains("pass --language FILE (the repository's seeds/english.language.json), or set "
                + "PARLEY_LANGUAGE=FILE"), "\(text)")
        }
        #expect(throws: ExitCode(1)) {
            try ModelInitCommand.parse(["--vocabulary", vocabulary, "--seed", Self.seed]).run()
        }

        let next = ModelInitCommand.nextSteps(vocabulary: "gaza.vocabulary.json", id: "gaza", seed: "gaza.seed.txt",
                                              output: "gaza.proposed.json", language: "/opt/parley/seeds/english.language.json")
        #expect(!next.contains("\n  cp "), "\(next)")
        #expect(next.contains("\n  python3 review_gaza.py gaza.proposed.json gaza.model.json\n"), "\(next)")
        // A vocabulary outside the repository: the review script imports review_tools through PYTHONPATH.
        let outside = ModelInitCommand.nextSteps(vocabulary: "gaza.vocabulary.json", id: "gaza", seed: "gaza.seed.txt",
                                                 output: "gaza.proposed.json", language: nil,
                                                 pythonPath: "/opt/parley/seeds")
        #expect(outside.contains("\n  PYTHONPATH=/opt/parley/seeds python3 review_gaza.py gaza.proposed.json "
                                 + "gaza.model.json\n"),
                "\(outside)")
        let seeds = DemoRunTests.root.appendingPathComponent("seeds")
        #expect(ModelInitCommand.pythonPath(vocabulary: seeds.appendingPathComponent("gaza.vocabulary.json").path,
                                            language: nil) == nil)
        #expect(ModelInitCommand.pythonPath(vocabulary: "/tmp/gaza.vocabulary.json",
                                            language: seeds.appendingPathComponent("english.language.json").path)
                == seeds.standardizedFileURL.path)
        #expect(next.hasSuffix("\n  parley model check gaza.model.json --seed gaza.seed.txt --language "
            + "/opt/parley/seeds/english.language.json"), "\(next)")
        // Written straight to NAME.model.json, without --language (found as for replay): nothing to copy or add.
        let direct = ModelInitCommand.nextSteps(vocabulary: "seeds/x.vocabulary.json", id: "x", seed: "my seed.txt",
                                                output: "seeds/x.model.json", language: nil)
        #expect(!direct.contains("cp ") && direct.hasSuffix("\n  parley model check seeds/x.model.json --seed 'my seed.txt'"),
                "\(direct)")
    }

    /// Every date of a seed is read from its publication time: a seed without `published:` is refused with the
    /// header lines to add, one with an unreadable time with the form to write; a seed with `published:` but no
    /// `url:` or `title:` is read, its facts' source `seed:ID`, and init says what it assumed.
    @Test func aSeedWithoutPublishedIsRefusedWithTheLinesToAdd() throws {
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let body = try #require(text.components(separatedBy: "---\n").last)
        func header(_ seedText: String) throws -> SeedHeader {
            let report = PlainTextReport.parse(seedText, defaultURL: "file:///tmp/seed.txt")
            return try SeedHeader(seed: "seed.txt", text: seedText, report: report, negotiation: "north-south")
        }
        func refusal(_ seedText: String) -> String {
            do {
                _ = try header(seedText)
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        let bare = refusal(body)
        #expect(bare.contains("seed.txt has no header, and every date of the seed is read from its publication time"), "\(bare)")
        #expect(bare.contains("  url: seed:north-south\n  title: THE ARTICLE'S HEADLINE\n  published: 2025-04-04T12:00:00Z\n  ---"),
                "\(bare)")
        let noDate = refusal("url: seed:north-south-plan\ntitle: Northland tables a plan\n---\n" + body)
        #expect(noDate.contains("has no `published:` line in its header"), "\(noDate)")
        #expect(noDate.contains("Add to the header:\n  published: 2025-04-04T12:00:00Z\n") && !noDate.contains("url:"),
                "\(noDate)")
        let badDate = refusal("published: May 2, 2025\n---\n" + body)
        #expect(badDate.contains("`published: May 2, 2025` is not an RFC 3339 time: write it as `published: "
            + "2025-04-04T12:00:00Z`"), "\(badDate)")

        let dated = try header("published: 2025-05-02T12:00:00Z\n---\n" + body)
        #expect(dated.report.url == "seed:north-south")
        #expect(dated.notes.count == 2)
        #expect(dated.notes.last?.contains("its first paragraph stands as the headline") == true)

        // The command: refused with exit status 1; with only `published:`, the facts' source is seed:north-south.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let undated = scratch.appendingPathComponent("undated.seed.txt")
        try Data(body.utf8).write(to: undated)
        #expect(throws: ExitCode(1)) {
            try ModelInitCommand.parse(["--vocabulary", Self.vocabulary, "--seed", undated.path, "--output",
                                        scratch.appendingPathComponent("x.json").path,
                                        "--language", ModelCheckTests.language]).run()
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("x.json").path))
        let onlyDate = scratch.appendingPathComponent("dated.seed.txt")
        try Data(("published: 2025-05-02T12:00:00Z\n---\n" + body).utf8).write(to: onlyDate)
        let output = scratch.appendingPathComponent("dated.model.json")
        try ModelInitCommand.parse(["--vocabulary", Self.vocabulary, "--seed", onlyDate.path, "--output", output.path,
                                    "--language", ModelCheckTests.language]).run()
        let written = try ModelFiles.load(output.path, language: ModelCheckTests.language)
        #expect(!written.facts.isEmpty && written.facts.allSatisfy { $0.source == "seed:north-south" })
        #expect(written.facts.contains { $0.when == ["2025-05-01"] })
    }
}
