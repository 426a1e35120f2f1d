import Foundation
import ParleyCore
@testable import ParleySinks
import Testing

/// Each webhook format over the awkward alerts of `Fixtures/awkward-alerts.jsonl` (long text, Markdown and
/// `<>&|` in titles and URLs, no link or a `urn:` id as link, Ukrainian, Arabic, CJK, emoji, huge numbers),
/// compared with the golden files beside them. `PARLEY_UPDATE_GOLDENS=1` regenerates those (see Golden.swift).
@Suite("Sink golden files")
struct SinkGoldenTests {
    /// Every fixture's body in `format`: one line each for `generic` (the wire bytes), else one pretty-printed
    /// JSON object keyed by alert id, so a reviewer reads a change as a diff.
    static func render(_ format: WebhookFormat) throws -> String {
        let lines = try Golden.awkwardAlertLines()
        if format == .generic {
            return try lines.map { String(decoding: try WebhookMessage.body(alertJSON: $0, format: .generic),
                                          as: UTF8.self) + "\n" }.joined()
        }
        var payloads: [String: JSONValue] = [:]
        for line in lines {
            let alert = try AlertCoding.decoder().decode(Alert.self, from: Data(line.utf8))
            let body = try WebhookMessage.body(alertJSON: line, format: format)
            payloads[alert.id] = try JSONDecoder().decode(JSONValue.self, from: body)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(payloads), as: UTF8.self) + "\n"
    }

    @Test("the fixtures are alert records in the log's own encoding")
    func fixturesAreCanonical() throws {
        let lines = try Golden.awkwardAlertLines()
        #expect(lines.count >= 10)
        for line in lines {
            let alert = try AlertCoding.decoder().decode(Alert.self, from: Data(line.utf8))
            let again = try AlertCoding.decoder().decode(Alert.self, from: Data(try AlertCoding.line(alert).utf8))
            #expect(again == alert)
        }
    }

    @Test("generic: the record unchanged")
    func generic() throws {
        let rendered = try Self.render(.generic)
        #expect(rendered == (try Golden.awkwardAlertLines()).map { $0 + "\n" }.joined())
        try Golden.check(rendered, against: "generic.golden.jsonl")
    }

    @Test("slack") func slack() throws {
        try Golden.check(try Self.render(.slack), against: "slack.golden.json")
    }

    @Test("discord") func discord() throws {
        try Golden.check(try Self.render(.discord), against: "discord.golden.json")
    }
}
