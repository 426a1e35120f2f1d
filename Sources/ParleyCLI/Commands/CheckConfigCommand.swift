import ArgumentParser
import Foundation
import ParleyDaemon

/// `parley check-config FILE` (shared/spec/cli.md): validates a config and prints every problem with its
/// location; exit 0 only when the daemon could start with it, including its state and log paths.
struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a daemon config file; print every problem with its line and column.",
        discussion: "Also checks that the state directory and the alert log are usable by this user (exist or can "
            + "be created, writable; the database, if any, is SQLite): run it as the daemon's user. "
            + "Exit status 0 when the config is usable, 1 when it is not. Reference: docs/configuration.md."
    )

    @Argument(help: "The YAML config file, e.g. /etc/parley/parley.yaml.")
    var file: String

    func run() async throws {
        let config: DaemonConfig
        do {
            config = try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: file)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
        let problems = StatePathCheck.problems(config)
        guard problems.isEmpty else {
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            let lines = ["config \(file): \(count) with the paths it names"] + problems.map { "  " + $0 }
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(1)
        }
        print("\(file): ok: \(config.feeds.count) feed(s), \(config.webhooks.count) webhook(s), "
              + "model(s) \(config.modelFiles.joined(separator: ", ")), state \(config.stateDirectory), "
              + "alert log \(config.alertLog)")
    }
}
