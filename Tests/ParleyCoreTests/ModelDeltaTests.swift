import Foundation
@testable import ParleyCore
import Testing

/// Issue 12: a model version is what one report changed (a delta), and applying the deltas in order to the model
/// they started from rebuilds every version exactly; restatement memory is bounded by size, oldest learned first out.
@Suite("Model deltas")
struct ModelDeltaTests {
    /// Every fixture report, in name order: alerts, corroborations, restatements, reports about something else.
    static func reports() throws -> [Report] {
        let names = try FileManager.default.contentsOfDirectory(
            at: Fixtures.directory.appendingPathComponent("reports"), includingPropertiesForKeys: nil)
            .map(\.lastPathComponent).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { try Fixtures.report(String($0.dropLast(4))) }
    }

    /// Processes the reports; after each, the delta (through its JSON) applied to the previous model must give
    /// the tracker's model, and a tracker started afresh from that model must decide the next report alike.
    static func replay(_ model: NegotiationModel, bound: RestatementMemory)
        throws -> (final: NegotiationModel, deltas: [ModelDelta]) {
        var tracker = NegotiationTracker(model: model, memoryBound: bound)
        var rebuilt = model
        var deltas: [ModelDelta] = []
        let reports = try reports()
        for (index, report) in reports.enumerated() {
            let detectedAt = report.published ?? Date(timeIntervalSince1970: 0)
            if index > 0 {
                // The caches a tracker keeps beside its model stay in step with the model.
                var fresh = NegotiationTracker(model: tracker.model, memoryBound: bound)
                var continuing = tracker
                #expect(fresh.process(report, detectedAt: detectedAt) == continuing.process(report, detectedAt: detectedAt),
                        "report \(index): a tracker started from the stored model decides otherwise")
            }
            // Taking the report back (a commit that failed) returns the tracker to the model before it, and the
            // report then decides alike.
            var undone = tracker
            let before = undone.model
            let first = undone.process(report, detectedAt: detectedAt)
            #expect(first.modelChanged == (first.undo != nil))
            if let undo = first.undo { undone.undo(undo) }
            #expect(undone.model == before, "report \(index): undo does not restore version \(before.version)")
            #expect(undone.process(report, detectedAt: detectedAt) == first, "report \(index): decided otherwise after undo")
            let outcome = tracker.process(report, detectedAt: detectedAt)
            #expect(outcome.modelChanged == (outcome.delta != nil))
            guard let delta = outcome.delta else { continue }
            let decoded = try JSONDecoder.parleyModel.decode(ModelDelta.self, from: try delta.encoded())
            #expect(decoded == delta)
            try decoded.apply(to: &rebuilt)
            #expect(rebuilt == tracker.model, "report \(index): the delta does not rebuild version \(delta.version)")
            deltas.append(delta)
        }
        return (tracker.model, deltas)
    }

    @Test func deltasRebuildEveryVersion() throws {
        let seed = try Fixtures.seedModel()
        let (final, deltas) = try Self.replay(seed, bound: .standard)
        #expect(deltas.count > 5)
        #expect(deltas.contains { !$0.facts.isEmpty })
        #expect(deltas.contains { !$0.developments.isEmpty })
        #expect(deltas.allSatisfy { $0.forgotten.isEmpty }, "the standard bound forgets nothing this small")
        // From the whole model's JSON (a snapshot) and the deltas' JSON, as a store keeps them.
        let rebuilt = try ModelDelta.rebuild(snapshot: try seed.encoded(), deltas: deltas.map { try $0.encoded() })
        #expect(try rebuilt.encoded() == final.encoded())
        // A delta is what the report changed: far smaller than the model it applies to.
        let largest = try deltas.map { try $0.encoded().count }.max() ?? 0
        #expect(largest * 4 < (try final.encoded().count))
    }

    @Test func aDeltaAppliesOnlyToItsVersion() throws {
        let seed = try Fixtures.seedModel()
        let (_, deltas) = try Self.replay(seed, bound: .standard)
        var model = seed
        #expect(throws: CoreError.self) { try deltas[1].apply(to: &model) }
        #expect(model == seed)
        try deltas[0].apply(to: &model)
        #expect(model.version == deltas[0].version)
        #expect(model.history.last == deltas[0].record)
    }

    @Test func restatementMemoryIsBoundedOldestFirst() throws {
        let seed = try Fixtures.seedModel()
        let bound = RestatementMemory(perIssue: 40, wholeReports: 150)
        let (final, deltas) = try Self.replay(seed, bound: bound)
        for (issue, keys) in final.knownTerms {
            // The seed's own memory is above the bound; it shrinks to the bound once the issue learns anything.
            let learnedAny = deltas.contains { $0.learned[issue] != nil }
            if learnedAny { #expect(keys.count <= bound.limit(of: issue), "\(issue) holds \(keys.count)") }
        }
        #expect(deltas.contains { !$0.forgotten.isEmpty })
        // The latest keys learned are the ones kept, in the order learned.
        let star = ModelUpdate.everyIssue
        if let last = deltas.last(where: { $0.learned[star] != nil }), let learned = last.learned[star] {
            #expect(Array(final.knownTerms[star, default: []].suffix(learned.count)) == learned)
        }
        // The same reports in the same order forget the same keys.
        let (again, _) = try Self.replay(seed, bound: bound)
        #expect(again == final)
        // Forgetting changes what is known, so the unbounded run differs.
        let (unbounded, _) = try Self.replay(seed, bound: .standard)
        #expect(unbounded.knownTerms != final.knownTerms)
    }

    @Test func aDeltaForgettingMoreThanHeldIsRefused() throws {
        let seed = try Fixtures.seedModel()
        let record = VersionRecord(version: seed.version + 1, reportURL: "https://x.example/1", reportTitle: "x",
                                   detectedAt: Date(timeIntervalSince1970: 0), alertIDs: [], factsChanged: [],
                                   note: "test")
        let delta = ModelDelta(from: seed.version, version: seed.version + 1, record: record,
                               forgotten: ["no-such-issue": 3])
        var model = seed
        #expect(throws: CoreError.self) { try delta.apply(to: &model) }
    }
}
