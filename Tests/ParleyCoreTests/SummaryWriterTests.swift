import Foundation
import Testing
@testable import ParleyCore

/// SummaryWriter as the pure function it is: parts in, one sentence and a title line out.
@Suite struct SummaryWriterTests {
    static let published = Date(timeIntervalSince1970: 1_750_780_800) // 24 June 2025

    func parts(_ subject: [String], _ stance: String?, issue: String = "ceasefire", name: String = "Ceasefire",
               kind: Alert.Kind = .positionChanged, quantities: [Quantity] = [], places: [String] = [],
               dates: [String] = [], hedged: Bool = false) -> SummaryWriter.Parts {
        SummaryWriter.Parts(subject: subject, stance: stance, hedged: hedged, kind: kind, issueID: issue,
                            issueName: name, quantities: quantities, places: places, dates: dates,
                            published: Self.published, issuePhrase: Self.model?.issue(issue)?.phrase,
                            meetingIssue: Self.model?.issue(issue)?.meetings ?? false)
    }

    /// The seed model: its issues' phrases ("a ceasefire") and meeting flags.
    static let model = try? Fixtures.seedModel()
    /// The writer with the shipped language file's summary templates.
    let writer = SummaryWriter((try? Fixtures.language()) ?? .empty)

    @Test(arguments: [
        ("Transit route through Syunik", "the transit route through Syunik"),
        ("Armenia's constitution", "Armenia's constitution"),
        ("OSCE Minsk Group", "the OSCE Minsk Group"),
        ("Border delimitation", "the border delimitation"),
    ])
    func anIssueWithoutAPhraseIsNamedByItsName(name: String, expected: String) {
        #expect(writer.defaultPhrase(name) { $0 == "Armenia" } == expected)
    }

    @Test(arguments: [
        (["Russia"], "proposes", "Russia proposes a ceasefire of 30 days."),
        (["Russia", "Ukraine"], "proposes", "Russia and Ukraine propose a ceasefire of 30 days."),
        ([], "agreed", "Both sides agree on a ceasefire of 30 days."),
        (["Ukraine"], nil, "Ukraine raises a ceasefire of 30 days."),
    ] as [([String], String?, String)])
    func verbsAgreeWithTheirSubject(subject: [String], stance: String?, expected: String) {
        #expect(writer.sentence(parts(subject, stance, quantities: [Quantity(value: 30, unit: "days")]))
                == expected)
    }

    /// A party that is a group named by its members ("Russia and China") takes a plural verb; a country whose name
    /// joins two words it never goes by alone stays one.
    @Test func aGroupPartyNamedByItsMembersIsPlural() {
        let group = Party(id: "russia-china", name: "Russia and China", aliases: ["Russia", "Moscow", "China"])
        #expect(SummaryWriter.Parts.members(of: group) == ["Russia", "China"])
        #expect(writer.sentence(parts(SummaryWriter.Parts.members(of: group) ?? [], "proposes"))
                == "Russia and China propose a ceasefire.")
        let blocs = Party(id: "au", name: "African Union and regional blocs", aliases: ["African Union", "AU"])
        #expect(SummaryWriter.Parts.members(of: blocs) == ["African Union", "regional blocs"])
        let country = Party(id: "tt", name: "Trinidad and Tobago", aliases: ["Trinidad and Tobago", "Port of Spain"])
        #expect(SummaryWriter.Parts.members(of: country) == nil)
        #expect(SummaryWriter.Parts.members(of: Party(id: "ru", name: "Russia", aliases: ["Russia"])) == nil)
    }

    /// An event in a condition is not said to happen nor to be expected.
    @Test func aConditionalEventIsAConditionTheSubjectSets() {
        var conditional = parts(["Iran"], "underway", kind: .positionChanged)
        conditional.conditional = true
        #expect(writer.sentence(conditional) == "Iran sets conditions on a ceasefire.")
        conditional.subject = ["Russia", "China"]
        #expect(writer.sentence(conditional) == "Russia and China set conditions on a ceasefire.")
    }

    /// An event the subject tells of another party is its account: "says ... has collapsed", "says ... is agreed".
    @Test func anEventToldOfAnotherPartyIsTheSubjectsAccount() {
        var account = parts(["United States"], "agreed")
        account.reported = true
        #expect(writer.sentence(account) == "The United States says a ceasefire is agreed.")
        account.subject = ["Russia", "China"]
        account.stance = "underway"
        #expect(writer.sentence(account) == "Russia and China say a ceasefire is under way.")
    }

    @Test func aMeetingSaysWhereAndWhen() {
        let text = writer.sentence(parts(["Russia", "Ukraine"], "held", issue: "talks", name: "Talks",
                                                kind: .meetingNew, quantities: [Quantity(value: 2, unit: "hours")],
                                                places: ["Geneva", "Istanbul"], dates: ["2025-06-24"]))
        #expect(text == "Russia and Ukraine hold talks lasting 2 hours in Geneva on 24 June.")
        #expect(writer.title(parts(["Russia", "Ukraine"], "held", issue: "talks", name: "Talks",
                                          kind: .meetingNew)) == "Talks: meeting held")
    }

    @Test func placesOutsideMeetingsAreLeftOut() {
        let text = writer.sentence(parts(["United States"], "agreed", issue: "sanctions", name: "Sanctions",
                                                kind: .statusChanged, places: ["Donald Trump"]))
        #expect(text == "The United States agrees on sanctions.")
    }

    @Test(arguments: [
        (Quantity(value: 1, unit: "days"), "1 day"),
        (Quantity(value: 1, unit: "bodies"), "1 body"),
        (Quantity(value: 3e9, unit: "euros"), "3 billion euros"),
        (Quantity(value: 1200, unit: "prisoners"), "1,200 prisoners"),
        (Quantity(value: 0.5, unit: "percent"), "0.5 percent"),
        (Quantity(value: 81, unit: "n"), "81"),
        (Quantity(value: 2, unit: "n", noun: "delegations"), "2 delegations"),
    ])
    func numbersCarryTheirUnits(quantity: Quantity, expected: String) {
        #expect(writer.quantity(quantity) == expected)
    }

    /// An event expected, not done ("would be completed by the middle of next year"), is said as expected.
    @Test func aForecastEventIsExpectedNotDone() {
        var forecast = parts(["Azerbaijan"], "completed", issue: "transit-route", name: "Transit route")
        #expect(writer.sentence(forecast) == "Azerbaijan completes the transit route.")
        forecast.forecast = true
        #expect(writer.sentence(forecast) == "Azerbaijan expects the transit route to be completed.")
        var both = parts([], "agreed")
        both.forecast = true
        #expect(writer.sentence(both) == "Both sides expect agreement on a ceasefire.")
    }

    @Test func hedgedAcceptanceAndOtherYearsAndMonths() {
        #expect(writer.sentence(parts(["Russia"], "accepts", hedged: true))
                == "Russia does not rule out a ceasefire.")
        #expect(writer.date("2026-01-05", published: Self.published) == "on 5 January 2026")
        #expect(writer.date("2025-08", published: Self.published) == "in August")
        #expect(writer.date("nonsense", published: Self.published) == nil)
    }

    /// A proper name before a noun keeps its capital and takes the article; the model's note in parentheses is
    /// left out: "agree on the Washington agreement", not "agree on Washington agreement (DRC–Rwanda)".
    @Test(arguments: [
        ("Washington agreement (DRC–Rwanda)", "the Washington agreement"),
        ("Doha agreement (DRC–M23)", "the Doha agreement"),
        ("Armenia's constitution", "Armenia's constitution"),
    ])
    func aProperNameBeforeANounTakesTheArticle(name: String, expected: String) {
        #expect(writer.defaultPhrase(name) { ["washington", "doha", "armenia"].contains($0.lowercased()) } == expected)
    }

    /// A party's display name without its note ("E3 (Britain, France, Germany)"), with the article the language
    /// gives it ("the E3", "the IAEA"), in the sentence and the title.
    @Test func aGroupsDisplayNameReadsAsASubject() {
        let text = writer.sentence(parts(["E3 (Britain, France, Germany)"], "underway", issue: "snapback",
                                         name: "Snapback of UN sanctions", kind: .statusChanged))
        #expect(text == "The E3 begins the snapback of UN sanctions.")
        #expect(writer.title(parts(["E3 (Britain, France, Germany)"], "demands", kind: .positionNew))
                == "Ceasefire: the E3 takes a position")
        #expect(writer.sentence(parts(["Iran", "IAEA"], "agreed")) == "Iran and the IAEA agree on a ceasefire.")
    }

    /// Durations measure an issue that is one thing ("a ceasefire of 30 days"); after any other issue they are
    /// its time frame ("sanctions of 100 percent within 50 days", not "sanctions of 50 days of 100 percent").
    @Test func durationsOfAnIssueThatIsNotOneThingAreItsTimeFrame() {
        let quantities = [Quantity(value: 50, unit: "days"), Quantity(value: 100, unit: "percent")]
        #expect(writer.sentence(parts(["United States"], "demands", issue: "sanctions", name: "Sanctions",
                                      quantities: quantities))
                == "The United States demands sanctions of 100 percent within 50 days.")
        #expect(writer.sentence(parts(["Russia"], "accepts", quantities: [Quantity(value: 30, unit: "days")]))
                == "Russia accepts a ceasefire of 30 days.")
    }

    /// The FDLR issue is named by the militia; its model's phrase names what is agreed on it.
    @Test func theFDLRIssueSaysWhatIsAgreed() throws {
        let model = try Fixtures.seedModel("drc-rwanda")
        let issue = try #require(model.issue("fdlr"))
        let text = writer.sentence(SummaryWriter.Parts(
            subject: ["Rwanda"], stance: "agreed", hedged: false, kind: .statusChanged, issueID: "fdlr",
            issueName: issue.name, quantities: [Quantity(value: 90, unit: "days")], places: [], dates: [],
            published: Self.published, issuePhrase: issue.phrase))
        #expect(text == "Rwanda agrees on the neutralisation of the FDLR within 90 days.")
    }

    @Test func anIssueWithoutAPhraseUsesItsName() {
        #expect(writer.sentence(parts(["Egypt"], "demands", issue: "water-share", name: "Water share"))
                == "Egypt demands the water share.")
    }
}
