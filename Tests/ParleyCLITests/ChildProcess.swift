import Foundation

/// Runs a child process without blocking a thread of the Swift concurrency pool while it runs: the pool has one
/// thread per core, and a test that sat in `waitUntilExit()` would starve the loopback servers and fetches of
/// other tests running beside it. Output goes to files (so stdout is not a terminal, as when piped).
enum ChildProcess {
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String],
                    directory: URL? = nil, scratch: URL) async throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let name = UUID().uuidString
        let outFile = scratch.appendingPathComponent("\(name).stdout")
        let errFile = scratch.appendingPathComponent("\(name).stderr")
        for file in [outFile, errFile] where !FileManager.default.createFile(atPath: file.path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        return Result(status: status, stdout: try String(contentsOf: outFile, encoding: .utf8),
                      stderr: try String(contentsOf: errFile, encoding: .utf8))
    }
}
