import Foundation
import Logging
import ParleyFetch
import ParleyFeeds
import ParleyStore
import ServiceLifecycle
import Synchronization

/// Polls the roster's due feeds, at most `limits.concurrency` at once (the fetcher also bounds per host), and
/// hands each fetched body, parsed, to the processor. One slow or broken feed only occupies its own slot: every
/// fetch is bounded by the fetcher's timeouts and every failure only moves that feed's next poll.
///
/// A feed's new HTTP state (ETag, Last-Modified, permanent-redirect URL) is stored only after its items were
/// committed, so a crash between fetch and commit re-fetches the same body instead of getting a 304.
/// On graceful shutdown it starts nothing new and waits for the polls in flight.
final class PollerService: Service {
    struct Settings: Sendable {
        var limits: LimitsConfig
        /// How recent a new feed's existing items must be to alert (`alert_backlog`).
        var alertBacklog: Duration? = DaemonConfig.defaultAlertBacklog
    }

    let roster: FeedRoster
    let store: any StateStore
    let queue: ProcessingQueue
    private let heartbeat: Heartbeat
    let logger: Logger
    let settings: Mutex<Settings>
    /// The libcurl fetcher built for the current limits (replaced by a reload that changes them).
    let fetcher: Mutex<any FeedFetcher>
    let metrics: DaemonMetrics?

    init(roster: FeedRoster, store: any StateStore, queue: ProcessingQueue, fetcher: any FeedFetcher,
         limits: LimitsConfig, alertBacklog: Duration? = DaemonConfig.defaultAlertBacklog, heartbeat: Heartbeat,
         logger: Logger, metrics: DaemonMetrics? = nil) {
        self.metrics = metrics
        self.roster = roster
        self.store = store
        self.queue = queue
        self.heartbeat = heartbeat
        self.logger = logger
        self.settings = Mutex(Settings(limits: limits, alertBacklog: alertBacklog))
        self.fetcher = Mutex(fetcher)
    }

    /// Applies reloaded limits and the fetcher built for them; feeds added to the roster are picked up on the
    /// next turn of the loop (at most half a second away).
    func update(limits: LimitsConfig, fetcher: any FeedFetcher) {
        settings.withLock { $0.limits = limits }
        self.fetcher.withLock { $0 = fetcher }
    }

    /// Applies a reloaded `alert_backlog` (to new feeds' first fetches from now on).
    func update(alertBacklog: Duration?) {
        settings.withLock { $0.alertBacklog = alertBacklog }
    }

    func run() async throws {
        await withTaskGroup(of: Int64?.self) { group in
            var busy = Set<Int64>()
            var sleeping = false
            var lateness = PollLateness(minPollInterval: settings.withLock { $0.limits.minPollInterval })
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                heartbeat.beat()
                let concurrency = settings.withLock { $0.limits.concurrency }
                let now = Date()
                let due = roster.due(at: now, excluding: busy, limit: concurrency - busy.count)
                lateness.note(due, now: now, inFlight: busy.count, concurrency: concurrency, feeds: roster.count,
                              logger: logger)
                for entry in due {
                    if let metrics, let dueAt = entry.state.nextPollAt {
                        metrics.pollStarted(lateBy: now.timeIntervalSince(dueAt))
                    }
                    busy.insert(entry.id)
                    group.addTask { [self] in
                        await poll(entry)
                        return entry.id
                    }
                }
                if !sleeping {
                    sleeping = true
                    let pause = pauseUntilNextDue()
                    group.addTask {
                        try? await Task.sleep(for: pause)
                        return nil
                    }
                }
                guard let finished = await group.next() else { break }
                if let id = finished { busy.remove(id) } else { sleeping = false }
            }
            // Drain: the polls in flight finish (each bounded by the fetch timeouts), the sleeper within 0.5 s.
            for await _ in group {}
        }
    }

    /// Until the next feed is due, between 20 ms and 0.5 s, so the heartbeat stays fresh, reloaded feeds start
    /// promptly and shutdown is never kept waiting by the loop itself.
    private func pauseUntilNextDue() -> Duration {
        guard let next = roster.nextDue() else { return .milliseconds(500) }
        let seconds = min(max(next.timeIntervalSinceNow, 0.02), 0.5)
        return .milliseconds(Int64(seconds * 1000))
    }
}
