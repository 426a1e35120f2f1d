import Foundation
import ParleyCore
import Glibc
import ParleyFetch

/// `parley bench --suite fetch`: one poll cycle over N loopback feeds (half answered 200, half 304 to a conditional
/// GET) by `CurlFeedFetcher`, beside a baseline measured in the same run: the same URLs and headers fetched by
/// `curl --parallel --parallel-max C` at the same concurrency. The feeds are served by `parley loopback-serve` in a
/// separate process, so the server's CPU and memory count against neither side. Issue 6's targets: within 1.5x the
/// baseline's wall time, and a 10,000-feed cycle under 100 MB resident.
public enum FetchBenchmark {
    public static func run(
        executable: String, counts: [Int] = [1000, 10000], concurrency: Int = 32, rounds: Int = 3,
        log: (String) -> Void
    ) async {
        let server: BenchServerProcess
        do {
            server = try BenchServerProcess.start(executable: executable)
        } catch {
            log("fetch: cannot start the loopback feed server: \(error)")
            return
        }
        defer { server.stop() }
        guard FileManager.default.isExecutableFile(atPath: CurlBaseline.curlPath) else {
            log("fetch: skipped: \(CurlBaseline.curlPath) not found for the baseline")
            return
        }

        var configuration = FetchConfiguration()
        configuration.concurrency = concurrency
        configuration.perHostConcurrency = concurrency  // every bench feed is on one host
        configuration.allowPrivateAddresses = true
        let fetcher = CurlFeedFetcher(configuration: configuration)
        let requests = { (count: Int) in
            (0..<count).map { number in
                FeedHTTPState(
                    url: "http://127.0.0.1:\(server.port)/feed/\(number).xml",
                    etag: number % 2 == 1 ? BenchFeedServer.etag(of: number) : nil)
            }
        }
        // Warm both sides up (page cache, connection setup paths, the server's JIT-free but cold caches).
        _ = await pollCycle(fetcher, requests(200), concurrency: concurrency)
        _ = CurlBaseline.run(requests(200), concurrency: concurrency)

        log("fetch: one poll cycle over N loopback feeds (half 200 with a 2 KB body, half 304), concurrency "
            + "\(concurrency); baseline: curl --parallel --parallel-max \(concurrency) on the same URLs and headers; "
            + "best of \(rounds) rounds")
        for count in counts {
            let states = requests(count)
            // Best of `rounds` by wall time, the two sides alternating so load changes hit both alike.
            var parley: Measurement?
            var baseline: Measurement?
            for _ in 0..<rounds {
                let parleyRound = await measureParley(fetcher, states, concurrency: concurrency)
                let baselineRound = CurlBaseline.run(states, concurrency: concurrency)
                if parley.map({ parleyRound.wall < $0.wall }) ?? true { parley = parleyRound }
                if baseline.map({ baselineRound.wall < $0.wall }) ?? true { baseline = baselineRound }
            }
            report(count: count, parley: parley!, baseline: baseline!, log: log)
        }
    }

    struct Measurement {
        var wall: Double
        var cpu: Double
        /// Peak resident set of the measuring process (Parley) or of curl, bytes.
        var peakResident: Int
        var ok: Int
        var notModified: Int
        var failed: Int
    }

    private static func measureParley(_ fetcher: CurlFeedFetcher, _ states: [FeedHTTPState], concurrency: Int) async
        -> Measurement
    {
        _ = try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)  // reset VmHWM
        let cpuBefore = ResourceUsage.cpuSeconds(RUSAGE_SELF.rawValue)
        let start = ContinuousClock.now
        let counts = await pollCycle(fetcher, states, concurrency: concurrency)
        let wall = ContinuousClock.now - start
        let cpu = ResourceUsage.cpuSeconds(RUSAGE_SELF.rawValue) - cpuBefore
        return Measurement(
            wall: wall.seconds, cpu: cpu, peakResident: PeakMemory.status("VmHWM"), ok: counts.ok,
            notModified: counts.notModified, failed: counts.failed)
    }

    /// Polls every feed once, as the daemon's poller does: a bounded window of tasks in flight, the fetcher's own
    /// limits deciding what runs.
    static func pollCycle(_ fetcher: CurlFeedFetcher, _ states: [FeedHTTPState], concurrency: Int) async
        -> (ok: Int, notModified: Int, failed: Int)
    {
        await withTaskGroup(of: FetchOutcome.self) { group in
            var counts = (ok: 0, notModified: 0, failed: 0)
            func tally(_ outcome: FetchOutcome) {
                switch outcome {
                case .fetched: counts.ok += 1
                case .notModified: counts.notModified += 1
                case .failed: counts.failed += 1
                }
            }
            var next = 0
            let window = concurrency * 4
            while next < min(window, states.count) {
                let state = states[next]
                group.addTask { await fetcher.fetch(FetchRequest(state: state)) }
                next += 1
            }
            while let outcome = await group.next() {
                tally(outcome)
                if next < states.count {
                    let state = states[next]
                    group.addTask { await fetcher.fetch(FetchRequest(state: state)) }
                    next += 1
                }
            }
            return counts
        }
    }

    private static func report(count: Int, parley: Measurement, baseline: Measurement, log: (String) -> Void) {
        func line(_ name: String, _ m: Measurement) -> String {
            String(
                format: "    %@ %7.3f s wall  %8.0f feeds/s  %6.2f s CPU  %6.1f MB peak resident  (%d 200, %d 304, %d failed)",
                name, m.wall, Double(count) / m.wall, m.cpu, Double(m.peakResident) / 1_048_576, m.ok,
                m.notModified, m.failed)
        }
        log("  N = \(count)")
        log(line("baseline (curl --parallel):", baseline))
        log(line("parley (CurlFeedFetcher):  ", parley))
        log(String(
            format: "    wall ratio parley/baseline: %.2fx (target <= 1.5x); CPU ratio %.2fx; peak resident %.1f MB "
                + "(target < 100 MB for N = 10,000)",
            parley.wall / baseline.wall, parley.cpu / max(baseline.cpu, 0.001),
            Double(parley.peakResident) / 1_048_576))
    }
}

enum ResourceUsage {
    static func cpuSeconds(_ who: __rusage_who_t) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
