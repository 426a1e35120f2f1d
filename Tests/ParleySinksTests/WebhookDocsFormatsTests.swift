import Foundation
import ParleyCore
@testable import ParleySinks
import Testing

/// docs/webhooks.md shows one alert in each format. The `generic` example is a record `parley demo` wrote
/// (ParleyCLITests.DocsExamplesTests holds it to the demo's log); the `slack` and `discord` examples must be
/// exactly what this code makes of it. `PARLEY_UPDATE_GOLDENS=1` rewrites those two blocks from the code.
@Suite("Webhook docs formats")
struct WebhookDocsFormatsTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/webhooks.md")

    /// The range of the first ```json block's content after `heading`.
    static func block(after heading: String, in text: String) -> Range<String.Index>? {
        guard let section = text.range(of: heading),
              let open = text.range(of: "```json\n", range: section.upperBound..<text.endIndex),
              let close = text.range(of: "```", range: open.upperBound..<text.endIndex) else { return nil }
        return open.upperBound..<close.lowerBound
    }

    static func pretty(_ body: Data) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // As `jq .` writes it ("key": value), not as JSONEncoder spaces it ("key" : value).
        return String(decoding: try encoder.encode(try JSONDecoder().decode(JSONValue.self, from: body)), as: UTF8.self)
            .replacingOccurrences(of: "\" : ", with: "\": ")
            .replacingOccurrences(of: #"\[\s*\]"#, with: "[]", options: .regularExpression) + "\n"
    }

    @Test("the slack and discord examples are what the code makes of the generic one")
    func examplesMatchTheCode() throws {
        var text = try String(contentsOf: Self.docs, encoding: .utf8)
        let generic = try #require(Self.block(after: "### `generic`", in: text))
        let alert = try AlertCoding.decoder().decode(Alert.self, from: Data(text[generic].utf8))
        let line = try AlertCoding.line(alert)
        for (heading, format) in [("### `slack`", WebhookFormat.slack), ("### `discord`", .discord)] {
            let range = try #require(Self.block(after: heading, in: text))
            let body = try WebhookMessage.body(alertJSON: line, format: format)
            if Golden.updating {
                text.replaceSubrange(range, with: try Self.pretty(body))
                continue
            }
            let shown = try JSONDecoder().decode(JSONValue.self, from: Data(text[range].utf8))
            #expect(shown == (try JSONDecoder().decode(JSONValue.self, from: body)), "\(heading) example is stale")
        }
        if Golden.updating { try text.write(to: Self.docs, atomically: true, encoding: .utf8) }
    }

    @Test("the docs cite only files that exist")
    func citedFilesExist() throws {
        let root = Self.docs.deletingLastPathComponent().deletingLastPathComponent()
        for name in ["docs/webhooks.md", "docs/alerts.md"] {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            // `path/with/a/slash.ext` in backquotes, and [..](relative links).
            var cited: [String] = []
            for part in text.components(separatedBy: "`").enumerated() where part.offset % 2 == 1 {
                let word = part.element
                if word.contains("/"), !word.contains(" "), !word.hasPrefix("/"), !word.contains("://"),
                   word.range(of: #"\.(md|json|jsonl|py|sh|swift)$"#, options: .regularExpression) != nil {
                    cited.append(word)
                }
            }
            for link in text.components(separatedBy: "](").dropFirst() {
                guard let target = link.split(separator: ")").first.map(String.init), !target.contains("://"),
                      !target.hasPrefix("#") else { continue }
                cited.append("docs/" + (target.split(separator: "#").first.map(String.init) ?? target))
            }
            for path in cited {
                let url = root.appendingPathComponent(path).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: url.path), "\(name) cites \(path), which does not exist")
            }
        }
    }
}
