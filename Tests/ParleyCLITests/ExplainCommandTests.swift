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

    /// Several inputs, as `replay` reads them: every report in order of publication (not of the command line), one
    /// explanation each, the later one explained against the model the earlier one updated.
    @Test(.enabled(if: available)) func severalInputsAreExplainedInOrderOfPublication() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let later = scratch.appendingPathComponent("later.txt")
            let earlier = scratch.appendingPathComponent("earlier.txt")
            try Data("""
                url: https://example.test/later
                title: Russia and Ukraine agree to a new exchange of 500 prisoners
                published: 2025-06-12T09:00:00Z
                ---
                Russia and Ukraine agreed on Thursday to exchange 500 prisoners of war, Ukraine's negotiator Rustem Umerov said in Istanbul.
                """.utf8).write(to: later)
            try Data("""
                url: https://example.test/earlier
                title: Russia proposes a three-day ceasefire in talks with Ukraine
                published: 2025-06-05T09:00:00Z
                ---
                Russia proposed a three-day ceasefire along the front line on Wednesday, Kremlin spokesman Dmitry Peskov told reporters after talks with Ukraine in Istanbul.
                """.utf8).write(to: earlier)
            let result = try await DemoCommandTests.run(["explain", later.path, earlier.path], in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            let text = result.stdout
            let reports = text.components(separatedBy: "\n").filter { $0.hasPrefix("report: ") }
            #expect(reports == ["report: Russia proposes a three-day ceasefire in talks with Ukraine",
                                "report: Russia and Ukraine agree to a new exchange of 500 prisoners"], "\(text)")
            #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("model: ") }.count == 1, "\(text)")
            #expect(text.components(separatedBy: "  => ").count == 3, "\(text)")
        }
    }
}
