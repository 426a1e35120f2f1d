import ArgumentParser
import ParleyCore

/// `--model FILE`, shared by the commands that run the tracker on files (`replay`, `explain`).
struct ModelOption: ParsableArguments {
    @Option(name: .long, help: "Model file (default: seeds/russia-ukraine.model.json found above the working directory or the executable, else /etc/parley).")
    var model: String?

    /// The model and the path it was read from.
    func load() throws -> (NegotiationModel, String) {
        try ModelLocator.load(model)
    }
}
