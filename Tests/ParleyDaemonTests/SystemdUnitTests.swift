import Foundation
import Testing

/// The unit file in systemd/ as systemd itself judges it: `systemd-analyze verify` clean (with ExecStart pointed at
/// the binary just built, since verify insists the command exists) and `systemd-analyze security --offline=true`
/// rating it at most 2.0. Skips, saying why, where systemd-analyze or the built binary is missing.
@Suite("systemd unit")
struct SystemdUnitTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let unit = packageRoot.appendingPathComponent("systemd/parley.service")
    static let analyzer = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: analyzer != nil && DaemonProcess.binary != nil,
                   "systemd-analyze or the built parley executable not found"))
    func unitVerifiesClean() async throws {
        let analyzer = try #require(Self.analyzer)
        let binary = try #require(DaemonProcess.binary)
        let directory = try TestDirectory("unit")
        let text = try String(contentsOf: Self.unit, encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/parley", with: binary.path)
        let copy = directory.url.appendingPathComponent("parley.service")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let result = try await Self.run(analyzer, ["verify", copy.path], in: directory.url)
        #expect(result.status == 0, "systemd-analyze verify said:\n\(result.output)")
        #expect(!result.output.contains("parley.service:"), "systemd-analyze verify said:\n\(result.output)")
    }

    @Test(.enabled(if: analyzer != nil, "systemd-analyze not found"))
    func unitExposureIsAtMostTwo() async throws {
        let analyzer = try #require(Self.analyzer)
        let directory = try TestDirectory("unit-security")
        let result = try await Self.run(analyzer, ["security", "--offline=true", Self.unit.path], in: directory.url)
        // "→ Overall exposure level for parley.service: 1.1 OK 🙂"
        let line = try #require(result.output.split(separator: "\n").first { $0.contains("Overall exposure level") },
                                "no rating in:\n\(result.output)")
        let rating = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) })
        #expect(rating <= 2.0, "\(line)")
    }

    /// Runs a program to its end, output to a file, polling instead of blocking a cooperative thread.
    static func run(_ path: String, _ arguments: [String], in directory: URL) async throws
        -> (status: Int32, output: String) {
        let outputURL = directory.appendingPathComponent("analyzer.out")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let handle = try FileHandle(forWritingTo: outputURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { process.terminate() }
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "")
    }
}
