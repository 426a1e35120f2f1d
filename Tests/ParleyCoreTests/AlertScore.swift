import Foundation
@testable import ParleyCore

/// The scoring of shared/eval/score.py, in Swift: an alert matches an expected change of the same report and
/// issue whose party is null or the alert's; each expected change is matched once.
struct AlertScore {
    var truePositives = 0
    var falsePositives = 0
    var expected = 0
    var falseByGroup: [String: Int] = [:]
    /// Matched alerts whose kind is the label's.
    var kindAgreements = 0
    var kindAgreement: Double { truePositives == 0 ? 0 : Double(kindAgreements) / Double(truePositives) }

    var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { expected == 0 ? 0 : Double(truePositives) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    struct Label {
        var report: String
        var group: String?
        var issue: String?
        var party: String?
        var kind: String?
    }

    static func labels(_ text: String) throws -> [Label] {
        try text.split(separator: "\n").filter { !$0.isEmpty }.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return Label(report: object["report"] as? String ?? "", group: object["group"] as? String,
                         issue: object["issue"] as? String, party: object["party"] as? String,
                         kind: object["kind"] as? String)
        }
    }

    /// Scores `alerts` against the labels of the reports in `reports` (URLs) only.
    init(labels: [Label], alerts: [Alert], reports: Set<String>) {
        var groups: [String: String] = [:]
        var pending: [String: [Label]] = [:]
        for label in labels where reports.contains(label.report) {
            if label.issue == nil { groups[label.report] = label.group } else { pending[label.report, default: []].append(label) }
        }
        expected = pending.values.map(\.count).reduce(0, +)
        for alert in alerts where groups[alert.report.url] != nil {
            let url = alert.report.url
            if let index = pending[url]?.firstIndex(where: { $0.issue == alert.issue && ($0.party == nil || $0.party == alert.party) }) {
                let label = pending[url]?.remove(at: index)
                truePositives += 1
                if label?.kind == nil || label?.kind == alert.kind.rawValue { kindAgreements += 1 }
            } else {
                falsePositives += 1
                falseByGroup[groups[url] ?? "?", default: 0] += 1
            }
        }
    }

    var line: String {
        String(format: "F1 %.3f precision %.3f recall %.3f false-on-restatements %d false-on-unrelated %d; "
               + "kind agrees on %d/%d matches", f1, precision, recall, falseByGroup["A"] ?? 0, falseByGroup["D"] ?? 0,
               kindAgreements, truePositives)
    }
}
