import Foundation
import Logging

/// Notices when polling falls behind its schedule (more feeds due than `concurrency` can fetch in time, or a
/// starved machine) and says so in the log, at most once a minute: a feed configured at 1 s but polled every
/// 15 s must not go unnoticed (issue 14).
struct PollLateness: Sendable {
    /// How late a poll may start before it counts as behind: a second, or half the minimum interval if longer.
    let threshold: TimeInterval
    private var lastReport: ContinuousClock.Instant?
    private var worst: TimeInterval = 0
    private var latePolls = 0

    init(minPollInterval: Duration) {
        let (seconds, attoseconds) = minPollInterval.components
        threshold = max(1, (Double(seconds) + Double(attoseconds) / 1e18) / 2)
    }

    /// Notes the polls starting now (feeds never polled are not late: they have no schedule yet) and logs
    /// when some are behind and the last report is a minute old.
    mutating func note(_ entries: [FeedRoster.Entry], now: Date, inFlight: Int, concurrency: Int, feeds: Int,
                       logger: Logger) {
        for entry in entries {
            guard let due = entry.state.nextPollAt else { continue }
            let late = now.timeIntervalSince(due)
            if late > threshold {
                latePolls += 1
                worst = max(worst, late)
            }
        }
        guard latePolls > 0 else { return }
        let clock = ContinuousClock.now
        if let lastReport, clock - lastReport < .seconds(60) { return }
        logger.warning("polling behind schedule", metadata: [
            "poll.late_polls": "\(latePolls)", "poll.max_lateness_seconds": "\((worst * 1000).rounded() / 1000)",
            "poll.in_flight": "\(inFlight)", "limits.concurrency": "\(concurrency)", "feeds": "\(feeds)",
        ])
        lastReport = clock
        latePolls = 0
        worst = 0
    }
}
