import Foundation
import Testing

extension DaemonProcesses {
    /// `parley bench --suite daemon` (issue 14) on a small scale (the 10,000-feed run is for `parley bench`, not
    /// tests): the real daemon polls loopback feeds and the suite reports polls per second and CPU per poll
    /// from the daemon's own metrics and /proc.
    @Suite("Daemon bench", .serialized)
    struct DaemonBenchTests {
        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func theDaemonSuiteMeasuresPollsAndCPU() async throws {
            let directory = try TestDirectory("bench-daemon")
            let bench = try DaemonProcess(["bench", "--suite", "daemon", "--feeds", "10,40", "--seconds", "2"],
                                          stderrPath: directory.url.appendingPathComponent("bench.out"))
            let exit = await bench.wait(timeout: .seconds(100))
            if exit == nil { await bench.kill9() }
            let output = bench.output
            print(output)
            #expect(exit?.status == 0, "\(output)")
            for count in [10, 40] {
                let line = try #require(output.split(separator: "\n").first { $0.contains("N = \(String(repeating: " ", count: 5 - String(count).count))\(count):") },
                                        "no line for N = \(count):\n\(output)")
                let numbers = line.split(separator: " ").compactMap { Double($0) }
                // Polls/s, ms CPU per poll, ...: every feed is polled about once a second.
                #expect(numbers.count >= 2, "\(line)")
                if numbers.count >= 2 {
                    #expect(numbers[0] >= Double(count) * 0.4 && numbers[0] <= Double(count) * 1.5, "\(line)")
                    #expect(numbers[1] > 0, "\(line)")
                }
            }
            #expect(output.contains("CPU per poll at N = 40 vs N = 10:"))
        }
    }
}
