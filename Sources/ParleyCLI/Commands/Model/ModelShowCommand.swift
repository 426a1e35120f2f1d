import ArgumentParser
import Foundation
import ParleyDaemon

/// `parley model show FILE`: per issue and per party, what the model holds.
struct ModelShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what a model file holds, per issue and per party.")

    @Argument(help: "The model file.")
    var file: String

    @Option(name: .long, help: ArgumentHelp("Language file (default: found beside the model).", valueName: "file"))
    var language: String?

    @Option(name: .long, help: "Evidence shown up to this many characters (0: whole).")
    var width = 100

    func run() throws {
        do {
            let model = try ModelFiles.load(file, language: language)
            print(ModelSummary(model: model, evidenceWidth: width).text, terminator: "")
        } catch {
            print("error: \(error)")
            throw ExitCode(1)
        }
    }
}
