import Logging
import ServiceLifecycle
import UnixSignals

/// Turns SIGHUP into a config reload (`systemctl reload parley` sends it via `ExecReload=`): tells systemd
/// RELOADING=1, runs `reload`, then READY=1. Also what logrotate's postrotate triggers, so `reload` reopens the
/// alert log too. Reloads run one at a time, in signal order.
final class ReloadService: Service {
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let reload: @Sendable () async -> Void

    init(notifier: SystemdNotifier, logger: Logger, reload: @escaping @Sendable () async -> Void) {
        self.notifier = notifier
        self.logger = logger
        self.reload = reload
    }

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            logger.info("SIGHUP: reloading config and reopening the alert log")
            notifier.reloading()
            await reload()
            notifier.ready(status: "reloaded")
        }
    }
}
