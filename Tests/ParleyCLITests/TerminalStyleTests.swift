import Testing
@testable import ParleyCLI

@Suite struct TerminalStyleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var mode: TerminalStyle.Mode
        var isTerminal: Bool
        var environment: [String: String]
        var colour: Bool
        var testDescription: String { "\(mode) tty=\(isTerminal) env=\(environment) -> \(colour)" }
    }

    @Test(arguments: [
        Case(mode: .auto, isTerminal: true, environment: [:], colour: true),
        Case(mode: .auto, isTerminal: false, environment: [:], colour: false),
        Case(mode: .auto, isTerminal: true, environment: ["NO_COLOR": "1"], colour: false),
        // no-color.org: an empty NO_COLOR does not count.
        Case(mode: .auto, isTerminal: true, environment: ["NO_COLOR": ""], colour: true),
        Case(mode: .auto, isTerminal: true, environment: ["TERM": "dumb"], colour: false),
        Case(mode: .always, isTerminal: false, environment: ["NO_COLOR": "1"], colour: true),
        Case(mode: .never, isTerminal: true, environment: [:], colour: false),
    ])
    func decidesColour(_ c: Case) {
        let style = TerminalStyle.decide(mode: c.mode, isTerminal: c.isTerminal, environment: c.environment)
        #expect(style.enabled == c.colour)
        #expect(style.bold("x").contains("\u{1B}[") == c.colour)
    }

    @Test func plainStyleLeavesTextAlone() {
        let plain = TerminalStyle.plain
        #expect(plain.boldColor("MAJOR", .red) == "MAJOR")
        #expect(plain.dim("") == "")
    }

    @Test func colourResetsAfterEveryStyledSpan() {
        let style = TerminalStyle(enabled: true)
        #expect(style.color("evidence", .cyan) == "\u{1B}[36mevidence\u{1B}[0m")
    }
}
