import ArgumentParser
import ParleyCore

/// `--model FILE`, repeatable, shared by the commands that run the tracker on files (`replay`, `explain`): each
/// file is one negotiation followed, in the order given.
struct ModelOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Model file; repeat to follow several negotiations (default: seeds/russia-ukraine.model.json found above "
            + "the working directory or the executable, else /etc/parley).", valueName: "file"))
    var model: [String] = []

    @Option(name: .long, help: ArgumentHelp(ModelOption.languageHelp, valueName: "file"))
    var language: String?

    /// The help of `--language` wherever a command reads models (`replay`, `explain`, `demo`).
    static let languageHelp = "Language file every model is read with (default: $PARLEY_LANGUAGE, else "
        + "english.language.json beside the model, in a seeds/ folder there or above it, or in /etc/parley). "
        + "Give it for a model kept outside the repository."

    /// The models and the paths they were read from, in order (the default model when none is given).
    func load() throws -> [(model: NegotiationModel, path: String)] {
        guard !model.isEmpty else { return [try ModelLocator.load(nil, language: language)].map { ($0.0, $0.1) } }
        return try ModelLocator.loadAll(model, language: language)
    }
}
