import Foundation
@testable import ParleyCore

/// Fixture files of this test target and the repository's seed model.
enum Fixtures {
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    static func report(_ name: String) throws -> Report {
        let url = directory.appendingPathComponent("reports/\(name).txt")
        return PlainTextReport.parse(try String(contentsOf: url, encoding: .utf8), defaultURL: url.absoluteString)
    }

    static func model(_ name: String) throws -> NegotiationModel {
        try NegotiationModel.load(from: Data(contentsOf: directory.appendingPathComponent("\(name).model.json")),
                                  language: language())
    }

    /// The shared English language file, `seeds/english.language.json`, with the decision weights fitted for it
    /// (`seeds/english.weights.json`).
    static func language() throws -> Lexicon {
        var lexicon = try Lexicon.load(from: Data(contentsOf: repositoryRoot
            .appendingPathComponent("seeds/english.language.json")))
        lexicon.weights = try DecisionWeights.load(from: Data(contentsOf: repositoryRoot
            .appendingPathComponent("seeds/english.weights.json")))
        return lexicon
    }

    /// A seed model of `seeds/` by its negotiation id, with the shared language.
    static func seedModel(_ id: String) throws -> NegotiationModel {
        try NegotiationModel.load(from: Data(contentsOf: repositoryRoot.appendingPathComponent("seeds/\(id).model.json")),
                                  language: language())
    }

    /// The repository root, found from this file's path (Tests/ParleyCoreTests/Fixtures.swift).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func seedModel() throws -> NegotiationModel {
        try NegotiationModel.load(from: Data(contentsOf: repositoryRoot
            .appendingPathComponent("seeds/russia-ukraine.model.json")), language: language())
    }

    /// `../shared` beside the repository, when present.
    static var shared: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("eval/dev/labels.jsonl").path)
            ? url : nil
    }

    static func process(_ names: [String], model: NegotiationModel) throws
        -> (NegotiationTracker, [ProcessingOutcome]) {
        var tracker = NegotiationTracker(model: model)
        var outcomes: [ProcessingOutcome] = []
        for name in names {
            let report = try report(name)
            outcomes.append(tracker.process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0)))
        }
        return (tracker, outcomes)
    }
}
