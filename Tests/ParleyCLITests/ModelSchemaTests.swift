import Foundation
import ParleyCore
import Testing

/// `docs/model.schema.json` against the four shipped models and the clean fixture, with `SchemaCheck` (the small
/// hand-written checker shared with the alert schema tests of this target); and a broken model must fail it.
@Suite struct ModelSchemaTests {
    static let schemaFile = DemoRunTests.root.appendingPathComponent("docs/model.schema.json")

    static func json(_ url: URL) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
    }

    @Test(arguments: ModelCheckTests.shipped) func everyShippedModelFollowsTheSchema(_ name: String) throws {
        let model = try Self.json(DemoRunTests.root.appendingPathComponent("seeds/\(name).model.json"))
        #expect(SchemaCheck.problems(model, schema: try Self.json(Self.schemaFile)) == [])
    }

    @Test func theCleanFixtureFollowsItAndBrokenOnesDoNot() throws {
        let schema = try Self.json(Self.schemaFile)
        let fixture = { (name: String) in try Self.json(ModelCheckTests.fixtures.appendingPathComponent("\(name).model.json")) }
        #expect(SchemaCheck.problems(try fixture("clean"), schema: schema) == [])
        #expect(SchemaCheck.problems(try fixture("missing-issue-name"), schema: schema) == ["$.issues[1]: missing name"])
        #expect(SchemaCheck.problems(try fixture("unknown-role"), schema: schema).count == 1)
        #expect(SchemaCheck.problems(try fixture("unknown-field"), schema: schema) == ["$.issues[0]: unexpected weakterms"])
        #expect(SchemaCheck.problems(try fixture("empty-alias"), schema: schema)
            == ["$.parties[2].aliases[2]: shorter than 1 characters", "$.parties[3].aliases: fewer than 1 items"])
    }

    /// What `parley model init` proposes (facts with `confidence` and `review`) follows the schema too.
    @Test func aProposedModelFollowsTheSchema() throws {
        let proposed = try ModelInitTests.proposal().model
        let json = try JSONDecoder().decode(JSONValue.self, from: try proposed.encoded())
        #expect(SchemaCheck.problems(json, schema: try Self.json(Self.schemaFile)) == [])
        #expect(proposed.facts.contains { $0.review != nil } && proposed.facts.allSatisfy { $0.confidence != nil })
    }

    /// docs/models.md documents every field the schema names (as `field` in backquotes).
    @Test func theGuideDocumentsEveryFieldOfTheSchema() throws {
        let guide = try String(contentsOf: DemoRunTests.root.appendingPathComponent("docs/models.md"), encoding: .utf8)
        var fields = Set<String>()
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let object):
                if case .object(let properties)? = object["properties"] { fields.formUnion(properties.keys) }
                object.values.forEach(collect)
            case .array(let array): array.forEach(collect)
            default: break
            }
        }
        collect(try Self.json(Self.schemaFile))
        #expect(fields.count > 30)
        for field in fields.sorted() { #expect(guide.contains("`\(field)`"), "\(field)") }
    }
}
