import Foundation
import Testing
@testable import ParleyCore

/// The four labelled development negotiations of shared/eval, each replayed from its seed model in `seeds/` with
/// the shared language and fitted weights, scored as score.py scores them. The floors are today's measured
/// figures less a small margin: a change that loses ground on any negotiation fails here. Issue 11's bar (F1 >=
/// 0.80 on each with it left out of the fit, 0.88 on Russia–Ukraine) is not met yet; the figures are printed.
@Suite(.enabled(if: Fixtures.shared != nil, "needs ../shared beside the repository"))
struct DevStreamTests {
    struct Stream: Sendable, CustomStringConvertible {
        let folder: String
        let model: String
        let minimumF1: Double
        let maximumFalseOnRestatements: Int
        let maximumFalseOnUnrelated: Int
        /// Share of matched alerts whose kind is the label's (issue 13's bar: 0.90 on the development streams).
        var minimumKindAgreement = 0.0
        var description: String { model }
    }

    static let streams = [
        // Measured 2026-12-08, session 12 ("reached" only with what is agreed, other parties' accounts of one event
        // as one alert, a mediator on the negotiation's ground, a document named again by its word, an alerted
        // party's position in other words an echo): 0.881 (2 A, 0 D), kind 63/70; 0.571 (3, 0), 17/18; 0.568 (0, 1),
        // 19/21; 0.500 (3, 2), 18/20.
        // Measured 2026-12-07, session 11 (both sides' accounts of one event as one alert, force on an outsider, a
        // claim on an attributive cue a recap, a teaser lead, an outsider before a word of negotiation a venue):
        // 0.870 (4 A, 0 D), kind 63/70; 0.562 (4, 0), 17/18; 0.568 (0, 1), 19/21; 0.494 (3, 2), 18/20.
        // Measured 2026-12-07, session 10 (capitals as a document's venue, 'asks', a coordinated infinitive, measures
        // that move, rate changes, joint meetings): 0.870 (4 A, 0 D), kind 63/70; 0.562 (4, 0), 17/18; 0.568 (0, 1),
        // 19/21; 0.512 (3, 2), 19/21.
        // Measured 2026-12-07, session 9 (a joint subject of a reported clause, a number one side offered then
        // agreed by both, a meeting offered somewhere new, opening phrases no asides, weekdays before a look-ahead
        // cue): 0.870 (4 A, 0 D), kind 64/70; 0.562 (4, 0), 17/18; 0.548 (0, 1), 18/20; 0.512 (3, 2), 19/21.
        // Measured 2026-12-07, session 8 (passive event cues, 'will send', 'has closed'): 0.870 (4 A, 0 D),
        // 0.554 (4, 0), 0.541 (0, 1), 0.512 (3, 3).
        // Measured 2026-12-07, session 7 (stance verbs of ending and of work under way): 0.870 (4 A, 0 D),
        // 0.554 (4, 0), 0.541 (0, 1), 0.506 (4, 3).
        // Measured 2026-12-07 (session 5: event verbs in the language file, institution-led relevance, a party's
        // meeting with an outsider is not this negotiation's, the DRC seed rebuilt with init + review, refitted
        // weights): 0.870 (4 A, 0 D),
        // 0.554 (4, 0), 0.541 (0, 1), 0.456 (4, 4). Session 4: 0.861 (3, 0), 0.459 (4, 0), 0.528 (0, 0), 0.405 (5, 4).
        Stream(folder: "dev", model: "russia-ukraine", minimumF1: 0.88, maximumFalseOnRestatements: 3,
               maximumFalseOnUnrelated: 0, minimumKindAgreement: 0.90),
        Stream(folder: "armenia-azerbaijan", model: "armenia-azerbaijan", minimumF1: 0.55,
               maximumFalseOnRestatements: 4, maximumFalseOnUnrelated: 0, minimumKindAgreement: 0.90),
        Stream(folder: "drc-rwanda", model: "drc-rwanda", minimumF1: 0.56, maximumFalseOnRestatements: 0,
               maximumFalseOnUnrelated: 1, minimumKindAgreement: 0.90),
        Stream(folder: "iran-nuclear", model: "iran-nuclear", minimumF1: 0.49, maximumFalseOnRestatements: 4,
               maximumFalseOnUnrelated: 3, minimumKindAgreement: 0.90),
    ]

    @Test(arguments: streams) func negotiationHoldsItsFloor(_ stream: Stream) throws {
        let shared = try #require(Fixtures.shared)
        try Self.holdsItsFloor(stream, model: try Fixtures.seedModel(stream.model),
                               in: shared.appendingPathComponent("eval/\(stream.folder)"))
    }

    /// A model a newcomer wrote from the seed article and docs/ alone (Fixtures/newcomer-drc/README.md): the path a
    /// user takes for a negotiation of their own. Measured 2026-12-07: 0.448 (1 A, 0 D); session 10 (a title-case
    /// name with "of" in it matches in lowercase, a capital before a document is its venue): 0.529 (1 A, 0 D).
    @Test func aNewcomersModelHoldsItsFloor() throws {
        let model = try NegotiationModel.load(from: Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(
            "Tests/ParleyCoreTests/Fixtures/newcomer-drc/drc-rwanda.model.json")), language: Fixtures.language())
        let shared = try #require(Fixtures.shared)
        try Self.holdsItsFloor(Stream(folder: "drc-rwanda", model: "newcomer drc-rwanda", minimumF1: 0.52,
                                      maximumFalseOnRestatements: 1, maximumFalseOnUnrelated: 0),
                               model: model, in: shared.appendingPathComponent("eval/drc-rwanda"))
    }

    static func holdsItsFloor(_ stream: Stream, model: NegotiationModel, in folder: URL) throws {
        let directory = folder.appendingPathComponent("reports")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        let reports = try files.map { name in
            PlainTextReport.parse(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8),
                                  defaultURL: name)
        }.sorted { ($0.published ?? .distantPast) < ($1.published ?? .distantPast) }
        var tracker = NegotiationTracker(model: model)
        var alerts: [Alert] = []
        for report in reports {
            alerts += tracker.process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0)).alerts
        }
        let labels = try AlertScore.labels(String(contentsOf: folder.appendingPathComponent("labels.jsonl"),
                                                  encoding: .utf8))
        let all = AlertScore(labels: labels, alerts: alerts, reports: Set(reports.map(\.url)))
        print("\(stream.model), \(reports.count) reports: \(all.line)")
        #expect(all.f1 >= stream.minimumF1)
        #expect((all.falseByGroup["A"] ?? 0) <= stream.maximumFalseOnRestatements)
        #expect((all.falseByGroup["D"] ?? 0) <= stream.maximumFalseOnUnrelated)
        #expect(all.kindAgreement >= stream.minimumKindAgreement)
    }
}

/// Two more negotiations, labelled streams kept in the repository (Fixtures/gaza, Fixtures/thai-cambodia: written
/// blind, each with the model a newcomer wrote from its seed article and docs/ alone, in `newcomer-model/`). They
/// need nothing beside the repository, so they always run. Measured 2026-12-07 with the code and weights of that
/// morning, before either stream was seen: Gaza 0.552 (4 A, 1 D), Thailand–Cambodia 0.462 (2 A, 0 D); after that
/// session's passive cues, 'will send', 'has closed' and "per cent" read as a unit: 0.545 (4, 1) and 0.507 (2, 0).
/// Two more in session 9 (Fixtures/syria-israel, Fixtures/us-china-trade), written and modelled the same way and
/// measured with the code and weights of the session's start (08a1b4b) before anyone read a report: Syria–Israel
/// 0.583 (3 A, 0 D), US–China 0.506 (2 A, 3 D). Session 10 (the newcomers' findings: measures that move, rate
/// changes, joint meetings): Gaza 0.558 (3, 1), Thailand–Cambodia 0.522 (2, 0), Syria–Israel 0.632 (3, 0), US–China
/// 0.578 (2, 3). Session 11 (both sides' accounts of one event as one alert, a claim on an attributive cue a recap):
/// Gaza 0.602 (2, 1), Thailand–Cambodia 0.537 (1, 0), Syria–Israel 0.632 (3, 0), US–China 0.600 (1, 3). Session 12
/// ("reached" only with what is agreed, other parties' accounts of one event as one alert, a mediator acting on the
/// negotiation's named ground relevant): Gaza 0.635 (2, 1), Thailand–Cambodia 0.537 (1, 0), Syria–Israel 0.640 (3,
/// 0), US–China 0.608 (1, 3). Session 13 (undertakings, exemptions, "give up"): Thailand–Cambodia 0.559 (1, 0),
/// US–China 0.625 (1, 3); and a fifth, Fixtures/israel-lebanon (written blind that session, its model by a newcomer
/// from the seed article, the vocabulary and docs/ alone), measured on first sight with that session's code: 0.353
/// (3 A, 1 D), precision 0.444, recall 0.293: a model a user wrote, on a negotiation nobody tuned for.
struct NewcomerStreamTests {
    static let streams = [
        DevStreamTests.Stream(folder: "gaza", model: "gaza", minimumF1: 0.62, maximumFalseOnRestatements: 3,
                              maximumFalseOnUnrelated: 1),
        DevStreamTests.Stream(folder: "thai-cambodia", model: "thai-cambodia", minimumF1: 0.55,
                              maximumFalseOnRestatements: 2, maximumFalseOnUnrelated: 0),
        DevStreamTests.Stream(folder: "syria-israel", model: "syria-israel", minimumF1: 0.62,
                              maximumFalseOnRestatements: 3, maximumFalseOnUnrelated: 0),
        DevStreamTests.Stream(folder: "us-china-trade", model: "us-china-trade", minimumF1: 0.61,
                              maximumFalseOnRestatements: 2, maximumFalseOnUnrelated: 3),
        DevStreamTests.Stream(folder: "israel-lebanon", model: "israel-lebanon", minimumF1: 0.35,
                              maximumFalseOnRestatements: 3, maximumFalseOnUnrelated: 1),
    ]

    @Test(arguments: streams) func newcomersModelHoldsItsFloor(_ stream: DevStreamTests.Stream) throws {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/ParleyCoreTests/Fixtures/\(stream.folder)")
        let model = try NegotiationModel.load(from: Data(contentsOf: folder.appendingPathComponent(
            "newcomer-model/\(stream.model).model.json")), language: Fixtures.language())
        try DevStreamTests.holdsItsFloor(stream, model: model, in: folder)
    }
}

/// News floods (Fixtures/ru-flood, Fixtures/iran-flood, written blind in session 11): each development reported first
/// by one outlet and then by several others within hours, recapped in weeklies and live blogs, amid battlefield and
/// other news naming the same countries, as real feeds carry it; replayed with the shipped seed models. They measure
/// precision under repetition, the weak point of real news. Measured on first sight (code and weights of the
/// session's start, feeds replayed): Russia–Ukraine 0.370 (precision 0.303, 17 A, 2 D), Iran 0.417 (0.306, 15 A,
/// 8 D); at the session's end (the echo of a position on a meeting, events of both sides as one, force used on an
/// outsider, attributive cues as recap, an outsider before a word of negotiation as venue), from the reports:
/// 0.400 (0.345, 14 A, 2 D) and 0.438 (0.320, 15 A, 7 D).
///
/// A third, Fixtures/gaza-flood (session 12, written blind the same way: 115 reports, 19 January-8 March 2025, 24
/// changes), replayed with the Gaza newcomer's model (Fixtures/gaza/newcomer-model): the real-news case for a model a
/// user wrote. First sight (code of the session's start, with its "reached" cues; feeds replayed): 0.317 (precision
/// 0.256, 17 A, 2 D); with the echo naming the alerts' parties and one alert for other parties' accounts of an event,
/// from the reports: Russia–Ukraine 0.417 (0.370, 13 A, 1 D), Iran 0.478 (0.364, 14, 6), Gaza 0.328 (0.270, 18, 2);
/// with a mediator acting on the negotiation's named ground relevant: Gaza 0.338 (0.268, 20 A, 1 D); with a document
/// named again by its word its earlier owner's ("under the plan": Egypt's, not Trump's proposal named after it):
/// Gaza 0.400 (0.317, 20 A, 1 D).
///
/// A fourth, Fixtures/drc-flood (session 13, written blind: 110 reports, 5 April-31 May 2025, 21 changes), replayed
/// with the shipped DRC–Rwanda model. First sight (code of the day it arrived): feeds replayed 0.386 (precision
/// 0.306, 16 A, 5 D), from the reports (full text for the summary-only outlets) 0.367 (0.282, 19 A, 5 D); with
/// session 7's newcomer DRC model, feeds replayed, 0.373 (0.289, 17 A, 5 D).
struct FloodStreamTests {
    /// (folder, model file from the repository root, F1 floor, most false alerts on restatements, on unrelated reports)
    static let streams = [
        ("ru-flood", "seeds/russia-ukraine.model.json", 0.41, 13, 1),
        ("iran-flood", "seeds/iran-nuclear.model.json", 0.46, 14, 6),
        ("gaza-flood", "Tests/ParleyCoreTests/Fixtures/gaza/newcomer-model/gaza.model.json", 0.39, 20, 1),
        ("drc-flood", "seeds/drc-rwanda.model.json", 0.36, 19, 5),
    ].map { DevStreamTests.Stream(folder: $0.0, model: $0.1, minimumF1: $0.2, maximumFalseOnRestatements: $0.3,
                                  maximumFalseOnUnrelated: $0.4) }

    @Test(arguments: streams) func floodHoldsItsFloor(_ stream: DevStreamTests.Stream) throws {
        let root = Fixtures.repositoryRoot
        let folder = root.appendingPathComponent("Tests/ParleyCoreTests/Fixtures/\(stream.folder)")
        let model = try NegotiationModel.load(from: Data(contentsOf: root.appendingPathComponent(stream.model)),
                                              language: Fixtures.language())
        try DevStreamTests.holdsItsFloor(stream, model: model, in: folder)
    }
}
