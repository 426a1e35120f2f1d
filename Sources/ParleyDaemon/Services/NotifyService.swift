import Logging
import ServiceLifecycle

/// Talks to systemd for the whole run (`Type=notify`, systemd/parley.service): READY=1 once every service has
/// started, WATCHDOG=1 at half of `WatchdogSec` while the poller's heartbeat is fresh (a wedged poller stops the
/// pings and systemd restarts the daemon), STOPPING=1 as soon as graceful shutdown begins. It runs last in the
/// group, so it is the first told to shut down.
final class NotifyService: Service {
    private let notifier: SystemdNotifier
    private let heartbeat: Heartbeat
    private let logger: Logger
    private let status: @Sendable () -> String

    init(notifier: SystemdNotifier, heartbeat: Heartbeat, logger: Logger, status: @escaping @Sendable () -> String) {
        self.notifier = notifier
        self.heartbeat = heartbeat
        self.logger = logger
        self.status = status
    }

    func run() async throws {
        notifier.ready(status: status())
        logger.info("daemon ready", metadata: ["systemd.notify": "\(notifier.isEnabled)"])
        await withGracefulShutdownHandler {
            guard let interval = notifier.watchdogInterval else {
                try? await gracefulShutdown()
                return
            }
            // Stale after three missed pings' worth of time: the poller ticks at least once a second.
            let staleAfter = max(interval * 3, .seconds(5))
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                if heartbeat.age <= staleAfter {
                    notifier.watchdog()
                } else {
                    logger.error("poller heartbeat is stale; withholding the systemd watchdog ping",
                                 metadata: ["heartbeat.age": "\(heartbeat.age)"])
                }
                try? await Task.sleep(for: interval)
            }
        } onGracefulShutdown: { [notifier, logger] in
            notifier.stopping()
            logger.info("shutting down: draining in-flight work")
        }
    }
}
