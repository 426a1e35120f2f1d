import Foundation
import ParleyCore
import Testing
@testable import ParleyCLI

@Suite struct AlertPrinterTests {
    private func alert(party: String? = nil, before: JSONValue? = .string("1,000 for 1,000"),
                       after: JSONValue? = .string("1,300 for 1,300"), sources: Int = 1) -> Alert {
        Alert(id: "a1b2c3d4e5f60718", detectedAt: Date(timeIntervalSince1970: 1_749_313_200),
              negotiation: "russia-ukraine", kind: .quantityChanged, issue: "prisoner-exchange", party: party,
              attribute: "size", before: before, after: after,
              summary: "Prisoner exchange size: 1,000 for 1,000 -> 1,300 for 1,300 (carried out)",
              severity: .major, confidence: 0.875,
              report: .init(url: "https://www.kestrelwire.example/europe/2025/06/07/swap",
                            title: "Russia and Ukraine swap 1,300 prisoners each",
                            published: Date(timeIntervalSince1970: 1_749_313_200),
                            feed: "file:///demo/kestrel-wire.xml"),
              evidence: ["Russia and Ukraine exchanged 1,300 prisoners of war each on Saturday, completing the "
                         + "swap agreed at the Istanbul talks, President Volodymyr Zelensky said."],
              corroboratingSources: sources)
    }

    @Test func plainRenderingCarriesEverythingAPersonNeeds() {
        let printer = AlertPrinter(style: .plain, width: 100, outlets: ["file:///demo/kestrel-wire.xml": "Kestrel Wire"])
        let text = printer.render(alert())
        #expect(!text.contains("\u{1B}["))
        #expect(text.hasPrefix(" MAJOR  prisoner-exchange · issue as a whole · quantity.changed"))
        #expect(text.contains("Prisoner exchange size: 1,000 for 1,000 -> 1,300 for 1,300"))
        #expect(text.contains("size: 1,000 for 1,000 → 1,300 for 1,300"))
        #expect(text.contains("“Russia and Ukraine exchanged 1,300 prisoners of war each on Saturday,"))
        #expect(text.contains("— Kestrel Wire, 7 Jun 2025 16:20 UTC: Russia and Ukraine swap 1,300 prisoners each"))
        #expect(text.contains("https://www.kestrelwire.example/europe/2025/06/07/swap"))
        #expect(text.contains("confidence 0.88 · 1 source · id a1b2c3d4e5f60718"))
    }

    @Test func aTitleLeadsTheHeader() {
        var titled = alert()
        titled.title = "Prisoner exchange: completed"
        let text = AlertPrinter(style: .plain).render(titled)
        #expect(text.hasPrefix(" MAJOR  Prisoner exchange: completed  prisoner-exchange · issue as a whole · quantity.changed"))
    }

    @Test func wrappedLinesFitTheWidth() {
        let printer = AlertPrinter(style: .plain, width: 60)
        // The header and the link are never broken; every other line is wrapped.
        for line in printer.render(alert()).split(separator: "\n").dropFirst() where !line.contains("https://") {
            #expect(line.count <= 60, "too long: \(line)")
        }
    }

    @Test func colourRenderingMarksSeverityAndEvidence() {
        let text = AlertPrinter(style: TerminalStyle(enabled: true)).render(alert(party: "russia", sources: 3))
        #expect(text.contains("\u{1B}[1;31m MAJOR \u{1B}[0m"))
        #expect(text.contains("\u{1B}[36m"))
        #expect(text.contains("· russia ·"))
        #expect(text.contains("3 sources"))
    }

    @Test func missingBeforeAndAfterAreLeftOut() {
        let text = AlertPrinter(style: .plain).render(alert(before: nil, after: nil))
        #expect(!text.contains("→"))
    }

    @Test(arguments: [
        (JSONValue?.none, "none"),
        (.null, "none"),
        (.number(1300), "1,300"),
        (.number(-1_234_567), "-1,234,567"),
        (.number(1e21), "1e+21"),
        (.object(["value": .number(1200), "unit": .string("prisoners")]), "1,200 prisoners"),
        (.object(["value": .number(81)]), "81"),
        (.object(["status": .string("agreed"), "quantities": .array([.object(["value": .number(3000), "unit": .string("bodies")])]),
                  "places": .array([.string("Geneva")])]), "status agreed, quantities 3,000 bodies, places Geneva"),
        (.number(0.5), "0.5"),
        (.bool(true), "yes"),
        (.array([.string("Geneva"), .string("2025-06-24")]), "Geneva, 2025-06-24"),
        (.object(["place": .string("Geneva"), "date": .string("2025-06-24")]), "date 2025-06-24, place Geneva"),
        // What the alert shows elsewhere, and empty fields, are left out.
        (.object(["stance": .string("accepts"), "evidence": .string("Russia is ready..."), "party": .string("russia"),
                  "quantities": .array([])]), "stance accepts"),
    ] as [(JSONValue?, String)])
    func valuesReadAsAPersonWouldWriteThem(value: JSONValue?, expected: String) {
        #expect(AlertPrinter.text(of: value) == expected)
    }
}
