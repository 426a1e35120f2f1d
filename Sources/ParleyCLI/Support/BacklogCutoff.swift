import ArgumentParser
import Foundation
import ParleyCore

/// `replay --since DATE`: reports published before DATE (or undated) teach the model without alerting, as a
/// new feed's backlog does in the daemon (`alert_backlog`). DATE is `2025-06-02` (midnight UTC) or an RFC 3339
/// date-time (`2025-06-02T12:00:00Z`, `2025-06-02T14:00:00+02:00`).
struct BacklogCutoff: ExpressibleByArgument, Sendable {
    let date: Date

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        if let date = try? Date(text, strategy: .iso8601) {
            self.date = date
        } else if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
            self.date = date
        } else if let date = try? Date(text + "T00:00:00Z", strategy: .iso8601) {
            self.date = date
        } else {
            return nil
        }
    }

    /// Whether `report` is backlog: published before the cutoff, or undated.
    func isBacklog(_ report: Report) -> Bool {
        report.published.map { $0 < date } ?? true
    }
}
