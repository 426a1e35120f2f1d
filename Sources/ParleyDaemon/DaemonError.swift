/// The one error type of ParleyDaemon. Its description names the file, feed or setting concerned so an operator
/// can act on it from a journal line alone.
public struct DaemonError: Error, CustomStringConvertible, Sendable {
    enum Code: Sendable {
        case invalidConfig
        case unreadableFile
        case state
        /// The state or log paths, the database or the starting model cannot be used: the operator must act,
        /// restarting cannot help (exit 78 like a config problem).
        case unusableState
        case model
        case sink
        /// The metrics endpoint cannot listen (its address is taken): a restart may mend it.
        case metrics
    }

    let code: Code
    /// Every problem found in a config file; empty for other errors.
    public let problems: [ConfigProblem]
    public let message: String

    init(_ code: Code, _ message: String, problems: [ConfigProblem] = []) {
        self.code = code
        self.message = message
        self.problems = problems
    }

    /// Whether `parley run` should exit 78 (EX_CONFIG): the config or the state it names is unusable, so
    /// systemd's `Restart=on-failure` would only loop (`RestartPreventExitStatus=78`).
    public var isConfigError: Bool { code == .invalidConfig || code == .unreadableFile || code == .unusableState }

    public var description: String {
        guard !problems.isEmpty else { return message }
        return ([message] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }

    static func invalidConfig(file: String, problems: [ConfigProblem]) -> DaemonError {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return DaemonError(.invalidConfig, "config \(file): \(count)", problems: problems)
    }

    static func unreadable(file: String, reason: String) -> DaemonError {
        DaemonError(.unreadableFile, "config \(file): cannot be read: \(reason)")
    }

    static func state(_ message: String) -> DaemonError { DaemonError(.state, "state: \(message)") }
    static func unusableState(_ message: String) -> DaemonError { DaemonError(.unusableState, "state: \(message)") }
    static func model(_ message: String) -> DaemonError { DaemonError(.model, "model: \(message)") }
    static func sink(_ message: String) -> DaemonError { DaemonError(.sink, "sink: \(message)") }
    static func metrics(_ message: String) -> DaemonError { DaemonError(.metrics, "metrics: \(message)") }
}
