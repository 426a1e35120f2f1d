import ArgumentParser
import Foundation
import ParleyBench

/// `parley bench`: every figure beside a baseline measured in the same run (`../shared/spec/cli.md`). Each suite
/// lives in ParleyBench; this file only dispatches, so keep it small.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Run benchmarks beside their baselines.")

    enum Suite: String, ExpressibleByArgument, CaseIterable { case parse, extract, fetch, pipeline, daemon, all }

    @Option(help: "Which suite to run: \(Suite.allCases.map(\.rawValue).joined(separator: ", ")).")
    var suite: Suite = .all

    @Option(help: "The shared yardsticks directory (corpora).")
    var shared: String = "../shared"

    @Option(help: ArgumentHelp("Daemon suite: the numbers of loopback feeds, comma-separated.", valueName: "n,n,..."))
    var feeds: String = "100,1000,10000"

    @Option(help: ArgumentHelp("Daemon suite: seconds of steady state measured at each number.", valueName: "s"))
    var seconds: Int = 10

    @Option(help: ArgumentHelp("Pipeline suite: new items processed (measured after 100 and over the last 100).",
                               valueName: "n"))
    var items: Int = 10_000

    func run() async throws {
        let sharedURL = URL(fileURLWithPath: shared)
        let log: (String) -> Void = { print($0) }
        if suite == .parse || suite == .all {
            let corpus = sharedURL.appendingPathComponent("feeds/realworld")
            if FileManager.default.fileExists(atPath: corpus.path) {
                ParseBenchmark.run(corpus: corpus, log: log)
            } else {
                print("skipped: ../shared not found")
            }
        }
        if suite == .extract || suite == .all {
            let model = try ModelLocator.locateDefault()
            let folder = URL(fileURLWithPath: model).deletingLastPathComponent()
            let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".model.json") && $0 != URL(fileURLWithPath: model).lastPathComponent }
                .sorted().map { folder.appendingPathComponent($0).path }
            _ = try ExtractionBenchmark.run(sharedDirectory: shared, modelPath: model, otherModelPaths: others, print: log)
        }
        if suite == .pipeline || suite == .all {
            guard (20...1_000_000).contains(items) else { throw ValidationError("--items takes 20 to 1000000") }
            _ = try await PipelineBenchmark.run(modelPath: try ModelLocator.locateDefault(), items: items, print: log)
        }
        if suite == .fetch || suite == .all {
            // The feed server runs as `parley loopback-serve` in its own process: this very executable.
            let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            await FetchBenchmark.run(executable: executable, log: log)
        }
        if suite == .daemon || suite == .all {
            let counts = feeds.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !counts.isEmpty, counts.allSatisfy({ (1...100_000).contains($0) }), (1...3600).contains(seconds) else {
                throw ValidationError("--feeds takes numbers from 1 to 100000, --seconds 1 to 3600")
            }
            let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            await DaemonBenchmark.run(executable: executable, modelPath: try ModelLocator.locateDefault(),
                                      counts: counts, window: .seconds(seconds), log: log)
        }
    }
}
