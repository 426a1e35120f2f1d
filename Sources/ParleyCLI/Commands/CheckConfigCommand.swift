import ArgumentParser
import Foundation
import ParleyDaemon

/// `parley check-config FILE` (shared/spec/cli.md): validates a config and prints every problem with its
/// location; exit 0 only when the daemon could start with it.
struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a daemon config file; print every problem with its line and column.",
        discussion: "Exit status 0 when the config is usable, 1 when it is not. Reference: docs/configuration.md."
    )

    @Argument(help: "The YAML config file, e.g. /etc/parley/parley.yaml.")
    var file: String

    func run() async throws {
        do {
            let config = try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: file)
            print("\(file): ok: \(config.feeds.count) feed(s), \(config.webhooks.count) webhook(s), "
                  + "model \(config.modelFile), state \(config.stateDirectory), alert log \(config.alertLog)")
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
