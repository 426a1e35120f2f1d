import Foundation
import ParleyStore

/// One change of a feed's health (issue 14): failing, recovered, silent, active again.
public struct FeedHealthEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Every poll has failed for `feed_health.failing_after`.
        case failing = "feed.failing"
        /// A poll succeeded again after the feed was failing.
        case recovered = "feed.recovered"
        /// No new item for `feed_health.silent_after`.
        case silent = "feed.silent"
        /// A new item after the feed was silent.
        case active = "feed.active"
    }

    public var kind: Kind
    public var feedURL: String
    public var feedName: String?
    /// When the condition began: the first failure seen, the newest item (or when watching began); for a
    /// recovery, the success or new item that ended it.
    public var since: Date
    public var detectedAt: Date
    public var errors: Int
    public var lastError: String?
    public var lastSuccessAt: Date?
    public var lastNewItemAt: Date?
}

/// Watches the feeds' state (as `parley status` reads it) and reports each change of health once: a feed whose
/// polls have all failed for `failingAfter` becomes failing until a poll succeeds; a feed (not failing) without a
/// new item for `silentAfter` becomes silent until one arrives. What it has reported lives in memory: after a
/// restart a feed still failing or silent is reported once more.
struct FeedHealthMonitor: Sendable {
    let config: FeedHealthConfig
    /// When watching began: the reference for feeds that never succeeded or never had an item.
    let started: Date
    private var failingSince: [Int64: Date] = [:]
    private var reportedFailing: Set<Int64> = []
    private var reportedSilent: Set<Int64> = []

    init(config: FeedHealthConfig, started: Date) {
        self.config = config
        self.started = started
    }

    /// The events since the last call, for the feeds in `feeds` (configured, not retired) with their names.
    mutating func evaluate(_ feeds: [StoreStatus.Feed], names: [Int64: String?], now: Date) -> [FeedHealthEvent] {
        var events: [FeedHealthEvent] = []
        let failingAfter = Self.seconds(config.failingAfter), silentAfter = Self.seconds(config.silentAfter)
        for feed in feeds {
            guard let id = feed.state.id, let name = names[id], !feed.state.retired else { continue }
            func event(_ kind: FeedHealthEvent.Kind, since: Date) -> FeedHealthEvent {
                FeedHealthEvent(kind: kind, feedURL: feed.state.configURL, feedName: name, since: since,
                                detectedAt: now, errors: feed.state.errorCount, lastError: feed.state.lastError,
                                lastSuccessAt: feed.state.lastSuccessAt, lastNewItemAt: feed.lastNewItemAt)
            }
            // Failing: consecutive errors, counted from when the first of them was seen.
            if feed.state.errorCount > 0 {
                let first = failingSince[id] ?? now
                failingSince[id] = first
                if !reportedFailing.contains(id), now.timeIntervalSince(first) >= failingAfter {
                    reportedFailing.insert(id)
                    events.append(event(.failing, since: first))
                }
            } else {
                failingSince[id] = nil
                if reportedFailing.remove(id) != nil {
                    events.append(event(.recovered, since: feed.state.lastSuccessAt ?? now))
                }
            }
            // Silent: no new item for silentAfter (a failing feed is reported as failing, not also as silent).
            let newest = feed.lastNewItemAt ?? started
            if now.timeIntervalSince(newest) >= silentAfter {
                if !reportedSilent.contains(id), !reportedFailing.contains(id), feed.state.errorCount == 0 {
                    reportedSilent.insert(id)
                    events.append(event(.silent, since: newest))
                }
            } else if reportedSilent.remove(id) != nil {
                events.append(event(.active, since: newest))
            }
        }
        return events
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
