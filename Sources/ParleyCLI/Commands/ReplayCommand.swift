import ArgumentParser

// Scaffolding: replaced by the real command.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley replay' is not built yet")
    }
}
