import Foundation
import Testing
@testable import ParleyCLI

/// The `parley demo` binary as a newcomer runs it: plain text when piped (and under NO_COLOR), colour only when
/// asked, the log where `--log` says, and a closing summary that says where the log is and how to read it.
@Suite(.serialized) struct DemoCommandTests {
    /// The `parley` executable built beside this test bundle (`swift build` and `swift test` put both in one
    /// products directory).
    static var binary: URL? {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("parley") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `parley` with stdout and stderr sent to files (so stdout is not a terminal, as when piped).
    static func run(_ arguments: [String], environment: [String: String] = [:], in scratch: URL) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = DemoRunTests.root
        process.environment = ["PATH": "/usr/bin:/bin", "TMPDIR": scratch.path].merging(environment) { $1 }
        let outFile = scratch.appendingPathComponent("stdout"), errFile = scratch.appendingPathComponent("stderr")
        for file in [outFile, errFile] {
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                throw CLIError("cannot create \(file.path)")
            }
        }
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: outFile, encoding: .utf8),
                      stderr: try String(contentsOf: errFile, encoding: .utf8))
    }

    /// Runs `body` in a fresh scratch directory, or skips (passing) when the binary was not built.
    static func withBinary(_ body: (URL) throws -> Void) throws {
        guard binary != nil else {
            print("skipped: the parley executable was not built beside the tests (run `swift build` first)")
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-demo-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try body(scratch)
    }

    @Test func pipedOutputIsPlainAndEndsWithWhereTheLogIs() throws {
        try Self.withBinary { scratch in
            let log = scratch.appendingPathComponent("my alerts.jsonl")
            let result = try Self.run(["demo", "--log", log.path], in: scratch)

            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}["), "no ANSI codes when stdout is not a terminal")
            #expect(!result.stderr.contains("\u{1B}["))
            #expect(result.stderr.contains("Processing 11 reports"))
            #expect(result.stdout.contains("Done. 11 reports from 4 feeds"))
            #expect(result.stdout.contains(log.path))
            #expect(result.stdout.contains("tail -f '\(log.path)' | jq"), "paths with spaces are quoted for the shell")
            let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
            #expect(!lines.isEmpty)
            #expect(result.stdout.components(separatedBy: "confidence ").count - 1 == lines.count,
                    "every alert in the log is printed once")
            // The state went to a new directory under TMPDIR, named in the summary.
            let state = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix("parley-demo-") }
            #expect(state.count == 1)
        }
    }

    @Test(arguments: [
        (["--color", "always"], [String: String](), true),
        (["--color", "always"], ["NO_COLOR": "1"], true),
        ([String](), ["NO_COLOR": "1"], false),
        (["--color", "never"], [String: String](), false),
    ])
    func colourFollowsTheOptionAndNoColor(arguments: [String], environment: [String: String], colour: Bool) throws {
        try Self.withBinary { scratch in
            let result = try Self.run(["demo"] + arguments, environment: environment, in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\u{1B}[") == colour)
        }
    }

    @Test func aMissingModelIsAClearError() throws {
        try Self.withBinary { scratch in
            let result = try Self.run(["demo", "--model", scratch.appendingPathComponent("none.model.json").path],
                                      in: scratch)
            #expect(result.status != 0)
            #expect(result.stderr.contains("none.model.json"))
        }
    }
}
