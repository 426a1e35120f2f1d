import Foundation
import ParleyCore
import Testing
@testable import ParleyCLI

/// The terminal printer over the awkward alerts the webhook formats are tried on
/// (`Tests/ParleySinksTests/Fixtures/awkward-alerts.jsonl`), compared with golden files under `Fixtures/`.
/// To regenerate them after a deliberate change, run
/// `PARLEY_UPDATE_GOLDENS=1 swift test --filter ParleyCLITests.AlertPrinterGoldenTests` and review `git diff`.
@Suite struct AlertPrinterGoldenTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = here.appendingPathComponent("Fixtures")
    static let awkward = here.deletingLastPathComponent()
        .appendingPathComponent("ParleySinksTests/Fixtures/awkward-alerts.jsonl")

    static func alerts() throws -> [Alert] {
        try String(contentsOf: awkward, encoding: .utf8).split(separator: "\n").map {
            try AlertCoding.decoder().decode(Alert.self, from: Data($0.utf8))
        }
    }

    static func render(_ printer: AlertPrinter) throws -> String {
        try alerts().map { printer.render($0) + "\n\n" }.joined()
    }

    static func check(_ actual: String, against name: String) throws {
        let file = fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PARLEY_UPDATE_GOLDENS"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
            Issue.record(Comment(rawValue: "\(name) line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n"
                                 + "(PARLEY_UPDATE_GOLDENS=1 regenerates the golden file)"))
            return
        }
        #expect(expectedLines.count == actualLines.count, "\(name): line counts differ")
    }

    @Test func plainAt72Columns() throws {
        try Self.check(try Self.render(AlertPrinter(style: .plain, width: 72)), against: "terminal-plain-72.golden.txt")
    }

    @Test func colourAt100Columns() throws {
        try Self.check(try Self.render(AlertPrinter(style: TerminalStyle(enabled: true), width: 100)),
                       against: "terminal-colour-100.golden.txt")
    }

    /// Feed text never reaches the terminal with a control character of its own, and wrapped lines fit.
    @Test func noControlCharactersFromFeedsAndLinesFit() throws {
        let printer = AlertPrinter(style: .plain, width: 72)
        for alert in try Self.alerts() {
            let text = printer.render(alert)
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" },
                    "\(alert.id)")
            for line in text.split(separator: "\n").dropFirst() where !line.contains("://") && !line.contains("urn:") {
                #expect(AlertPrinter.columns(line) <= 72, "\(alert.id): \(line)")
            }
        }
    }
}
