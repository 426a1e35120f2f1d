import Logging
import Synchronization

/// The daemon's current log level, shared by every `KeyValueLogHandler` made from it so a SIGHUP reload that
/// changes `log_level` takes effect on every logger at once (swift-log asks the handler on each call).
public final class LogLevelControl: Sendable {
    private let current: Mutex<Logger.Level>

    public init(_ level: Logger.Level) {
        current = Mutex(level)
    }

    public var level: Logger.Level {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue } }
    }
}
