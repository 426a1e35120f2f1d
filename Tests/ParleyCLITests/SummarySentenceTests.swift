import Foundation
import Testing
@testable import ParleyCLI
@testable import ParleyCore

/// Every alert `parley replay` raises on the four development streams (`../shared/eval/S/feeds/*.xml` with the
/// seed model of S) has a summary a person can read: one sentence (a capital first, a full stop last, never a cut
/// "…"), its verb agreeing with its subject ("Russia proposes", "Ukraine and Russia propose", "Russia and China
/// propose"), naming every number of `after` with its unit; and a title line.
@Suite(.serialized) struct SummarySentenceTests {
    static let eval = DemoRunTests.root.deletingLastPathComponent().appendingPathComponent("shared/eval")
    static let feeds = eval.appendingPathComponent("dev/feeds")
    /// Each development stream and the seed model it is replayed with.
    static let streams = ["dev": "russia-ukraine", "armenia-azerbaijan": "armenia-azerbaijan",
                          "drc-rwanda": "drc-rwanda", "iran-nuclear": "iran-nuclear"]

    static var available: Bool {
        streams.keys.allSatisfy { FileManager.default.fileExists(atPath: eval.appendingPathComponent("\($0)/feeds").path) }
            && DemoCommandTests.binary != nil
    }

    /// The groups of two or more of `names`, in their order.
    static func groups(of names: [String]) -> [[String]] {
        (0..<(1 << names.count)).map { mask in names.indices.filter { mask & (1 << $0) != 0 }.map { names[$0] } }
            .filter { $0.count >= 2 }
    }

    static func replay(_ stream: String = "dev") async throws -> [Alert] {
        let feeds = eval.appendingPathComponent("\(stream)/feeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: feeds.path).filter { $0.hasSuffix(".xml") }
            .sorted().map { feeds.appendingPathComponent($0).path }
        let model = DemoRunTests.seeds.appendingPathComponent("\(streams[stream] ?? stream).model.json").path
        var alerts: [Alert] = []
        try await DemoCommandTests.withBinary { scratch in
            let result = try await DemoCommandTests.run(["replay", "--model", model] + files, in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            alerts = try result.stdout.split(separator: "\n").map {
                try AlertCoding.decoder().decode(Alert.self, from: Data($0.utf8))
            }
        }
        return alerts
    }

    @Test(.enabled(if: available), arguments: ["dev", "armenia-azerbaijan", "drc-rwanda", "iran-nuclear"])
    func everyDevelopmentAlertHasAReadableSentence(stream: String) async throws {
        let language = try Lexicon.load(from: Data(contentsOf: DemoRunTests.seeds.appendingPathComponent("english.language.json")))
        let model = try NegotiationModel.load(
            from: Data(contentsOf: DemoRunTests.seeds.appendingPathComponent("\(Self.streams[stream] ?? stream).model.json")),
            language: language)
        let joint = model.parties.filter(\.principal).map(\.name)
        let writer = SummaryWriter(language)
        let alerts = try await Self.replay(stream)
        #expect(alerts.count > 20)
        for alert in alerts {
            let summary = alert.summary
            #expect(summary.first?.isUppercase == true, "\(summary)")
            #expect(summary.hasSuffix(".") && !summary.hasSuffix(".."), "\(summary)")
            #expect(!summary.contains("…") && !summary.contains("\n"), "\(summary)")
            // Subject and verb: the alert's party by its name, or both sides; or the party with the one it acted
            // with ("The United States and Ukraine propose"). A subject that joins names takes a plural verb.
            let own = writer.subject(alert.party.map { [model.party($0)?.name ?? $0] } ?? (joint.count >= 2 ? joint : []))
            // Both sides are every principal, or the two or more of them the sentence named.
            let jointSubjects = alert.party == nil
                ? Self.groups(of: joint).map { SummaryWriter.capitalized(writer.subject($0)) } : []
            let subject: String
            if summary.hasPrefix(SummaryWriter.capitalized(own) + " ") {
                subject = SummaryWriter.capitalized(own)
            } else if let named = jointSubjects.first(where: { summary.hasPrefix($0 + " ") }) {
                subject = named
            } else if alert.party != nil, let range = summary.range(of: own + " "),
                      [" and ", ", "].contains(where: { summary[..<range.lowerBound].hasSuffix($0) }) {
                subject = String(summary[..<range.upperBound].dropLast())
            } else {
                Issue.record("\(summary) does not start with \(own)")
                continue
            }
            let verb = summary.dropFirst(subject.count + 1).prefix { $0 != " " }
            if alert.party == nil || subject.contains(" and ") {
                #expect(!verb.hasSuffix("s"), "plural \(subject) with \(verb): \(summary)")
            } else {
                #expect(verb.hasSuffix("s"), "singular \(subject) with \(verb): \(summary)")
            }
            // Every number after holds, as the sentence writes it.
            if case .object(let after)? = alert.after, case .array(let quantities)? = after["quantities"] {
                for case .object(let quantity) in quantities {
                    guard case .number(let value)? = quantity["value"], value > 0 else { continue }
                    #expect(summary.contains(writer.number(value)), "\(value) missing: \(summary)")
                    // A number without a unit is written with the noun it counts, when the report gave one.
                    if case .string(let noun)? = quantity["noun"] {
                        #expect(summary.contains(writer.number(value) + " " + noun), "\(noun) missing: \(summary)")
                    }
                }
            }
            // A party's new position is never shown against another party's fact.
            if alert.kind == .positionNew, case .object(let before)? = alert.before {
                #expect(before["party"] == alert.party.map(JSONValue.string), "\(summary)")
            }
            let title = try #require(alert.title)
            #expect(!title.isEmpty && title.count <= 100, "\(title)")
        }
    }

    /// No `position.changed` has equal before and after. When the stance word stays ("demands", then "demands"),
    /// the record names the part of the position that changed (`attribute`: size, date, place or terms) and
    /// `after` states it: the numbers, dates or places the held fact lacked, or the words it did not use.
    @Test(.enabled(if: available)) func positionChangesSayWhatChanged() async throws {
        let alerts = try await Self.replay()
        func fields(_ value: JSONValue?) -> [String: JSONValue] {
            if case .object(let fields)? = value { return fields }
            return [:]
        }
        let changes = alerts.filter { $0.kind == .positionChanged }
        #expect(changes.count > 10)
        var sameWord = 0
        for alert in changes {
            var before = fields(alert.before)
            before["party"] = nil
            before["evidence"] = nil
            let after = fields(alert.after)
            #expect(before != after, "equal before and after: \(alert.summary)")
            guard let word = after["stance"] ?? after["status"], word == before["stance"] ?? before["status"] else {
                continue
            }
            sameWord += 1
            let part = try #require(alert.attribute, "\(alert.summary)")
            let field = ["size": "quantities", "date": "dates", "place": "places", "terms": "terms"][part]
            let stated = try #require(field.flatMap { after[$0] }, "attribute \(part) without it in after: \(alert.summary)")
            #expect(stated != before[field ?? ""], "\(part) unchanged: \(alert.summary)")
            if case .array(let items) = stated { #expect(!items.isEmpty, "\(alert.summary)") }
        }
        // The development streams have such changes (a demand with new terms): the rule is exercised.
        #expect(sameWord > 0)
    }
}
