import ArgumentParser
import Foundation

/// `parley demo` (shared/spec/cli.md): the whole pipeline over the bundled demo feeds, with no config, no network
/// and no root. Alerts and the closing summary go to stdout (colour only on a terminal); progress to stderr.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Runs the whole pipeline over the bundled demo feeds and prints each alert.",
        discussion: """
            Reads the feeds in seeds/demo/ (fictional outlets, June 2025) as file:// URLs, runs every report \
            through the same fetch, parse, extraction, diff, store and alert log as `parley run`, starting from \
            the seed model seeds/russia-ukraine.model.json, and prints each alert with its evidence and source. \
            seeds/ is found upward from the working directory or from the parley executable. The language \
            file is found as for `replay` (--language FILE, else $PARLEY_LANGUAGE, else beside the model...).
            """)

    @Option(name: .long, help: ArgumentHelp(
        "Where to write the JSON-lines alert log (default: alerts.jsonl in the state directory).",
        valueName: "path"))
    var log: String?

    @Option(name: .customLong("state-dir"), help: ArgumentHelp(
        "State directory (SQLite database). Default: a new temporary directory. "
            + "Run twice with the same one and nothing is alerted twice.",
        valueName: "dir"))
    var stateDir: String?

    @Option(name: .long, help: ArgumentHelp(
        "Model file (default: seeds/russia-ukraine.model.json, found upward from the working directory "
            + "or the executable); the demo feeds are read from demo/ beside the first. Repeat to follow "
            + "several negotiations.",
        valueName: "file"))
    var model: [String] = []

    @Option(name: .long, help: ArgumentHelp(ModelOption.languageHelp, valueName: "file"))
    var language: String?

    @Option(name: .long, help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: TerminalStyle.Mode = .auto

    @Option(name: .long, help: ArgumentHelp(
        "Seconds to pause after each report so a person can follow (default: 0.3 on a terminal, 0 when piped).",
        valueName: "seconds"))
    var pace: Double?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let isTerminal = TerminalStyle.isTerminal(fileDescriptor: STDOUT_FILENO)
        let style = TerminalStyle.decide(mode: color, isTerminal: isTerminal, environment: environment)
        let errorStyle = TerminalStyle.decide(
            mode: color, isTerminal: TerminalStyle.isTerminal(fileDescriptor: STDERR_FILENO), environment: environment)

        let modelFiles = model.isEmpty ? [try ModelLocator.locateDefault()] : model
        let demoFeeds = try Self.demoFeeds(besideModel: modelFiles[0])
        let state = try stateDir.map { URL(fileURLWithPath: $0) } ?? Self.makeTemporaryDirectory()
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let logFile = log.map { URL(fileURLWithPath: $0) } ?? state.appendingPathComponent("alerts.jsonl")

        let run = DemoRun(
            modelFiles: modelFiles.map { URL(fileURLWithPath: $0) }, language: language, feeds: demoFeeds,
            stateDirectory: state,
            logFile: logFile,
            printer: AlertPrinter(style: style, width: min(100, TerminalStyle.columns(
                fileDescriptor: STDOUT_FILENO, environment: environment))),
            progress: DemoProgress(style: errorStyle, width: TerminalStyle.columns(
                fileDescriptor: STDERR_FILENO, environment: environment, fallback: 120)),
            pace: pace ?? (isTerminal ? 0.3 : 0))
        let summary = try await run.run()
        run.emit(summary.rendered(style: style, logFile: logFile, stateDirectory: state, width: run.printer.width))
    }

    /// The demo feeds live in `demo/` beside the seed model.
    static func demoFeeds(besideModel modelFile: String) throws -> [URL] {
        let directory = URL(fileURLWithPath: modelFile).deletingLastPathComponent().appendingPathComponent("demo")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let feeds = names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
        guard !feeds.isEmpty else {
            throw CLIError("no demo feeds: expected *.xml files in \(directory.path) (beside the model \(modelFile))")
        }
        return feeds
    }

    /// A new directory of our own under $TMPDIR (mode 0700: the state is the user's).
    static func makeTemporaryDirectory() throws -> URL {
        let name = "parley-demo-" + UUID().uuidString.prefix(8).lowercased()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError("cannot create a temporary directory \(directory.path): \(error.localizedDescription)")
        }
        return directory
    }
}

extension TerminalStyle.Mode: ExpressibleByArgument {}
