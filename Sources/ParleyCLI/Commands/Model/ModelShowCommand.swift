import ArgumentParser
import Foundation
import ParleyCore
import ParleyDaemon
import ParleyStore

/// `parley model show FILE`: per issue and per party, what the model holds; with `--at V` and a state directory,
/// what the daemon's stored model held at version V (rebuilt from the stored snapshot and deltas).
struct ModelShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what a model file, or a stored model version, holds, per issue and per party.",
        discussion: """
            With --at V and --state-dir DIR (or --config FILE), shows version V of the model the daemon stored \
            (the version numbers `parley model history` prints), rebuilt from the nearest whole version stored \
            and the changes after it.
            """)

    @Argument(help: "The model file (not with --at).")
    var file: String?

    @Option(name: .long, help: ArgumentHelp(ModelOption.languageHelp, valueName: "file"))
    var language: String?

    @Option(name: .long, help: "Evidence shown up to this many characters (0: whole).")
    var width = 100

    @Option(name: .long, help: ArgumentHelp("A stored model version (see `parley model history`).", valueName: "V"))
    var at: Int?

    @Option(name: .long, help: ArgumentHelp("With --at: the daemon's YAML config file.", valueName: "file"))
    var config: String?

    @Option(name: .customLong("state-dir"), help: ArgumentHelp("With --at: the state directory.", valueName: "dir"))
    var stateDir: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --at: the negotiation (model id), when the state holds several.", valueName: "id"))
    var negotiation: String?

    func validate() throws {
        if at == nil {
            guard file != nil else { throw ValidationError("give a model file, or --at V with --state-dir DIR") }
            guard config == nil, stateDir == nil, negotiation == nil else {
                throw ValidationError("--config, --state-dir and --negotiation go with --at")
            }
        } else {
            guard file == nil else { throw ValidationError("give a model file or --at V, not both") }
            guard (config == nil) != (stateDir == nil) else {
                throw ValidationError("with --at, give exactly one of --config FILE or --state-dir DIR")
            }
        }
    }

    func run() async throws {
        guard let at else {
            do {
                let model = try ModelFiles.load(file ?? "", language: language)
                print(ModelSummary(model: model, evidenceWidth: width).text, terminator: "")
            } catch {
                print("error: \(error)")
                throw ExitCode(1)
            }
            return
        }
        var state = StateOptions()
        state.config = config
        state.stateDir = stateDir
        let store = try state.openStore()
        let source = StoredModels(store: store)
        let negotiation = try await source.negotiation(self.negotiation)
        let model: NegotiationModel
        do {
            guard let found = try await source.model(of: negotiation, version: at) else {
                throw ModelHistoryCommand.wrongArgument("model show: '\(negotiation)' has no stored version \(at)")
            }
            model = found
        } catch let error as ExitCode {
            throw error
        } catch {
            throw StateOptions.fail("model show: \(error)")
        }
        print(ModelSummary(model: model, evidenceWidth: width).text, terminator: "")
    }
}
