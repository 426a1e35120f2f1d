import Foundation
import Testing
@testable import ParleyCLI

@Suite struct DemoSummaryTests {
    @Test func countsEachVerdict() {
        var summary = DemoSummary(feeds: 4, reports: 6)
        for verdict: DemoProgress.Verdict in [.alerts(2), .alerts(1), .restatement, .unrelated, .unrelated, .alreadySeen] {
            summary.count(verdict)
        }
        #expect(summary.alerts == 3)
        #expect(summary.alertingReports == 2)
        #expect(summary.restatements == 1)
        #expect(summary.unrelated == 2)
        #expect(summary.alreadySeen == 1)
    }

    @Test func saysWhereTheLogIsAndHowToReadIt() {
        var summary = DemoSummary(feeds: 4, reports: 11)
        summary.count(.alerts(1))
        let text = summary.rendered(style: .plain, logFile: URL(fileURLWithPath: "/tmp/d/alerts.jsonl"),
                                    stateDirectory: URL(fileURLWithPath: "/tmp/d"), width: 60)
        #expect(text.hasPrefix("Done. 11 reports from 4 feeds: 1 alert from 1 report;"))
        #expect(text.contains("  /tmp/d/alerts.jsonl\n"))
        #expect(text.contains("  /tmp/d/parley.sqlite\n"))
        #expect(text.contains("tail -f /tmp/d/alerts.jsonl | jq -r"))
        #expect(text.contains("--state-dir /tmp/d "))
        #expect(!text.contains("already processed"))
        let lines = text.components(separatedBy: "\n")
        #expect(lines.prefix(2).allSatisfy { $0.count <= 60 })
    }

    @Test(arguments: [
        ("/tmp/parley-demo-1a2b/alerts.jsonl", "/tmp/parley-demo-1a2b/alerts.jsonl"),
        ("/tmp/my alerts.jsonl", "'/tmp/my alerts.jsonl'"),
        ("/tmp/it's.jsonl", "'/tmp/it'\\''s.jsonl'"),
    ])
    func pathsAreQuotedForThePosixShell(path: String, quoted: String) {
        #expect(DemoSummary.shellQuoted(path) == quoted)
    }
}
