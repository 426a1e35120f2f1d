import ArgumentParser
import Foundation
import ParleyCore
import ParleyDaemon

/// `parley model init --vocabulary V --seed SEED [--output FILE]`: a model proposed from a vocabulary and its seed
/// report, each fact with its evidence, a confidence and, when doubtful, the reason to review it.
struct ModelInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Propose a model from a vocabulary and a seed report: facts with evidence, confidence, review marks.",
        discussion: """
            The seed report is read as `parley replay --absorb` reads it (same extraction); it must give its \
            publication time (`published:` in a plain-text seed's header), from which every date is read. Each fact gets a \
            `confidence` (0-1, from how its party, stance and issue were read) and, when doubtful, a `review` field \
            saying why in plain words (a party read from the previous sentence, a clause of one party's document \
            filed under another, an issue only named in passing...). Review every marked fact against its evidence \
            and remove the mark; `parley model check` warns while marks remain. The language file is found beside \
            the vocabulary as for `replay` (--language FILE, else $PARLEY_LANGUAGE, else beside the vocabulary, in a \
            seeds/ folder there or above it, or in /etc/parley). Step by step: docs/models.md.
            """)

    @Option(name: .long, help: ArgumentHelp("The vocabulary file: parties, issues, context; no facts.",
                                            valueName: "file"))
    var vocabulary: String

    @Option(name: .long, help: ArgumentHelp(
        "The seed report (plain text with a url/title/published header; published is required).", valueName: "file"))
    var seed: String

    @Option(name: .long, help: ArgumentHelp("Write the model here (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(ModelOption.languageHelp, valueName: "file"))
    var language: String?

    func run() throws {
        do {
            let vocabulary = try ModelFiles.load(self.vocabulary, language: language)
            guard vocabulary.facts.isEmpty else {
                throw CLIError("\(self.vocabulary) already holds \(vocabulary.facts.count) fact(s): init starts from a "
                    + "vocabulary with no facts (empty `facts`)")
            }
            let reports = try ReportLoader.reports(from: seed)
            guard reports.count == 1, let report = reports.first else {
                throw CLIError("\(seed): a seed is one report, this holds \(reports.count)")
            }
            let header = try SeedHeader(seed: seed, text: ReportLoader.plainText(of: seed), report: report,
                                        negotiation: vocabulary.id)
            for note in header.notes { ReplayCommand.log("model init: note: \(note)") }
            let proposal = try SeedProposal(vocabulary: vocabulary, report: header.report)
            let data = try proposal.model.encoded()
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output))
                } catch {
                    throw CLIError("cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(data)
                FileHandle.standardOutput.write(Data("\n".utf8))
            }
            let facts = proposal.model.facts.count
            ReplayCommand.log("""
                model init: \(facts) fact\(facts == 1 ? "" : "s") proposed from \(seed), \(proposal.toReview) marked \
                for review (their "review" field says why)\(output.map { " -> \($0)" } ?? "")
                """ + "\n" + Self.nextSteps(vocabulary: self.vocabulary, id: vocabulary.id, seed: seed, output: output,
                                     language: language, pythonPath: Self.pythonPath(vocabulary: self.vocabulary,
                                                                                      language: language)))
        } catch let error as ModelFiles.LoadError {
            ReplayCommand.log("model init: \(error)")
            throw ExitCode(1)
        } catch let error as CLIError {
            ReplayCommand.log("model init: \(error)")
            throw ExitCode(1)
        } catch let error as SeedProposal.Failure {
            ReplayCommand.log("model init: \(error)")
            throw ExitCode(1)
        }
    }

    /// What to do after init, with the files and the `--language` the user gave: keep the proposal and review a
    /// copy named as the docs name the model (`NAME.model.json` beside the vocabulary: the review script rewrites
    /// the file it is given), then check the copy against the seed.
    /// `PYTHONPATH` a review script beside the vocabulary needs to import `review_tools`: none when the helpers are
    /// in its folder (the repository's seeds/), else the folder of the language file when they are there (a
    /// checkout's seeds/), else a placeholder for the repository's seeds/.
    static func pythonPath(vocabulary: String, language: String?) -> String? {
        let helpers = "review_tools.py"
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: vocabulary).deletingLastPathComponent().standardizedFileURL
        if fileManager.fileExists(atPath: folder.appendingPathComponent(helpers).path) { return nil }
        if let file = language ?? ModelFiles.languagePath(besideModel: vocabulary) {
            let seeds = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL
            if fileManager.fileExists(atPath: seeds.appendingPathComponent(helpers).path) { return seeds.path }
        }
        return "/path/to/parley/seeds"
    }

    static func nextSteps(vocabulary: String, id: String, seed: String, output: String?, language: String?,
                          pythonPath: String? = nil) -> String {
        // The vocabulary's folder as the user wrote it ("seeds/", or "" for the working directory).
        let folder = vocabulary.contains("/") ? String(vocabulary[...vocabulary.lastIndex(of: "/")!]) : ""
        let name = vocabulary.hasSuffix(".vocabulary.json")
            ? String(vocabulary.dropLast(".vocabulary.json".count)) + ".model.json"
            : folder + id + ".model.json"
        let model = output.map { $0.hasSuffix(".model.json") ? $0 : name } ?? name
        let languageOption = language.map { " --language \(Self.quoted($0))" } ?? ""
        var lines = ["next: review each fact against its evidence (fix, drop, add; remove the \"review\" marks), in a "
            + "script that reads the proposal and writes the model (docs/models.md, step 4), then check it:"]
        if let output, output != model {
            // The proposal stays as written: the script writes the model only when it has run to its end.
            let environment = pythonPath.map { "PYTHONPATH=\(quoted($0)) " } ?? ""
            let script = quoted(folder + "review_\(id).py")
            lines.append("  \(environment)python3 \(script) \(quoted(output)) \(quoted(model))")
        } else if output == nil {
            lines.append("  (write the proposal to a file with --output, then review it into \(quoted(model)))")
        }
        lines.append("  parley model check \(quoted(model)) --seed \(quoted(seed))\(languageOption)")
        return lines.joined(separator: "\n")
    }

    /// A path as the shell reads it: quoted when it holds a space or a shell character.
    static func quoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:=@,".contains($0) } ? path
            : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
