import ArgumentParser

// Scaffolding: replaced by the real command.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley run' is not built yet")
    }
}
