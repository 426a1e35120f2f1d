import Foundation
import Testing

/// Issue 12: `parley replay` and `parley explain` follow several negotiations with a repeated `--model`: every
/// report is checked against each model, the alerts are those of each model replayed alone, interleaved in
/// publication order, each under its own `negotiation`.
@Suite(.serialized) struct ReplayModelsTests {
    static let fixtures = DemoRunTests.root.appendingPathComponent("Tests/ParleyDaemonTests/Fixtures")
    static let russia = DemoRunTests.seeds.appendingPathComponent("russia-ukraine.model.json").path
    static let iran = DemoRunTests.seeds.appendingPathComponent("iran-nuclear.model.json").path

    /// The Russia-Ukraine crash-test reports and the US-Iran ones, as plain-text report files.
    static func inputs() throws -> [String] {
        try ["crash", "multi"].flatMap { folder in
            let directory = fixtures.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
                .sorted().map { directory.appendingPathComponent($0).path }
        }
    }

    static func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func published(_ record: [String: Any]) -> String {
        (record["report"] as? [String: Any])?["published"] as? String ?? ""
    }

    @Test(.enabled(if: DemoCommandTests.binary != nil, "the parley executable was not built beside the tests"))
    func twoModelsInterleaveTheAlertsOfEachInPublicationOrder() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let inputs = try Self.inputs()
            let alone = try await [Self.russia, Self.iran].asyncMap { model in
                let result = try await DemoCommandTests.run(["replay", "--model", model] + inputs, in: scratch)
                #expect(result.status == 0, "\(result.stderr)")
                return try Self.records(result.stdout)
            }
            let both = try await DemoCommandTests.run(["replay", "--model", Self.russia, "--model", Self.iran] + inputs,
                                                      in: scratch)
            #expect(both.status == 0, "\(both.stderr)")
            let records = try Self.records(both.stdout)
            let ids = records.compactMap { $0["id"] as? String }
            #expect(!alone[0].isEmpty && !alone[1].isEmpty, "each model alone should alert")
            // Each negotiation's alerts are exactly those of its model alone, in the same order.
            for (negotiation, expected) in zip(["russia-ukraine", "iran-nuclear"], alone) {
                #expect(records.filter { $0["negotiation"] as? String == negotiation }.compactMap { $0["id"] as? String }
                    == expected.compactMap { $0["id"] as? String })
            }
            #expect(ids.count == alone[0].count + alone[1].count)
            // Interleaved: publication order across both.
            let dates = records.map(Self.published)
            #expect(dates == dates.sorted(), "alerts are not in publication order: \(dates)")
            #expect(both.stderr.contains("russia-ukraine now v") && both.stderr.contains("iran-nuclear now v"))

            // One negotiation twice, or one model to write from two: refused with a clear message.
            let twice = try await DemoCommandTests.run(["replay", "--model", Self.iran, "--model", Self.iran] + inputs,
                                                       in: scratch)
            #expect(twice.status != 0 && twice.stderr.contains("both models of negotiation 'iran-nuclear'"))
            let write = try await DemoCommandTests.run(
                ["replay", "--model", Self.russia, "--model", Self.iran, "--write-model",
                 scratch.appendingPathComponent("m.json").path] + inputs, in: scratch)
            #expect(write.status != 0 && write.stderr.contains("give one --model"))
        }
    }

    @Test(.enabled(if: DemoCommandTests.binary != nil, "the parley executable was not built beside the tests"))
    func explainShowsEachNegotiationsVerdict() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let report = Self.fixtures.appendingPathComponent("multi/01-iran-new-round.txt").path
            let result = try await DemoCommandTests.run(
                ["explain", "--model", Self.russia, "--model", Self.iran, report], in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("(russia-ukraine), version") && result.stdout.contains("(iran-nuclear), version"))
            let russiaPart = try #require(result.stdout.components(separatedBy: "negotiation: russia-ukraine").last?
                .components(separatedBy: "negotiation: iran-nuclear").first)
            let iranPart = try #require(result.stdout.components(separatedBy: "negotiation: iran-nuclear").last)
            #expect(russiaPart.contains("not about this negotiation") && russiaPart.contains("=> no alert"))
            #expect(!iranPart.contains("not about this negotiation") && iranPart.contains("=> meeting.new talks"))
        }
    }

    @Test(.enabled(if: DemoCommandTests.binary != nil, "the parley executable was not built beside the tests"))
    func demoFollowsSeveralModels() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let state = scratch.appendingPathComponent("state")
            let one = try await DemoCommandTests.run(["demo", "--state-dir", state.path + "-one"], in: scratch)
            let two = try await DemoCommandTests.run(
                ["demo", "--model", Self.russia, "--model", Self.iran, "--state-dir", state.path], in: scratch)
            #expect(one.status == 0 && two.status == 0, "\(two.stderr)")
            #expect(two.stderr.contains("models russia-ukraine v") && two.stderr.contains("iran-nuclear v"))
            // The demo feeds are about Russia-Ukraine: its alerts are the same with Iran's model beside it.
            let ids = { (path: String) in
                ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").compactMap {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
                }.filter { $0["negotiation"] as? String == "russia-ukraine" }.compactMap { $0["id"] as? String }
            }
            let alone = ids(state.path + "-one/alerts.jsonl")
            #expect(!alone.isEmpty && ids(state.appendingPathComponent("alerts.jsonl").path) == alone)
        }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
