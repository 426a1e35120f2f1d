import ArgumentParser

// Scaffolding: replaced by the real command.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fetch", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("'parley fetch' is not built yet")
    }
}
