import Foundation
import Testing

/// Golden files: expected output committed under `Fixtures/`, compared byte for byte.
///
/// To regenerate them after a deliberate change of a format, run the tests with `PARLEY_UPDATE_GOLDENS=1`:
///
///     PARLEY_UPDATE_GOLDENS=1 swift test --filter "ParleySinksTests.SinkGoldenTests|ParleyCLITests.AlertPrinterGoldenTests"
///
/// which writes the files instead of comparing (the tests then pass); review the diff with `git diff` and commit it.
/// The same variable makes `ParleyCLITests.DocsExamplesTests` (first) and `ParleySinksTests.WebhookDocsFormatsTests`
/// (second) rewrite the example records of docs/alerts.md and docs/webhooks.md from the demo and the code.
enum Golden {
    /// This target's fixture directory in the source tree (not a bundle copy: regenerating writes here).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var updating: Bool {
        ProcessInfo.processInfo.environment["PARLEY_UPDATE_GOLDENS"] == "1"
    }

    /// The awkward alerts every sink is tried on, one alert record a line.
    static func awkwardAlertLines() throws -> [String] {
        try String(contentsOf: fixtures.appendingPathComponent("awkward-alerts.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// Compares `actual` with the golden file `name`, or writes it when updating.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = fixtures.appendingPathComponent(name)
        if updating {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let place: String
            if let first {
                place = "line \(first.offset + 1):\n  expected: \(first.element.0)\n  actual:   \(first.element.1)"
            } else {
                place = "the end (\(expectedLines.count) vs \(actualLines.count) lines)"
            }
            Issue.record(Comment(rawValue: "\(name) differs from its golden file at \(place)\n"
                                 + "(PARLEY_UPDATE_GOLDENS=1 regenerates it; see Golden.swift)"),
                         sourceLocation: sourceLocation)
        }
    }
}
