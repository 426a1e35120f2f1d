import Foundation
import Logging
import ParleyFetch
import ParleyCore
import ParleySinks
import ParleyStore
import ServiceLifecycle
import UnixSignals

/// `parley run`: validates the config (refusing to start on any problem), opens the state, and runs the
/// services in one `ServiceGroup`, in dependency order (shutdown runs in reverse):
/// sinks -> processor -> poller -> reload (SIGHUP) -> systemd notify.
/// SIGTERM and SIGINT shut down gracefully: notify says STOPPING=1, the poller finishes its polls in flight,
/// the processor its queued items, then the sink loops stop (undelivered deliveries stay in the outbox).
public struct Daemon: Sendable {
    /// Makes the feed fetcher for a set of limits (at start and when a reload changes them).
    typealias FetcherFactory = @Sendable (LimitsConfig) -> any FeedFetcher

    let configFile: String
    let levelControl: LogLevelControl
    let logger: Logger
    let makeFetcher: FetcherFactory
    let transport: any WebhookTransport
    let notifier: SystemdNotifier

    /// The production daemon: libcurl for feeds and webhooks, systemd notification when `NOTIFY_SOCKET` is set.
    public init(configFile: String, levelControl: LogLevelControl, logger: Logger,
                notifier: SystemdNotifier = SystemdNotifier()) {
        self.configFile = configFile
        self.levelControl = levelControl
        self.logger = logger
        let fetchLogger = logger.with("service", "fetch")
        self.makeFetcher = { limits in CurlFeedFetcher(configuration: limits.fetchConfiguration, logger: fetchLogger) }
        self.transport = CurlWebhookTransport()
        self.notifier = notifier
    }

    static let loader = ConfigLoader(modelCheck: ModelFileCheck.standard)

    /// Runs until SIGTERM/SIGINT. Throws a `DaemonError` when it cannot start (its description lists every
    /// config problem) or when a service fails.
    public func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let config = try Self.loader.load(file: configFile)
        levelControl.level = config.logLevel
        // Everything up to the service group is about the config and the state it names: any failure is one
        // for the operator (exit 78), never one a restart could mend.
        let problems = StatePathCheck.problems(config)
        guard problems.isEmpty else { throw DaemonError.unusableState(problems.joined(separator: "; ")) }
        try Self.prepareDirectories(config)
        let store: SQLiteStateStore
        do {
            store = try SQLiteStateStore(directory: config.stateDirectory)
        } catch {
            throw DaemonError.unusableState("cannot open the state in \(config.stateDirectory): \(error)")
        }
        defer { try? store.close() }

        let roster = FeedRoster()
        do {
            try await roster.replace(with: config.feeds, store: store)
        } catch {
            throw DaemonError.unusableState("cannot register feeds in \(config.databasePath): \(error)")
        }
        let quarantined = await QuarantineGuard.recoverInterrupted(store: store, logger: logger)
        var models: [NegotiationModel] = []
        do {
            for file in config.modelFiles {
                models.append(try await ItemProcessor.startingModel(
                    store: store, file: ItemProcessor.loadModelFile(file), logger: logger.with("service", "model")))
            }
        } catch {
            throw DaemonError.unusableState(error.description)
        }
        let metrics = DaemonMetrics()
        // Bound now, so a taken address stops the start with a clear error before anything runs.
        let metricsServer: MetricsServer? = if let metricsConfig = config.metrics {
            try await MetricsServer(config: metricsConfig, metrics: metrics, store: store, roster: roster,
                                    logger: logger.with("service", "metrics"))
        } else {
            nil
        }
        var factory = SinkFactory(store: store, transport: transport, logger: logger)
        factory.metrics = metrics
        let supervisor = SinkSupervisor(initial: try factory.members(config), logger: logger.with("service", "sinks"))
        var itemProcessor = ItemProcessor(store: store, models: models, sinks: SinkFactory.sinkRoutes(config),
                                          logger: logger.with("service", "processor"))
        itemProcessor.metrics = metrics
        let processor = ProcessorService(
            processor: itemProcessor,
            logger: logger.with("service", "processor"),
            onAlerts: { alerts in
                metrics.alerted(alerts)
                supervisor.ringAll()
            })
        let heartbeat = Heartbeat()
        let poller = PollerService(roster: roster, store: store, queue: processor.queue,
                                   fetcher: makeFetcher(config.limits), limits: config.limits,
                                   alertBacklog: config.alertBacklog,
                                   heartbeat: heartbeat, logger: logger.with("service", "poller"),
                                   metrics: metrics)
        let health = FeedHealthService(config: config.feedHealth, endpoints: try FeedHealthService.endpoints(config),
                                       store: store, roster: roster, transport: transport,
                                       logger: logger.with("service", "health"))
        let reloader = Reloader(current: config, negotiations: models.map(\.id), store: store, roster: roster,
                                poller: poller, processor: processor,
                                supervisor: supervisor, factory: factory, makeFetcher: makeFetcher,
                                levelControl: levelControl, logger: logger.with("service", "reload"), health: health)
        // systemd's Status: line, sent with READY=1 at start and again after every reload.
        let status: @Sendable () -> String = {
            "polling \(roster.count) feed(s), following \(reloader.negotiations.joined(separator: ", "))"
                + (quarantined > 0 ? ", \(quarantined) body(ies) quarantined (see the log)" : "")
        }
        let reload = ReloadService(signals: hangups, notifier: notifier, logger: logger.with("service", "reload"),
                                   status: status) {
            await reloader.reload()
        }
        let notify = NotifyService(notifier: notifier, heartbeat: heartbeat, logger: logger, status: status)

        logger.info("starting", metadata: [
            "config.file": "\(config.file)", "state.directory": "\(config.stateDirectory)",
            "alert_log.path": "\(config.alertLog)", "feeds": "\(config.feeds.count)",
            "webhooks": "\(config.webhooks.count)",
            "negotiations": "\(models.map { "\($0.id) v\($0.version)" }.joined(separator: ","))",
            "quarantined_bodies": "\(quarantined)",
            "metrics.listen": "\(metricsServer?.boundAddress ?? "off")",
        ])
        var groupConfig = ServiceGroupConfiguration(
            services: ([supervisor, processor, poller, health, reload, notify] + (metricsServer.map { [$0] } ?? [])
                       as [any Service]).map {
                ServiceGroupConfiguration.ServiceConfiguration(service: $0)
            },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger.with("service", "group"))
        groupConfig.maximumGracefulShutdownDuration = config.limits.shutdownTimeout
        try await ServiceGroup(configuration: groupConfig).run()
        logger.info("stopped cleanly")
    }

    static func prepareDirectories(_ config: DaemonConfig) throws(DaemonError) {
        let directories = [config.stateDirectory, (config.alertLog as NSString).deletingLastPathComponent]
        for directory in directories {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false,
                                                        attributes: [.posixPermissions: 0o750])
            } catch CocoaError.fileWriteFileExists {
                continue
            } catch {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue {
                    continue
                }
                throw .unusableState("cannot create \(directory): \(error.localizedDescription)")
            }
        }
    }
}
