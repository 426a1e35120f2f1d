import ArgumentParser

/// `parley model check|show`: a negotiation model file checked and read without running the tracker.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Propose a negotiation model from a seed report, check a model file, show what it holds or how it changed.",
        discussion: "The model format, field by field, and how to write one: docs/models.md.",
        subcommands: [ModelInitCommand.self, ModelCheckCommand.self, ModelShowCommand.self, ModelHistoryCommand.self])
}
