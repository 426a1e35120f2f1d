import Foundation
import ParleyCore
import Glibc
import ParleyFetch

/// The fetch bench's baseline: the curl command-line tool fetching the same URLs with the same conditional headers
/// in parallel (`--parallel --parallel-max C`, one `next` group per URL in a config file).
enum CurlBaseline {
    static let curlPath = "/usr/bin/curl"

    static func run(_ states: [FeedHTTPState], concurrency: Int) -> FetchBenchmark.Measurement {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("urls.curlrc")
        let codes = directory.appendingPathComponent("codes.txt")
        var lines: [String] = []
        for (index, state) in states.enumerated() {
            if index > 0 { lines.append("next") }
            lines.append("url = \"\(state.url)\"")
            lines.append("output = \"/dev/null\"")
            lines.append("silent")
            lines.append("compressed")  // Parley asks for compression too (CURLOPT_ACCEPT_ENCODING "")
            lines.append("write-out = \"%{http_code}\\n\"")
            if let etag = state.etag {
                lines.append("header = \"If-None-Match: \(etag.replacingOccurrences(of: "\"", with: "\\\""))\"")
            }
        }
        try? (lines.joined(separator: "\n") + "\n").write(to: config, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: codes.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: curlPath)
        process.arguments = ["--parallel", "--parallel-max", String(concurrency), "--config", config.path]
        process.standardOutput = try? FileHandle(forWritingTo: codes)
        process.standardError = FileHandle.nullDevice
        let cpuBefore = ResourceUsage.cpuSeconds(RUSAGE_CHILDREN.rawValue)
        let start = ContinuousClock.now
        do {
            try process.run()
        } catch {
            return FetchBenchmark.Measurement(wall: 0, cpu: 0, peakResident: 0, ok: 0, notModified: 0, failed: states.count)
        }
        // curl's own high-water mark, sampled from /proc while it runs (VmHWM only grows). RUSAGE_CHILDREN's
        // ru_maxrss is no use here: posix_spawn's vfork child counts this process's resident set until exec.
        var peakResident = 0
        while process.isRunning {
            peakResident = max(peakResident, Self.highWaterMark(of: process.processIdentifier))
            usleep(2000)
        }
        process.waitUntilExit()
        let wall = (ContinuousClock.now - start).seconds
        let cpu = ResourceUsage.cpuSeconds(RUSAGE_CHILDREN.rawValue) - cpuBefore
        let statuses = ((try? String(contentsOf: codes, encoding: .utf8)) ?? "").split(separator: "\n")
        let ok = statuses.filter { $0 == "200" }.count
        let notModified = statuses.filter { $0 == "304" }.count
        return FetchBenchmark.Measurement(
            wall: wall, cpu: cpu, peakResident: peakResident, ok: ok, notModified: notModified,
            failed: states.count - ok - notModified)
    }
}

extension CurlBaseline {
    /// VmHWM of another process, in bytes (0 once it is gone).
    static func highWaterMark(of pid: Int32) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        return 0
    }
}

/// `parley loopback-serve` as a child process; its port is the first line it prints.
final class BenchServerProcess {
    let port: Int
    private let process: Process
    private let input: Pipe

    private init(port: Int, process: Process, input: Pipe) {
        self.port = port
        self.process = process
        self.input = input
    }

    static func start(executable: String) throws -> BenchServerProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["loopback-serve"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw FetchError(url: executable, reason: .transfer("loopback-serve printed no port"))
        }
        return BenchServerProcess(port: port, process: process, input: input)
    }

    /// Closing its standard input ends the server.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
