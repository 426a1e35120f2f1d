import Foundation
import Testing
@testable import ParleyCLI

/// The `parley demo` binary as a newcomer runs it: plain text when piped (and under NO_COLOR), colour only when
/// asked, the log where `--log` says, and a closing summary that says where the log is and how to read it.
@Suite(.serialized, builtExecutable) struct DemoCommandTests {
    /// The `parley` executable built beside this test bundle (`swift build` and `swift test` put both in one
    /// products directory).
    static var binary: URL? { BuiltExecutable.url }

    /// Runs `parley` with stdout and stderr sent to files (so stdout is not a terminal, as when piped).
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    in scratch: URL) async throws -> ChildProcess.Result {
        try await ChildProcess.run(binary!, arguments,
                                   environment: ["PATH": "/usr/bin:/bin", "TMPDIR": scratch.path].merging(environment) { $1 },
                                   directory: DemoRunTests.root, scratch: scratch)
    }

    /// Runs `body` in a fresh scratch directory (suites that use it carry `builtExecutable`).
    static func withBinary(_ body: (URL) async throws -> Void) async throws {
        guard binary != nil else { throw CocoaError(.fileNoSuchFile) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-demo-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try await body(scratch)
    }

    @Test func pipedOutputIsPlainAndEndsWithWhereTheLogIs() async throws {
        try await Self.withBinary { scratch in
            let log = scratch.appendingPathComponent("my alerts.jsonl")
            let result = try await Self.run(["demo", "--log", log.path], in: scratch)

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
    func colourFollowsTheOptionAndNoColor(arguments: [String], environment: [String: String], colour: Bool) async throws {
        try await Self.withBinary { scratch in
            let result = try await Self.run(["demo"] + arguments, environment: environment, in: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\u{1B}[") == colour)
        }
    }

    @Test func aMissingModelIsAClearError() async throws {
        try await Self.withBinary { scratch in
            let result = try await Self.run(["demo", "--model", scratch.appendingPathComponent("none.model.json").path],
                                      in: scratch)
            #expect(result.status != 0)
            #expect(result.stderr.contains("none.model.json"))
        }
    }
}
