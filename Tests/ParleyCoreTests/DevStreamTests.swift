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
        var description: String { model }
    }

    static let streams = [
        // Measured 2026-12-07, session 7 (stance verbs of ending and of work under way): 0.870 (4 A, 0 D),
        // 0.554 (4, 0), 0.541 (0, 1), 0.506 (4, 3).
        // Measured 2026-12-07 (session 5: event verbs in the language file, institution-led relevance, a party's
        // meeting with an outsider is not this negotiation's, the DRC seed rebuilt with init + review, refitted
        // weights): 0.870 (4 A, 0 D),
        // 0.554 (4, 0), 0.541 (0, 1), 0.456 (4, 4). Session 4: 0.861 (3, 0), 0.459 (4, 0), 0.528 (0, 0), 0.405 (5, 4).
        Stream(folder: "dev", model: "russia-ukraine", minimumF1: 0.86, maximumFalseOnRestatements: 4,
               maximumFalseOnUnrelated: 0),
        Stream(folder: "armenia-azerbaijan", model: "armenia-azerbaijan", minimumF1: 0.55,
               maximumFalseOnRestatements: 4, maximumFalseOnUnrelated: 0),
        Stream(folder: "drc-rwanda", model: "drc-rwanda", minimumF1: 0.54, maximumFalseOnRestatements: 0,
               maximumFalseOnUnrelated: 1),
        Stream(folder: "iran-nuclear", model: "iran-nuclear", minimumF1: 0.49, maximumFalseOnRestatements: 4,
               maximumFalseOnUnrelated: 3),
    ]

    @Test(arguments: streams) func negotiationHoldsItsFloor(_ stream: Stream) throws {
        try holdsItsFloor(stream, model: try Fixtures.seedModel(stream.model))
    }

    /// A model a newcomer wrote from the seed article and docs/ alone (Fixtures/newcomer-drc/README.md): the path a
    /// user takes for a negotiation of their own. Measured 2026-12-07: 0.448 (1 A, 0 D).
    @Test func aNewcomersModelHoldsItsFloor() throws {
        let model = try NegotiationModel.load(from: Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(
            "Tests/ParleyCoreTests/Fixtures/newcomer-drc/drc-rwanda.model.json")), language: Fixtures.language())
        try holdsItsFloor(Stream(folder: "drc-rwanda", model: "newcomer drc-rwanda", minimumF1: 0.44,
                                 maximumFalseOnRestatements: 1, maximumFalseOnUnrelated: 0), model: model)
    }

    private func holdsItsFloor(_ stream: Stream, model: NegotiationModel) throws {
        let shared = try #require(Fixtures.shared)
        let directory = shared.appendingPathComponent("eval/\(stream.folder)/reports")
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
        let labels = try AlertScore.labels(String(
            contentsOf: shared.appendingPathComponent("eval/\(stream.folder)/labels.jsonl"), encoding: .utf8))
        let all = AlertScore(labels: labels, alerts: alerts, reports: Set(reports.map(\.url)))
        print("\(stream.model), \(reports.count) reports: \(all.line)")
        #expect(all.f1 >= stream.minimumF1)
        #expect((all.falseByGroup["A"] ?? 0) <= stream.maximumFalseOnRestatements)
        #expect((all.falseByGroup["D"] ?? 0) <= stream.maximumFalseOnUnrelated)
    }
}
