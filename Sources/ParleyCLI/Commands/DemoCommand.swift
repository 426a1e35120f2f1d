import ArgumentParser

// Scaffolding: replaced by the real command.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley demo' is not built yet")
    }
}
