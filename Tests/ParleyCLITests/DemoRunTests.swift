import Foundation
import ParleyCore
import Testing
@testable import ParleyCLI

/// Runs the real demo (seeds/demo through the whole pipeline) into a temporary state directory and checks what
/// a newcomer is promised: alerts printed, the log written in the alert schema, silence on other conflicts.
@Suite(.serialized) struct DemoRunTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    /// The demo's reports about other conflicts (seeds/demo/README.md): never alerted.
    static let unrelated = [
        "https://www.northgate-courier.example/international/2025/06/06/sudan-truce-aid-convoys-jeddah",
        "https://harbourside-herald.example/news/world/armenia-azerbaijan-istanbul-detainees-20250610",
        "https://www.northgate-courier.example/international/2025/06/16/cyprus-talks-geneva-july",
    ]

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func append(_ line: String) { lock.withLock { items.append(line) } }
        var all: [String] { lock.withLock { items } }
    }

    struct Outcome {
        var summary: DemoSummary
        var printed: [String]
        var log: [String]
        var state: URL
    }

    static func runDemo(state: URL? = nil) async throws -> Outcome {
        let state = state ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-demo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let logFile = state.appendingPathComponent("alerts.jsonl")
        let printed = Lines()
        let run = DemoRun(
            modelFiles: [seeds.appendingPathComponent("russia-ukraine.model.json")],
            feeds: try DemoCommand.demoFeeds(besideModel: seeds.appendingPathComponent("russia-ukraine.model.json").path),
            stateDirectory: state, logFile: logFile, printer: AlertPrinter(style: .plain),
            progress: DemoProgress(style: .plain), pace: 0, emit: { printed.append($0) })
        let summary = try await run.run()
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return Outcome(summary: summary, printed: printed.all,
                       log: log.split(separator: "\n").map(String.init), state: state)
    }

    /// seeds/demo/README.md says what the demo raises today ("Raised today: issue/party, ..."): the two agree.
    @Test func demoReadmeSaysWhatTheDemoRaises() async throws {
        let readme = try String(contentsOf: Self.seeds.appendingPathComponent("demo/README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("Raised today: ") })
        let promised = line.dropFirst("Raised today: ".count).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let outcome = try await Self.runDemo()
        defer { try? FileManager.default.removeItem(at: outcome.state) }
        let raised = try outcome.log.map { try AlertCoding.decoder().decode(Alert.self, from: Data($0.utf8)) }
            .map { "\($0.issue)/\($0.party ?? "-")" }
        #expect(raised == promised)
        #expect(!raised.isEmpty)
    }

    @Test func demoPrintsAlertsAndWritesThemToTheLog() async throws {
        let outcome = try await Self.runDemo()
        defer { try? FileManager.default.removeItem(at: outcome.state) }

        #expect(outcome.summary.reports == 11)
        #expect(outcome.summary.feeds == 4)
        #expect(outcome.summary.alerts > 0, "the demo must show at least one alert")
        #expect(outcome.log.count == outcome.summary.alerts)
        #expect(outcome.printed.count == outcome.summary.alerts)

        let alerts = try outcome.log.map { try AlertCoding.decoder().decode(Alert.self, from: Data($0.utf8)) }
        #expect(Set(alerts.map(\.id)).count == alerts.count, "alert ids are unique")
        for alert in alerts {
            #expect(!Self.unrelated.contains(alert.report.url), """
                parley demo alerted on a report about another conflict (seeds/demo/README.md: must raise nothing): \
                \(alert.issue)/\(alert.party ?? "null") "\(alert.summary)" from \(alert.report.url); \
                see `parley explain \(alert.report.feed ?? "FEED")`
                """)
            #expect(!alert.evidence.isEmpty)
            #expect(alert.report.feed?.hasPrefix("file://") == true)
            #expect(outcome.printed.contains { $0.contains(alert.id) && $0.contains(alert.report.url) })
        }
    }

    static let sharedSchema = root.deletingLastPathComponent().appendingPathComponent("shared/spec/alert.schema.json")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedSchema.path), "needs ../shared beside the repository"))
    func logLinesFollowTheAlertSchema() async throws {
        let schemaFile = Self.sharedSchema
        let schema = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: schemaFile))
        let outcome = try await Self.runDemo()
        defer { try? FileManager.default.removeItem(at: outcome.state) }
        #expect(!outcome.log.isEmpty)
        for line in outcome.log {
            let record = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
            #expect(SchemaCheck.problems(record, schema: schema) == [], "\(line)")
        }
    }

    @Test func secondRunOverTheSameStateAlertsNothingAgain() async throws {
        let first = try await Self.runDemo()
        defer { try? FileManager.default.removeItem(at: first.state) }
        let second = try await Self.runDemo(state: first.state)
        #expect(second.summary.alerts == 0)
        #expect(second.summary.alreadySeen == 11)
        #expect(second.log == first.log, "the log keeps each alert exactly once")
    }
}
