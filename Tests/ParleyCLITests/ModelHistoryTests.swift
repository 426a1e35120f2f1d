import ArgumentParser
import Foundation
import Logging
import ParleyCore
import ParleyDaemon
import ParleyStore
import Testing
@testable import ParleyCLI

/// `parley model history ISSUE` over a real SQLite state built by the daemon's own item processor: a model
/// proposed by `model init`, then three reports processed one by one, each committed with its model version.
@Suite struct ModelHistoryTests {
    static let start = Date(timeIntervalSince1970: 1_747_159_200)  // 2025-05-13T18:00:00Z

    static func report(_ n: Int, title: String, text: String, outlet: String, day: Int) -> Report {
        Report(url: "https://news.example/\(n)", title: title,
               published: ISO8601DateFormatter().date(from: String(format: "2025-05-%02dT09:00:00Z", day)),
               feed: "https://news.example/feed", outlet: outlet, text: text)
    }

    /// The state after the scripted run, in `directory`.
    static func makeState(_ directory: URL) async throws -> SQLiteStateStore {
        let store = try SQLiteStateStore(directory: directory.path)
        let feedID = try #require(try await store.registerFeed(configURL: "https://news.example/feed", tags: []).id)
        let model = try ModelInitTests.proposal().model
        let clock = Clock(start)
        var processor = ItemProcessor(store: store, model: model, sinks: ["log"], logger: Logger(label: "history"),
                                      now: { clock.tick() })
        let reports = [
            report(1, title: "Northland and Southland swap 350 prisoners",
                   text: "Northland and Southland exchanged 350 prisoners on Saturday, the two sides said in a joint statement.",
                   outlet: "North Wire", day: 10),
            report(2, title: "Southland proposes a new prisoner exchange",
                   text: "Southland proposed a new prisoner exchange of 500 POWs on Monday, Mira told reporters in Sudport.",
                   outlet: "South Post", day: 12),
            report(3, title: "Southland offers to swap 500 prisoners",
                   text: "Southland proposed a new prisoner exchange of 500 POWs on Monday, Mira told reporters.",
                   outlet: "Mid Times", day: 13),
        ]
        for (n, report) in reports.enumerated() {
            _ = try await processor.process(report, key: ItemKey(
                feedID: feedID, guid: "item-\(n)", contentHash: ItemKey.contentHash(title: report.title, text: report.text)))
        }
        return store
    }

    final class Clock: @unchecked Sendable {
        private var now: Date
        private let lock = NSLock()
        init(_ start: Date) { now = start }
        func tick() -> Date {
            lock.withLock {
                now = now.addingTimeInterval(3600)
                return now
            }
        }
    }

    static func withState(_ body: (SQLiteStateStore) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(try await makeState(directory))
    }

    @Test func whatChangedOnAnIssueWhenAndFromWhichReport() async throws {
        try await Self.withState { store in
            let text = try await ModelHistoryCommand.report(issue: "prisoners", party: nil, negotiation: nil, width: 0,
                                                            source: StoredModels(store: store))
            let blocks = text.components(separatedBy: "\n\n")
            #expect(blocks.first == "north-south / prisoners: 5 changes in 4 model versions (3 stored)")
            #expect(blocks.count == 5)
            // The facts the model started with, under the seed's record.
            #expect(blocks[1].hasPrefix("model v2, read 2025-05-02T12:00:00Z: \"Northland tables a border plan as the "
                + "two sides swap prisoners\" <seed:north-south-plan>, report time 2025-05-02T12:00:00Z\n"))
            #expect(blocks[1].contains("  + north accepts [200 prisoners; 2025-05-01; seed:north-south-plan]: "
                + "\"Northland and Southland agreed to exchange 200 prisoners on Thursday.\""))
            // Each report: when it was read, its title, url and publication, then the fact it added.
            #expect(blocks[2].hasPrefix("model v3, read 2025-05-13T19:00:00Z: \"Northland and Southland swap 350 "
                + "prisoners\" <https://news.example/1>, published 2025-05-10T09:00:00Z\n"))
            #expect(blocks[2].contains("  + both sides status underway [350 prisoners"))
            #expect(blocks[3].hasPrefix("model v4, read 2025-05-13T20:00:00Z: \"Southland proposes a new prisoner "
                + "exchange\" <https://news.example/2>, published 2025-05-12T09:00:00Z\n"))
            #expect(blocks[3].contains("  + south proposes [500 prisoners; 2025-05-12; sudport; South Post]: \"Southland "
                + "proposed a new prisoner exchange of 500 POWs on Monday, Mira told reporters in Sudport.\""))
            // Another outlet's report of the same proposal adds no fact: it corroborates the development.
            #expect(blocks[4].hasPrefix("model v5, read 2025-05-13T21:00:00Z: \"Southland offers to swap 500 prisoners\" "
                + "<https://news.example/3>"))
            #expect(blocks[4].contains("  = south: corroborated by Mid Times (development pa-"))
        }
    }

    /// docs/models.md shows this run's output: it must be what the command prints.
    @Test func theGuidesExampleIsThisRun() async throws {
        let guide = try String(contentsOf: DemoRunTests.root.appendingPathComponent("docs/models.md"), encoding: .utf8)
        let start = try #require(guide.range(of: "```text\nnorth-south / prisoners"))
        let end = try #require(guide.range(of: "```\n", range: start.upperBound..<guide.endIndex))
        let example = String(guide[guide.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
        try await Self.withState { store in
            let text = try await ModelHistoryCommand.report(issue: "prisoners", party: nil, negotiation: nil, width: 0,
                                                            source: StoredModels(store: store))
            #expect(text == example)
        }
    }

    @Test func oneParty() async throws {
        try await Self.withState { store in
            let text = try await ModelHistoryCommand.report(issue: "prisoners", party: "south", negotiation: "north-south",
                                                            width: 40, source: StoredModels(store: store))
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.first == "north-south / prisoners / south: 2 changes in 2 model versions (3 stored)")
            #expect(lines.filter { $0.hasPrefix("  + ") } == [
                "  + south proposes [500 prisoners; 2025-05-12; sudport; South Post]: \"Southland proposed a new prisoner excha…\"",
            ])
            #expect(!text.contains("north accepts"))
        }
    }

    @Test func unknownIssuePartyOrNegotiationIsAClearError() async throws {
        try await Self.withState { store in
            let source = StoredModels(store: store)
            await #expect(throws: ExitCode(1)) {
                _ = try await ModelHistoryCommand.report(issue: "ceasefire", party: nil, negotiation: nil, width: 0, source: source)
            }
            await #expect(throws: ExitCode(1)) {
                _ = try await ModelHistoryCommand.report(issue: "prisoners", party: "eastland", negotiation: nil, width: 0,
                                                         source: source)
            }
            await #expect(throws: ExitCode(1)) {
                _ = try await ModelHistoryCommand.report(issue: "prisoners", party: nil, negotiation: "russia-ukraine",
                                                         width: 0, source: source)
            }
        }
    }

    /// `model show --at V`: the stored versions are a snapshot then deltas; each version rebuilds as it was.
    @Test func showAtRebuildsEachStoredVersion() async throws {
        try await Self.withState { store in
            let rows = try await store.modelVersions(negotiation: "north-south")
            #expect(rows.map(\.kind) == [.snapshot, .delta, .delta])
            let source = StoredModels(store: store)
            var previous: NegotiationModel?
            for version in 3...5 {
                let model = try #require(try await source.model(of: "north-south", version: version))
                #expect(model.version == version && model.history.last?.version == version)
                #expect(model.facts.allSatisfy { $0.version <= version })
                if let previous {
                    #expect(model.facts.count >= previous.facts.count && model.history.count == previous.history.count + 1)
                }
                previous = model
            }
            #expect(previous?.facts.contains { $0.evidence.contains("500 POWs") } == true)
            #expect(try await source.model(of: "north-south", version: 3)?.facts.contains {
                $0.evidence.contains("500 POWs") } == false)
            #expect(try await source.model(of: "north-south", version: 9) == nil)
        }
        #expect(throws: (any Error).self) { _ = try ModelShowCommand.parse(["--at", "3"]) }
        #expect(throws: (any Error).self) { _ = try ModelShowCommand.parse(["model.json", "--at", "3", "--state-dir", "/tmp"]) }
        #expect(throws: (any Error).self) { _ = try ModelShowCommand.parse(["model.json", "--state-dir", "/tmp"]) }
        #expect(throws: Never.self) { _ = try ModelShowCommand.parse(["--at", "3", "--state-dir", "/tmp"]) }
    }

    @Test func anEmptyStateSaysSo() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStateStore(directory: directory.path)
        await #expect(throws: ExitCode(78)) {
            _ = try await ModelHistoryCommand.report(issue: "prisoners", party: nil, negotiation: nil, width: 0,
                                                     source: StoredModels(store: store))
        }
    }
}
