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
            the vocabulary as for `replay`. Step by step: docs/models.md.
            """)

    @Option(name: .long, help: ArgumentHelp("The vocabulary file: parties, issues, context; no facts.",
                                            valueName: "file"))
    var vocabulary: String

    @Option(name: .long, help: ArgumentHelp(
        "The seed report (plain text with a url/title/published header; published is required).", valueName: "file"))
    var seed: String

    @Option(name: .long, help: ArgumentHelp("Write the model here (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Language file (default: found beside the vocabulary).", valueName: "file"))
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
            let target = output ?? "MODEL.json"
            ReplayCommand.log("""
                model init: \(facts) fact\(facts == 1 ? "" : "s") proposed from \(seed), \(proposal.toReview) marked \
                for review (their "review" field says why)\(output.map { " -> \($0)" } ?? "")
                next: review each fact against its evidence (fix, drop, add; remove the "review" marks), then
                  parley model check \(target) --seed \(seed)
                """)
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
}
