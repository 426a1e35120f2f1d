import ArgumentParser

// Scaffolding: replaced by the real command.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley parse' is not built yet")
    }
}
