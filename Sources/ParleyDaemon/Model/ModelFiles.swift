import Foundation
import ParleyCore

/// Reads negotiation model files and the shared language file they are read with. A model file holds a
/// negotiation's parties, issues, topic terms and facts; the English cues live in one language file shared by every
/// model (`seeds/english.language.json`). The language file is found, in order: the path given; the file of that
/// name beside the model; in `seeds/` above the model's folder; `/etc/parley/`. A model file that embeds its own
/// language (older files) is used as it is when no language file is found.
public enum ModelFiles {
    public static let languageFileName = "english.language.json"
    public static let installedDirectory = "/etc/parley"

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
        } catch {
            throw LoadError("\(path): \(error)")
        }
    }

    /// The language file for a model: the explicit path, else the first found by `languagePath(besideModel:)`;
    /// `nil` when there is none (the model must then embed its language).
    public static func language(besideModel path: String, explicit: String? = nil) throws(LoadError) -> Lexicon? {
        guard let file = explicit ?? languagePath(besideModel: path) else { return nil }
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

    /// The decision weights fitted for a language file sit beside it: `english.language.json` ->
    /// `english.weights.json`. `PARLEY_WEIGHTS` names another file (used by the fit's leave-one-out runs).
    public static func weightsPath(forLanguage file: String) -> String {
        if let override = ProcessInfo.processInfo.environment["PARLEY_WEIGHTS"], !override.isEmpty { return override }
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent.replacingOccurrences(of: ".language.json", with: "") + ".weights.json"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Where the language file for the model at `path` is, if anywhere.
    public static func languagePath(besideModel path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL
        var candidates = [folder.appendingPathComponent(languageFileName)]
        var directory = folder
        while true {
            candidates.append(directory.appendingPathComponent("seeds").appendingPathComponent(languageFileName))
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        candidates.append(URL(fileURLWithPath: installedDirectory).appendingPathComponent(languageFileName))
        return candidates.map(\.path).first { FileManager.default.fileExists(atPath: $0) }
    }

    private static func read(_ path: String, what: String) throws(LoadError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError("cannot read \(what) \(path): \(error.localizedDescription)")
        }
    }
}
