import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `parley` executable run as a child process, the way systemd runs it: `parley run --config FILE`,
/// stderr captured to a file, stopped with real signals.
final class DaemonProcess: @unchecked Sendable {
    /// `parley` in the build products directory beside the test bundle, or nil (tests then skip, saying why).
    static let binary: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("parley"))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parley"))
        candidates.append(Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("parley"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let skipMessage = "skipped: the parley executable was not found next to the test bundle "
        + "(build it with 'swift build' first)"

    /// The trait of every test that runs the real executable: shown as skipped, saying why, when it is missing.
    static let available = ConditionTrait.enabled(if: binary != nil, Comment(rawValue: skipMessage))

    let process = Process()
    let stderrPath: URL

    /// Starts `parley` with `arguments`; stderr is appended to `stderrPath`.
    init(_ arguments: [String], stderrPath: URL, environment: [String: String] = [:]) throws {
        guard let binary = Self.binary else { throw CocoaError(.fileNoSuchFile) }
        self.stderrPath = stderrPath
        if !FileManager.default.fileExists(atPath: stderrPath.path) {
            _ = FileManager.default.createFile(atPath: stderrPath.path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: stderrPath)
        handle.seekToEndOfFile()
        process.executableURL = binary
        process.arguments = arguments
        process.standardError = handle
        process.standardOutput = handle
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        env.merge(environment) { _, new in new }
        process.environment = env
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits for the process to end, at most `timeout`; returns (status, killed by signal) or nil on timeout.
    func wait(timeout: Duration) async -> (status: Int32, signaled: Bool)? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }

    /// SIGKILL and reap.
    func kill9() async {
        signal(SIGKILL)
        _ = await wait(timeout: .seconds(10))
    }

    var output: String {
        (try? String(contentsOf: stderrPath, encoding: .utf8)) ?? ""
    }
}
