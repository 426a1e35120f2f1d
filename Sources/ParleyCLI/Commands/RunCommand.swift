import ArgumentParser
import Foundation
import Logging
import ParleyDaemon

/// `parley run --config FILE` (shared/spec/cli.md): the daemon systemd starts. Polls the configured feeds until
/// SIGTERM/SIGINT; SIGHUP reloads the config and reopens the alert log. Logs go to stderr, one key=value line per
/// event. Exit status 0 after a clean shutdown, 78 (EX_CONFIG) when the config is unusable (the unit does not
/// restart on it), 1 on any other failure.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: poll the configured feeds until SIGTERM/SIGINT; SIGHUP reloads the config.",
        discussion: "Config reference: docs/configuration.md. Validate a change first with 'parley check-config'."
    )

    @Option(name: .long, help: "The YAML config file, e.g. /etc/parley/parley.yaml.")
    var config: String

    func run() async throws {
        let levelControl = LogLevelControl(.info)
        LoggingSystem.bootstrap { label in KeyValueLogHandler(label: label, levelControl: levelControl) }
        let logger = Logger(label: "parley")
        do {
            try await Daemon(configFile: config, levelControl: levelControl, logger: logger).run()
        } catch let error as DaemonError where error.isConfigError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(78)
        } catch {
            logger.critical("daemon failed", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
    }
}
