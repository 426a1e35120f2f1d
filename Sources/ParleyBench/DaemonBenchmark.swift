import Foundation
import Glibc
import ParleyFetch

/// `parley bench --suite daemon` (issue 14): the real `parley run`, as a child process, polling N loopback feeds
/// (served by `parley loopback-serve` in a process of its own) every second; after every feed's first poll, its
/// steady state is measured: polls per second (from its own `/metrics`, `parley_polls_total`) and CPU per poll
/// (the daemon's user + system time from `/proc/PID/stat`). Polling 10,000 feeds must cost per poll within 1.5x of
/// polling 100: the due-queue, roster and store must not grow per poll with the number of feeds.
public enum DaemonBenchmark {
    public struct Result: Sendable {
        public var feeds: Int
        public var polls: Int
        public var seconds: Double
        public var cpuSeconds: Double
        public var pollsPerSecond: Double { Double(polls) / seconds }
        public var cpuPerPoll: Double { cpuSeconds / Double(max(polls, 1)) }
    }

    @discardableResult
    public static func run(executable: String, modelPath: String, counts: [Int] = [100, 1000, 10000],
                           window: Duration = .seconds(10), log: (String) -> Void) async -> [Result] {
        let server: BenchServerProcess
        do {
            server = try BenchServerProcess.start(executable: executable)
        } catch {
            log("daemon: cannot start the loopback feed server: \(error)")
            return []
        }
        defer { server.stop() }
        log("daemon: parley run polling N loopback feeds every 1 s (a 304 after each feed's first poll), "
            + "concurrency 32; steady state over \(window.seconds) s once every feed was polled")
        var results: [Result] = []
        for count in counts {
            do {
                let result = try await measure(executable: executable, modelPath: modelPath, port: server.port,
                                               count: count, window: window)
                results.append(result)
                log(String(format: "  N = %5d: %8.0f polls/s  %7.3f ms CPU per poll  (%d polls in %.1f s, %.2f s CPU)",
                           count, result.pollsPerSecond, result.cpuPerPoll * 1000, result.polls, result.seconds,
                           result.cpuSeconds))
            } catch {
                log("  N = \(count): failed: \(error)")
            }
        }
        if let small = results.first, let large = results.last, large.feeds > small.feeds {
            log(String(format: "  CPU per poll at N = %d vs N = %d: %.2fx (target <= 1.5x)", large.feeds, small.feeds,
                       large.cpuPerPoll / max(small.cpuPerPoll, 1e-9)))
        }
        return results
    }

    struct BenchError: Error, CustomStringConvertible {
        var description: String
    }

    private static func measure(executable: String, modelPath: String, port: Int, count: Int, window: Duration)
        async throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-daemon-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var config = """
            model: \(modelPath)
            state_directory: \(directory.path)/state
            alert_log: \(directory.path)/alerts.jsonl
            log_level: info
            metrics:
              listen: 127.0.0.1:0
            limits:
              concurrency: 32
              per_host_concurrency: 32
              allow_private_addresses: true
              default_poll_interval: 1s
              min_poll_interval: 1s
              max_poll_interval: 1m
            feeds:

            """
        for number in 0..<count { config += "  - http://127.0.0.1:\(port)/quiet/\(number).xml\n" }
        let configFile = directory.appendingPathComponent("parley.yaml")
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        let logFile = directory.appendingPathComponent("daemon.log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["run", "--config", configFile.path]
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning {
                kill(process.processIdentifier, SIGTERM)
                process.waitUntilExit()
            }
        }
        // The metrics endpoint's address, from the daemon's log.
        var endpoint: String?
        let started = ContinuousClock.now
        while endpoint == nil {
            guard process.isRunning else {
                throw BenchError(description: "parley run exited: \(String(decoding: (try? Data(contentsOf: logFile)) ?? Data(), as: UTF8.self).suffix(500))")
            }
            if ContinuousClock.now - started > .seconds(60) { throw BenchError(description: "no metrics endpoint in 60 s") }
            try await Task.sleep(for: .milliseconds(100))
            let text = String(decoding: (try? Data(contentsOf: logFile)) ?? Data(), as: UTF8.self)
            if let range = text.range(of: "metrics.url=") {
                endpoint = String(text[range.upperBound...].prefix { !$0.isWhitespace })
            }
        }
        let client = CurlHTTPClient(configuration: FetchConfiguration(allowPrivateAddresses: true), bodyLimit: 1 << 20)
        func polls() async throws -> Int {
            let response = try await client.send(HTTPRequest(url: endpoint!, timeout: .seconds(10)))
            let text = String(decoding: response.body, as: UTF8.self)
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("parley_polls_total ") }),
                  let value = Double(line.split(separator: " ").last ?? "") else {
                throw BenchError(description: "no parley_polls_total in the metrics")
            }
            return Int(value)
        }
        // Warm-up: every feed polled once (its first answer is a 200, then 304s), and one more second.
        let warmUp = ContinuousClock.now
        while try await polls() < count {
            if ContinuousClock.now - warmUp > .seconds(600) { throw BenchError(description: "warm-up over 600 s") }
            try await Task.sleep(for: .milliseconds(200))
        }
        try await Task.sleep(for: .seconds(1))
        let pid = process.processIdentifier
        let (polls0, cpu0, t0) = (try await polls(), cpuSeconds(pid: pid), ContinuousClock.now)
        try await Task.sleep(for: window)
        // CPU first: the last scrape (which reads the state) is not counted against the polls.
        let (cpu1, t1) = (cpuSeconds(pid: pid), ContinuousClock.now)
        let polls1 = try await polls()
        return Result(feeds: count, polls: polls1 - polls0, seconds: (t1 - t0).seconds, cpuSeconds: cpu1 - cpu0)
    }

    /// User + system CPU seconds of a process, from `/proc/PID/stat` (fields 14 and 15, in clock ticks).
    static func cpuSeconds(pid: Int32) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return 0 }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
