import ArgumentParser

// Scaffolding: replaced by the real command.
struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check-config", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley check-config' is not built yet")
    }
}
