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
            The language file is found as for `replay` (--language FILE, else $PARLEY_LANGUAGE, else beside the \
            model, in a seeds/ folder there or above it, or in /etc/parley), and the first line says which was \
            used; without one, a warning says which checks were skipped. Its stopwords and the common-words file \
            beside it (english.common-words.txt) are the words a strong term must not match; its world list names \
            the states and capitals a strong term should not be. With --seed, each fact's evidence must occur in \
            the seed report (spacing aside), strong terms are compared with the places the seed names, and a \
            world-list name the seed uses twice or more that the model does not name is a warning (it would make \
            the sentences naming it an outsider's). Check a vocabulary with --seed too.
            """)

    @Argument(help: "The model file.")
    var file: String

    @Option(name: .long, help: ArgumentHelp(ModelOption.languageHelp, valueName: "file"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("The seed report the facts were taken from.", valueName: "file"))
    var seed: String?

    func run() throws {
        let problems: [ModelProblem]
        do {
            if let found = ModelFiles.locateLanguage(besideModel: file, explicit: language) {
                print("language file \(found.path) (\(found.how))")
            }
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
        let languageFile = ModelFiles.locateLanguage(besideModel: file, explicit: language)?.path
        if let languageFile {
            let lexicon = try Lexicon.load(from: try read(languageFile, what: "language file"))
            let commonFile = ModelCheck.commonWordsPath(forLanguage: languageFile)
            let common = FileManager.default.fileExists(atPath: commonFile)
                ? ModelCheck.commonWords(fromFile: String(decoding: try read(commonFile, what: "common-words file"), as: UTF8.self))
                : []
            check = ModelCheck(language: lexicon, commonWords: common)
        }
        if let seed { check.seedText = String(decoding: try read(seed, what: "seed report"), as: UTF8.self) }
        var problems = check.problems(in: data)
        if languageFile == nil {
            // Errors first, then this warning: what the check could not look at comes before what it found.
            let errors = problems.prefix { $0.severity == .error }.count
            problems.insert(noLanguage(file: file, seed: seed), at: errors)
        }
        return problems
    }

    /// The warning of a check run without a language file: which checks were skipped and how to give the file.
    static func noLanguage(file: String, seed: String?) -> ModelProblem {
        ModelProblem(
            .warning, "no-language", at: "",
            "no language file found (\(ModelFiles.languageSearch(besideModel: file))): skipped the common words and "
                + "stopwords a strong term must not be, the fact values the language allows, the world list (states, "
                + "demonyms and capitals as strong terms\(seed == nil ? "" : ", and the seed's names it makes outsiders"))"
                + (seed == nil ? "" : " and the places the seed names"),
            hint: "pass --language FILE (the repository's seeds/\(ModelFiles.languageFileName)) or set "
                + "\(ModelFiles.languageVariable)=FILE")
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
