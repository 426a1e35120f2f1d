import Foundation
import Testing
@testable import ParleyCLI

/// docs/alerts.md promises `jq` recipes that work on the alert log: run each of them on a log the demo wrote.
@Suite struct AlertDocsTests {
    static let docs = DemoRunTests.root.appendingPathComponent("docs/alerts.md")

    /// The commands of the first ```sh block after "## Reading the log with jq", without comments, blank
    /// lines, the `LOG=` assignment and `tail -f` (which never ends).
    static func recipes() throws -> [String] {
        let text = try String(contentsOf: docs, encoding: .utf8)
        guard let section = text.range(of: "## Reading the log with jq"),
              let open = text.range(of: "```sh\n", range: section.upperBound..<text.endIndex),
              let close = text.range(of: "```", range: open.upperBound..<text.endIndex) else { return [] }
        return text[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init).filter {
            !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("LOG=") && !$0.contains("tail -f")
        }
    }

    static var jq: String? {
        ["/usr/bin/jq", "/usr/local/bin/jq"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func theDocsHaveRecipes() throws {
        #expect(try Self.recipes().count >= 5)
    }

    @Test func everyRecipeRunsOnARealLog() async throws {
        guard Self.jq != nil else {
            print("skipped: jq not installed (apt-get install jq)")
            return
        }
        let outcome = try await DemoRunTests.runDemo()
        defer { try? FileManager.default.removeItem(at: outcome.state) }
        let log = outcome.state.appendingPathComponent("alerts.jsonl").path
        for recipe in try Self.recipes() {
            let result = try await ChildProcess.run(
                URL(fileURLWithPath: "/bin/bash"), ["-euo", "pipefail", "-c", recipe],
                environment: ["LOG": log, "PATH": "/usr/local/bin:/usr/bin:/bin"], scratch: outcome.state)
            #expect(result.status == 0, "\(recipe) failed: \(result.stderr)")
        }
    }
}
