import Foundation
import ParleyCore

/// What `parley demo` tells the person watching while it works. Progress goes to stderr so that stdout holds
/// only the alerts and the closing summary (pipe it to a file and it stays clean).
struct DemoProgress: Sendable {
    var style: TerminalStyle
    /// Columns of the terminal the progress goes to: titles are shortened so each report stays on one line.
    var width: Int = 120

    func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// One line per report: position, date, outlet, title, and what came of it.
    func report(index: Int, of total: Int, outlet: String, report: Report, verdict: Verdict) {
        let counter = String(repeating: " ", count: String(total).count - String(index).count) + "\(index)/\(total)"
        let date = report.published.map(Self.day) ?? "     "
        let outletColumn = outlet.padding(toLength: 20, withPad: " ", startingAt: 0)
        let prefix = "  [\(counter)] \(date)  \(outletColumn) "
        let room = max(20, width - prefix.count - verdict.plainText.count - 3)
        let title = report.title.count > room ? report.title.prefix(room - 1) + "…" : Substring(report.title)
        line("  [\(counter)] \(date)  \(style.dim(outletColumn)) \(title)  \(verdict.rendered(style))")
    }

    enum Verdict: Sendable {
        case alerts(Int)
        case restatement
        case unrelated
        case alreadySeen

        var plainText: String {
            switch self {
            case .alerts(let count): return count == 1 ? "→ 1 alert" : "→ \(count) alerts"
            case .restatement: return "· nothing new"
            case .unrelated: return "· not about these talks"
            case .alreadySeen: return "· seen before (state dir)"
            }
        }

        func rendered(_ style: TerminalStyle) -> String {
            if case .alerts = self { return style.boldColor(plainText, .green) }
            return style.dim(plainText)
        }
    }

    /// "7 Jun": the demo's reports all fall in one year.
    static func day(_ date: Date) -> String {
        let text = AlertPrinter.shortDate(date)
        let parts = text.split(separator: " ")
        let day = parts[0].count == 1 ? " " + parts[0] : parts[0]
        return "\(day) \(parts[1])"
    }
}
