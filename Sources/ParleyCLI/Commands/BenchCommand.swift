import ArgumentParser

// Scaffolding: replaced by the real command.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley bench' is not built yet")
    }
}
