import ArgumentParser
import Foundation
import ParleyCore
import ParleyDaemon

/// `parley model check FILE`: every problem of a model file with its JSON path and a hint; exit 1 on errors.
struct ModelCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a model file: every problem with its location and a hint.",
        discussion: """
            Exit status 0 when there is no error (warnings are printed but allowed), 1 when there are errors. \
            The language file is found as for `replay` (beside the model, in seeds/ above it, /etc/parley); its \
            stopwords and the common-words file beside it (english.common-words.txt) are the words a strong term \
            must not match. With --seed, each fact's evidence must occur in the seed report (spacing aside), and \
            strong terms are compared with the places the seed names (check a vocabulary with --seed too).
            """)

    @Argument(help: "The model file.")
    var file: String

    @Option(name: .long, help: ArgumentHelp("Language file (default: found beside the model).", valueName: "file"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("The seed report the facts were taken from.", valueName: "file"))
    var seed: String?

    func run() throws {
        let problems: [ModelProblem]
        do {
            problems = try Self.problems(file: file, language: language, seed: seed)
        } catch {
            print("error   \(error)")
            throw ExitCode(1)
        }
        for problem in problems { print(problem) }
        for note in Self.notes(file: file, seed: seed) { print("note    \(note)") }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        if errors > 0 {
            print("\(file): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        print("\(file): no errors" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"), allowed)" : ""))
    }

    /// The problems of the model at `file`; throws only when a file cannot be read at all.
    static func problems(file: String, language: String?, seed: String?) throws -> [ModelProblem] {
        let data = try read(file, what: "model file")
        var check = ModelCheck()
        if let languageFile = language ?? ModelFiles.languagePath(besideModel: file) {
            let lexicon = try Lexicon.load(from: try read(languageFile, what: "language file"))
            let commonFile = ModelCheck.commonWordsPath(forLanguage: languageFile)
            let common = FileManager.default.fileExists(atPath: commonFile)
                ? ModelCheck.commonWords(fromFile: String(decoding: try read(commonFile, what: "common-words file"), as: UTF8.self))
                : []
            check = ModelCheck(language: lexicon, commonWords: common)
        }
        if let seed { check.seedText = String(decoding: try read(seed, what: "seed report"), as: UTF8.self) }
        return check.problems(in: data)
    }

    /// What the check could not look at: a vocabulary (no facts yet) checked without its seed has had its strong
    /// terms compared with the world list only, not with the places the seed names.
    static func notes(file: String, seed: String?) -> [String] {
        guard seed == nil, let data = try? Data(contentsOf: URL(fileURLWithPath: file)),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              (object["facts"] as? [Any] ?? []).isEmpty else { return [] }
        return ["no facts and no --seed: strong terms were not compared with the places the seed names "
            + "(give --seed SEED.txt to check them as the finished model will be)"]
    }

    private static func read(_ path: String, what: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError("cannot read \(what) \(path): \(error.localizedDescription)")
        }
    }
}
