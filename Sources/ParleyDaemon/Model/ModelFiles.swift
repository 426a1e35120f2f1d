import Foundation
import ParleyCore

/// Reads negotiation model files and the shared language file they are read with. A model file holds a
/// negotiation's parties, issues, topic terms and facts; the English cues live in one language file shared by every
/// model (`seeds/english.language.json`). The language file is found, in order: the path given (`--language`);
/// the file `PARLEY_LANGUAGE` names; the file of that name beside the model; in `seeds/` in the model's folder or
/// any folder above it; `/etc/parley/`. A model file that embeds its own language (older files) is used as it is
/// when no language file is found.
public enum ModelFiles {
    public static let languageFileName = "english.language.json"
    public static let installedDirectory = "/etc/parley"
    /// The environment variable naming the language file when no `--language` is given (a model kept outside the
    /// repository, a daemon whose models are not beside one).
    public static let languageVariable = "PARLEY_LANGUAGE"

    /// Where a model's language file was found, and how (for `model check`'s report of what it used).
    public struct LanguageLocation: Sendable, Hashable {
        public var path: String
        /// "given with --language", "named by PARLEY_LANGUAGE", "beside the model", "in seeds/ above the model",
        /// "installed in /etc/parley".
        public var how: String
    }

    /// An error reading a model or language file, naming the file.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// Loads the model at `path` with the language file (`language`, else the one found beside it).
    public static func load(_ path: String, language: String? = nil) throws(LoadError) -> NegotiationModel {
        let data = try read(path, what: "model file")
        let lexicon = try self.language(besideModel: path, explicit: language)
        do {
            return try NegotiationModel.load(from: data, language: lexicon)
        } catch let error as CoreError where lexicon == nil && error == NegotiationModel.noLanguage {
            throw LoadError("\(path): no language file: every model is read with the shared "
                + "\(languageFileName), and none was found (\(languageSearch(besideModel: path))); pass "
                + "--language FILE (the repository's seeds/\(languageFileName)), or set \(languageVariable)=FILE")
        } catch {
            throw LoadError("\(path): \(error)")
        }
    }

    /// The language file for a model: the explicit path, else the first found by `languagePath(besideModel:)`;
    /// `nil` when there is none (the model must then embed its language).
    public static func language(besideModel path: String, explicit: String? = nil) throws(LoadError) -> Lexicon? {
        guard let file = explicit ?? languagePath(besideModel: path) else { return nil }
        if explicit == nil, file == environmentLanguage, !FileManager.default.fileExists(atPath: file) {
            throw LoadError("\(languageVariable) names \(file), which does not exist")
        }
        let data = try read(file, what: "language file")
        var lexicon: Lexicon
        do {
            lexicon = try Lexicon.load(from: data)
        } catch {
            throw LoadError("\(file): \(error)")
        }
        let weightsFile = weightsPath(forLanguage: file)
        if FileManager.default.fileExists(atPath: weightsFile) {
            let data = try read(weightsFile, what: "weights file")
            do {
                lexicon.weights = try DecisionWeights.load(from: data)
            } catch {
                throw LoadError("\(weightsFile): \(error)")
            }
        }
        return lexicon
    }

    /// A warning when the model at `path` would be read with a language file that has no weights file beside it
    /// (a copy of the language file alone): alerts are then decided with the built-in prior weights, not the fitted
    /// ones; nil when the weights are there or no language file is found.
    public static func missingWeights(forModel path: String, language explicit: String? = nil) -> String? {
        guard let file = explicit ?? languagePath(besideModel: path), FileManager.default.fileExists(atPath: file)
        else { return nil }
        let weights = weightsPath(forLanguage: file)
        guard !FileManager.default.fileExists(atPath: weights) else { return nil }
        return "no weights file \(weights) beside the language file \(file): alerts are decided with the built-in "
            + "prior weights, not the fitted ones (copy the weights file beside it)"
    }

    /// The decision weights fitted for a language file sit beside it: `english.language.json` ->
    /// `english.weights.json`. `PARLEY_WEIGHTS` names another file (used by the fit's leave-one-out runs).
    public static func weightsPath(forLanguage file: String) -> String {
        if let override = ProcessInfo.processInfo.environment["PARLEY_WEIGHTS"], !override.isEmpty { return override }
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent.replacingOccurrences(of: ".language.json", with: "") + ".weights.json"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Where the language file for the model at `path` is, if anywhere (when no `--language` is given).
    public static func languagePath(besideModel path: String) -> String? {
        locateLanguage(besideModel: path)?.path
    }

    /// The language file for the model at `path` and how it was found: `explicit` (`--language`), else the file
    /// `PARLEY_LANGUAGE` names, else the first of: beside the model, `seeds/` in its folder or any folder above,
    /// /etc/parley; nil when there is none.
    public static func locateLanguage(besideModel path: String, explicit: String? = nil) -> LanguageLocation? {
        if let explicit { return LanguageLocation(path: explicit, how: "given with --language") }
        if let file = environmentLanguage { return LanguageLocation(path: file, how: "named by \(languageVariable)") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL
        var candidates = [(folder.appendingPathComponent(languageFileName), "beside the model")]
        var directory = folder
        while true {
            candidates.append((directory.appendingPathComponent("seeds").appendingPathComponent(languageFileName),
                               "in seeds/ above the model"))
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        candidates.append((URL(fileURLWithPath: installedDirectory).appendingPathComponent(languageFileName),
                           "installed in \(installedDirectory)"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.0.path) }
            .map { LanguageLocation(path: $0.0.path, how: $0.1) }
    }

    /// Where `locateLanguage` looked for the model at `path`, in words, for a message saying none was found.
    public static func languageSearch(besideModel path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        return "\(languageVariable) is not set; no \(languageFileName) beside the model in \(folder), in a seeds/ "
            + "folder there or above it, or in \(installedDirectory)"
    }

    /// The file `PARLEY_LANGUAGE` names, when it is set and not empty.
    static var environmentLanguage: String? {
        guard let file = ProcessInfo.processInfo.environment[languageVariable], !file.isEmpty else { return nil }
        return file
    }

    private static func read(_ path: String, what: String) throws(LoadError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError("cannot read \(what) \(path): \(error.localizedDescription)")
        }
    }
}
