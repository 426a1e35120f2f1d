import Foundation
import ParleyCore
import ParleyDaemon

/// Finds and loads the negotiation model for `replay`, `explain` and `demo`: the given file, else
/// `seeds/russia-ukraine.model.json` searched upward from the working directory and from the executable, else the
/// installed copy in /etc/parley (docs/install.md); each read with the language file `--language` gives, else the
/// one `ModelFiles` finds for it.
enum ModelLocator {
    static let defaultRelativePath = "seeds/russia-ukraine.model.json"
    static let installedPath = "/etc/parley/russia-ukraine.model.json"

    static func load(_ path: String?, language: String? = nil) throws -> (NegotiationModel, String) {
        let file = try path ?? locateDefault()
        do {
            let model = try ModelFiles.load(file, language: language)
            if let warning = ModelFiles.missingWeights(forModel: file, language: language) {
                FileHandle.standardError.write(Data(("warning: " + warning + "\n").utf8))
            }
            return (model, file)
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Several model files, one negotiation each: two files of one negotiation id are an error.
    static func loadAll(_ paths: [String], language: String? = nil) throws -> [(model: NegotiationModel, path: String)] {
        var loaded: [(model: NegotiationModel, path: String)] = []
        for path in paths {
            let (model, file) = try load(path, language: language)
            if let first = loaded.first(where: { $0.model.id == model.id }) {
                throw CLIError("\(file) and \(first.path) are both models of negotiation '\(model.id)'; give each "
                    + "negotiation once")
            }
            loaded.append((model, file))
        }
        return loaded
    }

    static func locateDefault() throws -> String {
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        // argv[0] is only a name when parley was found through PATH; the bundle knows the real file.
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath()
        starts.append(executable.deletingLastPathComponent())
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent(defaultRelativePath)
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        if FileManager.default.fileExists(atPath: installedPath) { return installedPath }
        throw CLIError("no model given and \(defaultRelativePath) was not found above the working directory or "
            + "the parley executable, nor at \(installedPath); pass --model FILE")
    }
}

/// An error of the command line: a message for the user, printed without a stack of types.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
