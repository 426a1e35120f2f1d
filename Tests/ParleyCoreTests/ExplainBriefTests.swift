import Foundation
import Testing
@testable import ParleyCore

/// `parley explain`'s short form (`Explanation.brief`): per report, about the negotiation or not and why; each
/// claim with its issue, party and what it states; alerted, or why not, in the plain words of `PlainReasons`.
@Suite struct ExplainBriefTests {
    static func brief(_ names: [String], prior: Bool = false) throws -> [String] {
        var model = try Fixtures.seedModel()
        if prior { model.language.weights = .prior }
        var tracker = NegotiationTracker(model: model)
        var texts: [String] = []
        for name in names {
            let report = try Fixtures.report(name)
            let outcome = tracker.process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0))
            texts.append(outcome.explanation.brief(model: tracker.model))
        }
        return texts
    }

    /// The lines of one claim: its heading ("2. Ceasefire, Ukraine: ..."), its sentence and its verdict.
    static func claim(_ heading: String, in text: String) throws -> (heading: String, verdict: String) {
        let lines = text.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.contains(heading) }, "no claim \(heading) in\n\(text)")
        return (lines[index], lines[index + 2].trimmingCharacters(in: .whitespaces))
    }

    @Test func aReportWithNewsARestatementAndARecap() throws {
        let text = try Self.brief(["explain-mixed"])[0]
        #expect(text.hasPrefix("report: Russia offers 24-hour pauses"))
        #expect(text.contains("\n  about this negotiation: "))
        // The new offer alerts, with what is new in it.
        let offer = try Self.claim("Ceasefire, Russia: Russia proposes a ceasefire", in: text)
        #expect(offer.heading.contains("24 hours"), "\(offer.heading)")
        #expect(offer.verdict.hasPrefix("alerted as "), "\(offer.verdict)")
        #expect(offer.verdict.contains("new numbers: 24 hours"), "\(offer.verdict)")
        // Kyiv's demand is the seed article's: the model's fact is named with its source.
        let demand = try Self.claim("Ceasefire, Ukraine: Ukraine demands a ceasefire", in: text)
        #expect(demand.verdict.hasPrefix("not alerted: "), "\(demand.verdict)")
        #expect(demand.verdict.contains(": Ukraine demands a ceasefire of 30 days (seed article)"), "\(demand.verdict)")
        // The seed's fact is cited once, though it is both restated and echoed.
        #expect(demand.verdict.components(separatedBy: "(seed article)").count == 2, "\(demand.verdict)")
        // The recap of earlier rounds.
        let recap = try #require(text.split(separator: "\n").first { $0.contains("not alerted") && $0.contains("recaps") },
                                 "\(text)")
        #expect(recap.contains("the report recaps earlier events (\"previous\")"), "\(recap)")
    }

    @Test func aReportAboutAnotherConflictSaysWhyNot() throws {
        let text = try Self.brief(["unrelated-conflict"])[0]
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3, "\(text)")
        #expect(lines[2] == "  not about this negotiation: neither the title nor the lead names a principal party")
    }

    @Test func anEchoNamesTheDevelopmentAlreadyAlerted() throws {
        // Under the prior weights, as DiffTests' echo test: the fitted ones decide whether the first is news at all.
        let texts = try Self.brief(["echo-first", "echo-second"], prior: true)
        let echo = try Self.claim("Ceasefire, Russia", in: texts[1])
        #expect(echo.verdict.hasPrefix("not alerted: "), "\(echo.verdict)")
        #expect(echo.verdict.contains("reported only days ago: Russia proposes a ceasefire of 20 days"), "\(echo.verdict)")
        #expect(echo.verdict.hasSuffix("(First Outlet)"), "\(echo.verdict)")
    }

    /// Plain words only: no scores, weights or feature names, and every verdict gives a reason.
    @Test func verdictsArePlainAndAlwaysGiveAReason() throws {
        let texts = try Self.brief(["explain-mixed", "background-recap", "restatement-of-seed", "echo-first",
                                    "echo-second", "numbers-in-words", "analysis-headline", "hedging-did-not-rule-out"])
        let features = DecisionFeature.allCases.map(\.rawValue).filter { $0.contains("_") }
        for text in texts {
            #expect(!text.contains("score") && !text.contains("threshold") && !text.contains("{"), "\(text)")
            for line in text.split(separator: "\n") {
                #expect(!features.contains { line.contains($0) }, "\(line)")
                #expect(line.range(of: #"[+-][0-9]\.[0-9]"#, options: .regularExpression) == nil, "\(line)")
                let verdict = line.trimmingCharacters(in: .whitespaces)
                if verdict.hasPrefix("not alerted:") || verdict.hasPrefix("alerted as") {
                    let reason = verdict.split(separator: ":", maxSplits: 1).last ?? ""
                    #expect(reason.trimmingCharacters(in: .whitespaces).count > 5, "\(line)")
                }
            }
        }
    }

    /// The table: every phrase fills with what the scorer gives it, and a `{detail}` phrase belongs to a feature
    /// the scorer gives a detail.
    @Test func everyPhraseFills() {
        let detailed: Set<DecisionFeature> = [.statusNew, .stanceChanged, .newDate, .newEntities, .newQuantity,
                                              .meetingStateNew, .meetingDateNew, .meetingPlaceNew, .recapCue,
                                              .recapDate, .restatesFact, .echo]
        for (feature, phrase) in PlainReasons.phrases {
            let filled = PlainReasons.fill(phrase, party: "Russia", stance: "proposes", detail: "x")
            #expect(!filled.contains("{") && !filled.contains("}"), "\(feature): \(phrase)")
            if phrase.contains("{detail}") { #expect(detailed.contains(feature), "\(feature) has no detail") }
        }
        #expect(Explanation.quote(String(repeating: "word ", count: 60)).hasSuffix(" …"))
        #expect(Explanation.quote("A short sentence.") == "A short sentence.")
    }
}
