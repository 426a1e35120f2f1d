import Foundation
import Testing
@testable import ParleyCLI

/// `parley explain` on the demo's Harbourside Herald feed, after the demo's other feeds: the short form by default
/// (plain words, no scores), the detail with `--verbose`.
@Suite(.serialized) struct ExplainCommandTests {
    static var available: Bool { DemoCommandTests.binary != nil }

    static func explain(_ extra: [String]) async throws -> String {
        let demo = DemoRunTests.seeds.appendingPathComponent("demo")
        let feeds = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".xml") }
            .sorted().map { demo.appendingPathComponent($0).path }
        var output = ""
        try await DemoCommandTests.withBinary { scratch in
            let result = try await DemoCommandTests.run(
                ["explain", demo.appendingPathComponent("harbourside-herald.xml").path, "--after"] + feeds + extra,
                in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            output = result.stdout
        }
        return output
    }

    @Test(.enabled(if: available)) func theShortFormIsInPlainWords() async throws {
        let text = try await Self.explain([])
        #expect(text.contains("  not about this negotiation: neither the title nor the lead names a principal party"),
                "\(text)")
        #expect(text.contains("\n  about this negotiation: "), "\(text)")
        #expect(text.contains("alerted as position.changed"), "\(text)")
        #expect(text.contains("not alerted: the report recaps earlier events (\"has demanded\")"), "\(text)")
        #expect(!text.contains("score") && !text.contains("compared with"), "\(text)")
    }

    @Test(.enabled(if: available)) func verboseShowsTheScores() async throws {
        let text = try await Self.explain(["--verbose"])
        #expect(text.contains("compared with 4 fact(s):"), "\(text)")
        #expect(text.contains("score ") && text.contains("(threshold "), "\(text)")
        #expect(text.contains("-> ALERT position.changed"), "\(text)")
    }
}
