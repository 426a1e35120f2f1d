import Foundation
import Logging
import ParleySinks
import ParleyStore
import Synchronization

/// Applies a SIGHUP: reopens the alert log (logrotate), re-reads the config and, only when it is entirely
/// valid, applies it to the running services without a restart: the feed roster (added feeds are polled at
/// once, removed ones stop, seen items stay), the sinks' delivery loops, the limits and fetcher, the log
/// level. A config with problems is refused, every problem logged, and the previous one stays in force.
final class Reloader: Sendable {
    private let current: Mutex<DaemonConfig>
    private let store: any StateStore
    private let roster: FeedRoster
    private let poller: PollerService
    private let processor: ProcessorService
    private let supervisor: SinkSupervisor
    private let factory: SinkFactory
    private let makeSource: Daemon.SourceFactory
    private let levelControl: LogLevelControl
    private let logger: Logger
    /// Told of new feed-health thresholds and endpoints.
    private let health: FeedHealthService?

    init(current: DaemonConfig, store: any StateStore, roster: FeedRoster, poller: PollerService,
         processor: ProcessorService, supervisor: SinkSupervisor, factory: SinkFactory,
         makeSource: @escaping Daemon.SourceFactory, levelControl: LogLevelControl, logger: Logger,
         health: FeedHealthService? = nil) {
        self.health = health
        self.current = Mutex(current)
        self.store = store
        self.roster = roster
        self.poller = poller
        self.processor = processor
        self.supervisor = supervisor
        self.factory = factory
        self.makeSource = makeSource
        self.levelControl = levelControl
        self.logger = logger
    }

    func reload() async {
        let old = current.withLock { $0 }
        if let log = supervisor.sink(named: SinkFactory.alertLogName) as? AlertLogSink {
            await log.reopen()
        }
        let new: DaemonConfig
        do {
            new = try Daemon.loader.load(file: old.file)
        } catch {
            logger.error("reload refused: the config has problems; keeping the running config",
                         metadata: ["config.file": "\(old.file)", "problems": "\(error.problems.count)"])
            for problem in error.problems { logger.error("config problem", metadata: ["problem": "\(problem)"]) }
            if error.problems.isEmpty { logger.error("config error", metadata: ["error": "\(error)"]) }
            return
        }
        if new.stateDirectory != old.stateDirectory || new.modelFile != old.modelFile {
            logger.warning("state_directory and model changes take effect only after a restart",
                           metadata: ["config.file": "\(new.file)"])
        }
        if new.metrics != old.metrics {
            logger.warning("metrics changes take effect only after a restart", metadata: ["config.file": "\(new.file)"])
        }
        levelControl.level = new.logLevel
        do {
            let members = try factory.members(new)
            health?.update(config: new.feedHealth, endpoints: try FeedHealthService.endpoints(new))
            // Commits use the new sink names before the loops change, so no delivery is made for a sink
            // that will not run; deliveries for a removed sink stay in the outbox, listed.
            _ = try await processor.queue.submit(.sinks(SinkFactory.sinkNames(new)))
            supervisor.apply(members)
            let (added, removed) = try await roster.replace(with: new.feeds, store: store)
            if new.alertBacklog != old.alertBacklog {
                poller.update(alertBacklog: new.alertBacklog)
            }
            if new.limits != old.limits {
                poller.update(limits: new.limits, source: makeSource(new.limits))
            }
            current.withLock { $0 = new }
            logger.info("config reloaded", metadata: [
                "feeds": "\(new.feeds.count)", "feeds.added": "\(added.count)", "feeds.removed": "\(removed.count)",
                "webhooks": "\(new.webhooks.count)", "log_level": "\(new.logLevel)",
            ])
        } catch {
            logger.error("reload failed part-way; restart the daemon to apply the config",
                         metadata: ["error": "\(error)"])
        }
    }
}
