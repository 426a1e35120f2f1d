import Foundation
import Logging
import ParleyFetch
import ParleyCore
import ParleySinks
import ParleyStore
import Synchronization

/// Applies a SIGHUP: reopens the alert log (logrotate), re-reads the config and, only when it is entirely
/// valid, applies it to the running services without a restart: the feed roster (added feeds are polled at
/// once, removed ones stop, seen items stay), the sinks' delivery loops, the limits and fetcher, the log
/// level, and the negotiations followed: every model file is read again, so a vocabulary edit takes effect while
/// the facts learned stay (`ItemProcessor.follow`), a file added starts following its negotiation and one removed
/// stops (its state stays in the store). A config with problems (a broken model file among them) is refused,
/// every problem logged, and the previous one stays in force.
final class Reloader: Sendable {
    private let current: Mutex<DaemonConfig>
    private let followed: Mutex<[String]>
    private let store: any StateStore
    private let roster: FeedRoster
    private let poller: PollerService
    private let processor: ProcessorService
    private let supervisor: SinkSupervisor
    private let factory: SinkFactory
    private let makeFetcher: Daemon.FetcherFactory
    private let levelControl: LogLevelControl
    private let logger: Logger
    /// Told of new feed-health thresholds and endpoints.
    private let health: FeedHealthService?

    init(current: DaemonConfig, negotiations: [String], store: any StateStore, roster: FeedRoster,
         poller: PollerService, processor: ProcessorService, supervisor: SinkSupervisor, factory: SinkFactory,
         makeFetcher: @escaping Daemon.FetcherFactory, levelControl: LogLevelControl, logger: Logger,
         health: FeedHealthService? = nil) {
        self.health = health
        self.current = Mutex(current)
        self.followed = Mutex(negotiations)
        self.store = store
        self.roster = roster
        self.poller = poller
        self.processor = processor
        self.supervisor = supervisor
        self.factory = factory
        self.makeFetcher = makeFetcher
        self.levelControl = levelControl
        self.logger = logger
    }

    /// The ids of the negotiations followed since the last start or reload.
    var negotiations: [String] { followed.withLock { $0 } }

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
        // The loader checked every model file; read them once more for the trackers (a file changed in between
        // is refused like a broken config).
        var models: [NegotiationModel] = []
        for file in new.modelFiles {
            do throws(DaemonError) {
                models.append(try ItemProcessor.loadModelFile(file))
            } catch {
                logger.error("reload refused: a model file cannot be loaded; keeping the running config",
                             metadata: ["config.file": "\(old.file)", "error": "\(error)"])
                return
            }
        }
        if new.stateDirectory != old.stateDirectory {
            logger.warning("state_directory changes take effect only after a restart",
                           metadata: ["config.file": "\(new.file)"])
        }
        if new.metrics != old.metrics {
            logger.warning("metrics changes take effect only after a restart", metadata: ["config.file": "\(new.file)"])
        }
        levelControl.level = new.logLevel
        do {
            let members = try factory.members(new)
            health?.update(config: new.feedHealth, endpoints: try FeedHealthService.endpoints(new))
            // The negotiations and the sinks that take them, in one job: commits use the new sink routes before
            // the loops change, so no delivery is made for a sink that will not run; deliveries for a removed sink
            // stay in the outbox, listed.
            _ = try await processor.queue.submit(.models(models, sinks: SinkFactory.sinkRoutes(new)))
            followed.withLock { $0 = models.map(\.id) }
            supervisor.apply(members)
            let (added, removed) = try await roster.replace(with: new.feeds, store: store)
            if new.alertBacklog != old.alertBacklog {
                poller.update(alertBacklog: new.alertBacklog)
            }
            if new.limits != old.limits {
                poller.update(limits: new.limits, fetcher: makeFetcher(new.limits))
            }
            current.withLock { $0 = new }
            logger.info("config reloaded", metadata: [
                "feeds": "\(new.feeds.count)", "feeds.added": "\(added.count)", "feeds.removed": "\(removed.count)",
                "webhooks": "\(new.webhooks.count)", "log_level": "\(new.logLevel)",
                "negotiations": "\(models.map(\.id).joined(separator: ","))",
            ])
        } catch {
            logger.error("reload failed part-way; restart the daemon to apply the config",
                         metadata: ["error": "\(error)"])
        }
    }
}
