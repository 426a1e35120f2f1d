import ArgumentParser

/// `parley model check|show`: a negotiation model file checked and read without running the tracker.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Check a negotiation model file, or show what it holds.",
        discussion: "The model format, field by field, and how to write one: docs/models.md.",
        subcommands: [ModelCheckCommand.self, ModelShowCommand.self])
}
