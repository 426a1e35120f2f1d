import Foundation
import ParleyCore
import Testing
@testable import ParleyCLI

/// The example records in docs/alerts.md and docs/webhooks.md are records `parley demo` really writes: each
/// equals the demo log's record with the same id, but for `detected_at` (the time of the run) and `report.feed`
/// (a `file://` path in the checkout). With `PARLEY_UPDATE_GOLDENS=1` the examples are rewritten from the log.
@Suite struct DocsExamplesTests {
    static let examples: [(doc: String, heading: String)] = [
        ("docs/alerts.md", "## A real example"),
        ("docs/webhooks.md", "### `generic`"),
    ]

    static func block(after heading: String, in text: String) -> Range<String.Index>? {
        guard let section = text.range(of: heading),
              let open = text.range(of: "```json\n", range: section.upperBound..<text.endIndex),
              let close = text.range(of: "```", range: open.upperBound..<text.endIndex) else { return nil }
        return open.upperBound..<close.lowerBound
    }

    /// The record without what differs from run to run.
    static func comparable(_ record: JSONValue) -> JSONValue {
        guard case .object(var fields) = record else { return record }
        fields["detected_at"] = nil
        if case .object(var report)? = fields["report"] {
            report["feed"] = nil
            fields["report"] = .object(report)
        }
        return .object(fields)
    }

    static func id(of record: JSONValue) -> String? {
        if case .object(let fields) = record, case .string(let id)? = fields["id"] { return id }
        return nil
    }

    @Test func docExamplesAreRecordsTheDemoWrites() async throws {
        let outcome = try await DemoRunTests.runDemo()
        defer { try? FileManager.default.removeItem(at: outcome.state) }
        let log = try outcome.log.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
        for (doc, heading) in Self.examples {
            let file = DemoRunTests.root.appendingPathComponent(doc)
            var text = try String(contentsOf: file, encoding: .utf8)
            let range = try #require(Self.block(after: heading, in: text), "\(doc): no json block after \(heading)")
            let shown = try JSONDecoder().decode(JSONValue.self, from: Data(text[range].utf8))
            let real = try #require(log.first { Self.id(of: $0) == Self.id(of: shown) },
                                    "\(doc): the example's id is not one the demo writes")
            if ProcessInfo.processInfo.environment["PARLEY_UPDATE_GOLDENS"] == "1" {
                let encoder = AlertCoding.encoder()
                encoder.outputFormatting.insert(.prettyPrinted)
                var alert = try AlertCoding.decoder().decode(Alert.self, from: try JSONEncoder().encode(real))
                // The checkout's path says nothing to a reader: show a clone in the home directory.
                alert.report.feed = alert.report.feed?.replacingOccurrences(of: DemoRunTests.root.path,
                                                                            with: "/home/you/parley")
                // Written as `jq .` writes it ("key": value), not as JSONEncoder spaces it ("key" : value).
                let pretty = String(decoding: try encoder.encode(alert), as: UTF8.self)
                    .replacingOccurrences(of: "\" : ", with: "\": ")
                text.replaceSubrange(range, with: pretty + "\n")
                try text.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            #expect(Self.comparable(shown) == Self.comparable(real), "\(doc): the example differs from the demo's record")
        }
    }
}
