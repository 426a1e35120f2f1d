import Foundation
import ParleyCore
import Testing
@testable import ParleyCLI

/// `docs/alert.schema.json`, the alert record as Parley writes it, against the records the code really writes:
/// the demo's log (the `parley demo` code path: feeds, extraction, AlertBuilder, the log sink) and the awkward
/// alerts the sinks are tried on. Checked with `SchemaCheck`, a small hand-written checker of the schema
/// keywords these files use.
@Suite struct AlertSchemaTests {
    static let schemaFile = DemoRunTests.root.appendingPathComponent("docs/alert.schema.json")
    static let sharedSchemaFile = DemoRunTests.root.deletingLastPathComponent()
        .appendingPathComponent("shared/spec/alert.schema.json")

    static func schema() throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: schemaFile))
    }

    static func record(_ line: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
    }

    @Test func theDemosRecordsFollowTheRepositorysSchema() async throws {
        let schema = try Self.schema()
        let outcome = try await DemoRunTests.runDemo()
        defer { try? FileManager.default.removeItem(at: outcome.state) }
        #expect(!outcome.log.isEmpty)
        var quantities = 0
        for line in outcome.log {
            #expect(SchemaCheck.problems(try Self.record(line), schema: schema) == [], "\(line)")
            quantities += line.components(separatedBy: "\"value\":").count - 1
        }
        // The demo has numbers (a 30-day truce, swaps of 1,000 and more): they are there, as numbers.
        #expect(quantities > 0)
    }

    @Test func theAwkwardSinkFixturesFollowIt() throws {
        let schema = try Self.schema()
        for line in try String(contentsOf: AlertPrinterGoldenTests.awkward, encoding: .utf8).split(separator: "\n") {
            #expect(SchemaCheck.problems(try Self.record(String(line)), schema: schema) == [], "\(line.prefix(80))")
        }
    }

    /// The repository's schema is the published one with `before`/`after` described: the same required fields,
    /// and every published property with the same constraints.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedSchemaFile.path)))
    func itAgreesWithThePublishedSchema() throws {
        let shared = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: Self.sharedSchemaFile))
        guard case .object(let published) = shared, case .object(let ours) = try Self.schema(),
              case .object(let publishedProperties)? = published["properties"],
              case .object(let ourProperties)? = ours["properties"] else {
            Issue.record("schemas are not objects with properties")
            return
        }
        #expect(ours["required"] == published["required"])
        #expect(ours["$id"] == published["$id"])
        for (name, rules) in publishedProperties where name != "before" && name != "after" {
            guard case .object(let theirs) = rules, case .object(let mine)? = ourProperties[name] else {
                Issue.record("\(name) missing from docs/alert.schema.json")
                continue
            }
            for keyword in ["type", "enum", "const", "minimum", "maximum", "minItems", "items", "required"] {
                #expect(mine[keyword] == theirs[keyword], "\(name).\(keyword)")
            }
        }
    }

    /// The checker is not vacuous: the shapes the schema rules out are caught.
    @Test(arguments: [
        #"{"quantities": ["1000"]}"#,
        #"{"quantities": [{"unit": "prisoners"}]}"#,
        #"{"quantities": [{"value": "1000", "unit": "prisoners"}]}"#,
        #"{"dates": ["26 June"]}"#,
        #"{"mood": "good"}"#,
    ])
    func badAfterValuesAreCaught(after: String) throws {
        let schema = try Self.schema()
        let good = try String(contentsOf: AlertPrinterGoldenTests.awkward, encoding: .utf8).split(separator: "\n")[0]
        guard case .object(var fields) = try Self.record(String(good)) else { return }
        #expect(SchemaCheck.problems(.object(fields), schema: schema).isEmpty)
        fields["after"] = try Self.record(after)
        #expect(!SchemaCheck.problems(.object(fields), schema: schema).isEmpty, "\(after)")
    }
}
