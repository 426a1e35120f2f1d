import ArgumentParser

// Scaffolding: replaced by the real command.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley explain' is not built yet")
    }
}
