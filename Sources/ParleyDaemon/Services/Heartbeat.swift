import Synchronization

/// When the poller last completed a loop turn, read by `NotifyService` before each watchdog ping.
public final class Heartbeat: Sendable {
    private let last: Mutex<ContinuousClock.Instant>

    public init() {
        last = Mutex(.now)
    }

    public func beat() {
        last.withLock { $0 = .now }
    }

    public var age: Duration {
        ContinuousClock.now - last.withLock { $0 }
    }
}
