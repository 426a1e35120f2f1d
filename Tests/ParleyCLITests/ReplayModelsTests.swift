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

    /// A model kept in a folder of its own, outside the repository, finds no language file beside it or above it:
    /// `replay`, `explain` and `demo` take it from `--language` or `PARLEY_LANGUAGE` and read the model exactly as
    /// the copy in seeds/ is read; without either, the error says where Parley looked and how to pass the file.
    @Test(.enabled(if: DemoCommandTests.binary != nil && ModelCheckTests.noLanguageAround,
                   "needs the parley executable, and no PARLEY_LANGUAGE or /etc/parley"))
    func aModelInItsOwnFolderTakesItsLanguageFromTheOptionOrTheEnvironment() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let folder = scratch.appendingPathComponent("my model")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let outside = folder.appendingPathComponent("iran-nuclear.model.json").path
            try FileManager.default.copyItem(atPath: Self.iran, toPath: outside)
            let language = ModelCheckTests.language
            let inputs = try Self.inputs()
            let shipped = try await DemoCommandTests.run(["replay", "--model", Self.iran] + inputs, in: scratch)
            #expect(shipped.status == 0 && !shipped.stdout.isEmpty, "\(shipped.stderr)")

            let bare = try await DemoCommandTests.run(["replay", "--model", outside] + inputs, in: scratch)
            #expect(bare.status != 0)
            #expect(bare.stderr.contains("\(outside): no language file"), "\(bare.stderr)")
            #expect(bare.stderr.contains("pass --language FILE") && bare.stderr.contains("PARLEY_LANGUAGE=FILE"),
                    "\(bare.stderr)")

            let option = try await DemoCommandTests.run(["replay", "--model", outside, "--language", language] + inputs,
                                                        in: scratch)
            #expect(option.status == 0, "\(option.stderr)")
            #expect(option.stdout == shipped.stdout)
            #expect(!option.stderr.contains("no weights file"), "the shipped weights sit beside the language file")
            // A copy of the language file alone decides with the prior weights: said on stderr.
            let copied = folder.appendingPathComponent("english.language.json").path
            try FileManager.default.copyItem(atPath: language, toPath: copied)
            let alone = try await DemoCommandTests.run(["replay", "--model", outside, "--language", copied] + inputs,
                                                       in: scratch)
            #expect(alone.status == 0, "\(alone.stderr)")
            #expect(alone.stderr.contains("warning: no weights file") && alone.stderr.contains("prior weights"),
                    "\(alone.stderr)")
            try FileManager.default.removeItem(atPath: copied)
            let variable = try await DemoCommandTests.run(["replay", "--model", outside] + inputs,
                                                          environment: ["PARLEY_LANGUAGE": language], in: scratch)
            #expect(variable.status == 0, "\(variable.stderr)")
            #expect(variable.stdout == shipped.stdout)
            let missing = try await DemoCommandTests.run(
                ["replay", "--model", outside] + inputs,
                environment: ["PARLEY_LANGUAGE": folder.appendingPathComponent("none.json").path], in: scratch)
            #expect(missing.status != 0 && missing.stderr.contains("PARLEY_LANGUAGE names "), "\(missing.stderr)")

            let report = Self.fixtures.appendingPathComponent("multi/01-iran-new-round.txt").path
            let explained = try await DemoCommandTests.run(["explain", "--model", outside, "--language", language, report],
                                                           in: scratch)
            #expect(explained.status == 0, "\(explained.stderr)")
            #expect(explained.stdout.contains("=> meeting.new talks"), "\(explained.stdout)")

            // The demo reads its feeds beside the first model; the second may live anywhere.
            let demo = try await DemoCommandTests.run(
                ["demo", "--model", Self.russia, "--model", outside, "--language", language,
                 "--state-dir", scratch.appendingPathComponent("state").path], in: scratch)
            #expect(demo.status == 0, "\(demo.stderr)")
            #expect(demo.stderr.contains("iran-nuclear v"), "\(demo.stderr)")
            let demoBare = try await DemoCommandTests.run(
                ["demo", "--model", Self.russia, "--model", outside,
                 "--state-dir", scratch.appendingPathComponent("state-bare").path], in: scratch)
            #expect(demoBare.status != 0 && demoBare.stderr.contains("no language file"), "\(demoBare.stderr)")
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
