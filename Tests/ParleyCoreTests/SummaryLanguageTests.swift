import Foundation
import Testing
@testable import ParleyCore

/// The summary section of the language file (`SummaryLanguage`): the shipped file has every template with the slots
/// it needs and a verb phrase for every stance; a bad template is refused at load with an error naming it.
@Suite struct SummaryLanguageTests {
    static let file = Fixtures.repositoryRoot.appendingPathComponent("seeds/english.language.json")

    /// The shipped language file as JSON, to break one template at a time.
    func shipped() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: Self.file)) as? [String: Any])
    }

    func load(_ json: [String: Any]) throws -> Lexicon {
        try Lexicon.load(from: JSONSerialization.data(withJSONObject: json))
    }

    @Test func theShippedLanguageHasEveryTemplateWithItsSlots() throws {
        let language = try Lexicon.load(from: Data(contentsOf: Self.file))
        let summary = language.summary
        try summary.validate(months: language.months)
        #expect(SummaryLanguage.slots(in: summary.sentence) == ["subject", "verb", "place", "date"])
        // Every stance and event the language reads has its own verb phrase, in both numbers, with the issue.
        for stance in language.stances.keys.sorted() {
            let verb = try #require(summary.verbs[stance], "no verb phrase for \(stance)")
            #expect(SummaryLanguage.slots(in: verb.singular) == ["object"], "\(stance)")
            #expect(SummaryLanguage.slots(in: verb.plural) == ["object"], "\(stance)")
            #expect(verb.singular != verb.plural, "\(stance): the verb does not agree with its subject")
        }
        // A status or meeting event has its title words.
        for event in language.statusStances { #expect(summary.statusEvents[event] != nil, "\(event)") }
        for kind in Alert.Kind.allCases { #expect(summary.changes[kind.rawValue] != nil, "\(kind)") }
        // Every duration, currency and percent unit of the language falls in a group of numbers.
        #expect(summary.quantities.contains { $0.units.isEmpty }, "no group takes the other units")
    }

    @Test(arguments: [
        // (where, broken template, what the error says)
        (["verbs", "proposes", "plural"], "propose", "summary.verbs.proposes.plural \"propose\" lacks the slot {object}"),
        (["sentence"], "{subject} {verb} {where}.", "has the slot {where}, which is not one of"),
        (["object"], "{issue {quantity}", "summary.object \"{issue {quantity}\" has unpaired braces"),
        (["dates", "dayOtherYear"], "on {day} {month}", "summary.dates.dayOtherYear \"on {day} {month}\" lacks the slot {year}"),
        (["changes", "position.new", "singular"], "{party} takes a position", "has the slot {party}"),
        (["title"], "{issue}", "summary.title \"{issue}\" lacks the slot {change}"),
    ])
    func aBadTemplateIsRefusedAtLoadWithItsName(path: [String], template: String, message: String) throws {
        var json = try shipped()
        json["summary"] = Self.replacing(json["summary"], at: path[...], with: template)
        #expect {
            _ = try load(json)
        } throws: { error in
            (error as? CoreError)?.description.contains(message) == true
        }
    }

    @Test func aLanguageFileWithoutSummariesOrWithAKindMissingIsRefused() throws {
        var json = try shipped()
        json["summary"] = nil
        #expect {
            _ = try load(json)
        } throws: { error in
            (error as? CoreError)?.description.contains("no \"summary\" section") == true
        }
        json = try shipped()
        var summary = try #require(json["summary"] as? [String: Any])
        var changes = try #require(summary["changes"] as? [String: Any])
        changes["issue.new"] = nil
        summary["changes"] = changes
        json["summary"] = summary
        #expect {
            _ = try load(json)
        } throws: { error in
            (error as? CoreError)?.description.contains("summary.changes has no title for issue.new") == true
        }
    }

    /// The writer fills the templates of whatever language it is given: the words are all data.
    @Test func anotherLanguagesTemplatesAreFilledAsGiven() throws {
        var language = try Lexicon.load(from: Data(contentsOf: Self.file))
        language.summary.sentence = "{date}, {subject} {verb} {place}."
        language.summary.verbs["proposes"] = .init("propone {object}", "proponen {object}")
        language.summary.object = "{issue} {quantity}"
        language.summary.quantities = [.init(units: [], phrase: "de {quantity}")]
        language.summary.pair = "{first} y {last}"
        language.summary.dates.day = "el {day} de {month}"
        language.months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                           "octubre", "noviembre", "diciembre"]
        let writer = SummaryWriter(language)
        var parts = SummaryWriter.Parts(subject: ["Rusia", "Ucrania"], stance: "proposes", hedged: false,
                                        kind: .proposalNew, issueID: "ceasefire", issueName: "Tregua",
                                        quantities: [Quantity(value: 30, unit: "días")], places: [],
                                        dates: ["2025-06-02"], published: Date(timeIntervalSince1970: 1_750_780_800))
        parts.issuePhrase = "una tregua"
        #expect(writer.sentence(parts) == "El 2 de junio, Rusia y Ucrania proponen una tregua de 30 días.")
        parts.subject = ["Rusia"]
        #expect(writer.sentence(parts) == "El 2 de junio, Rusia propone una tregua de 30 días.")
    }

    static func replacing(_ value: Any?, at path: ArraySlice<String>, with template: String) -> Any {
        guard let key = path.first else { return template }
        var object = value as? [String: Any] ?? [:]
        object[key] = replacing(object[key], at: path.dropFirst(), with: template)
        return object
    }
}
