import Logging
import ServiceLifecycle
import UnixSignals

/// Turns SIGHUP into a config reload (`systemctl reload parley` sends it via `ExecReload=`): tells systemd
/// RELOADING=1, runs `reload`, then READY=1 with the status line as it now is (the feed count a reload changed). Also what logrotate's postrotate triggers, so `reload` reopens the
/// alert log too. Reloads run one at a time, in signal order.
final class ReloadService: Service {
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let reload: @Sendable () async -> Void
    private let status: @Sendable () -> String
    private let signals: UnixSignalsSequence

    /// `signals` traps SIGHUP; the daemon creates it first thing, so a SIGHUP during startup (logrotate's) is
    /// queued for this service instead of killing the process with the signal's default action.
    init(signals: UnixSignalsSequence, notifier: SystemdNotifier, logger: Logger,
         status: @escaping @Sendable () -> String, reload: @escaping @Sendable () async -> Void) {
        self.status = status
        self.signals = signals
        self.notifier = notifier
        self.logger = logger
        self.reload = reload
    }

    func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            logger.info("SIGHUP: reloading config and reopening the alert log")
            notifier.reloading()
            await reload()
            notifier.ready(status: status())
        }
    }
}
