import Foundation
import ParleyStore

/// The closing words of `parley demo`: what happened, where the log is, and how to read it.
struct DemoSummary: Sendable, Equatable {
    var feeds: Int
    var reports: Int
    var alerts = 0
    var alertingReports = 0
    var restatements = 0
    var unrelated = 0
    var alreadySeen = 0
    var modelVersion = 0

    mutating func count(_ verdict: DemoProgress.Verdict) {
        switch verdict {
        case .alerts(let n): alerts += n; alertingReports += 1
        case .restatement: restatements += 1
        case .unrelated: unrelated += 1
        case .alreadySeen: alreadySeen += 1
        }
    }

    func rendered(style: TerminalStyle, logFile: URL, stateDirectory: URL, width: Int = 100) -> String {
        let log = Self.shellQuoted(logFile.path)
        var lines: [String] = []
        var counts = "\(reports) reports from \(feeds) feeds: \(alerts) alert\(alerts == 1 ? "" : "s") "
            + "from \(alertingReports) report\(alertingReports == 1 ? "" : "s"); "
            + "\(restatements) restated what the model held, \(unrelated) were about something else"
        if alreadySeen > 0 { counts += "; \(alreadySeen) already processed in this state directory" }
        var done = AlertPrinter.wrap("Done. " + counts + ".", width: width, indent: "")
        done[0] = style.bold("Done.") + done[0].dropFirst("Done.".count)
        lines += done
        lines.append("")
        lines.append("Alert log (one JSON object per line, schema parley.alert/v1):")
        lines.append("  " + style.bold(logFile.path))
        lines.append("State (SQLite: items seen, every model version, alerts, deliveries):")
        lines.append("  " + stateDirectory.appendingPathComponent(SQLiteStateStore.fileName).path)
        lines.append("")
        lines.append("Follow it as alerts arrive:")
        lines.append("  tail -f \(log) | jq -r '\"\\(.severity)  \\(.issue)/\\(.party // \"-\")  \\(.summary)\"'")
        lines.append("Query it:")
        lines.append("  jq 'select(.severity == \"major\")' \(log)")
        lines.append("  jq -r '.evidence[]' \(log)")
        lines.append("Run again with --state-dir \(Self.shellQuoted(stateDirectory.path)) and nothing is alerted twice.")
        lines.append("Next: docs/install.md runs Parley as a systemd service on your own feeds.")
        return lines.joined(separator: "\n")
    }

    /// Quotes a path for copy-and-paste into a POSIX shell when it needs it.
    static func shellQuoted(_ path: String) -> String {
        let safe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "/._-+:@%,"))
        if path.unicodeScalars.allSatisfy(safe.contains) { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
