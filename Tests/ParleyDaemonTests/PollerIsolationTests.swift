import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// One bad feed never stalls the others: with a feed that never answers and one that serves HTML beside a good
    /// feed, the good feed's reports are alerted promptly and the daemon still shuts down cleanly.
    @Suite("Poller isolation")
    struct PollerIsolationTests {
        @Test(.timeLimit(.minutes(1)), DaemonProcess.available)
        func stalledAndBrokenFeedsDoNotDelayAGoodOne() async throws {
            let reports = Array(try FixtureFeed.reports().prefix(3))
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "good", reports: reports)
            let expected = try await DaemonRunSupport.expectedAlertIDs(
                feedURL: newsroom.feedURL("good"), feedTitle: "Newsroom good", reports: reports)
            #expect(!expected.isEmpty)

            let directory = try TestDirectory("isolation")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory,
                feeds: [newsroom.feedURL("stall"), newsroom.feedURL("broken"), newsroom.feedURL("good")],
                hookURL: nil, requestTimeout: "60s"))
            let started = ContinuousClock.now
            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let logPath = directory.path("log/alerts.jsonl")
            let done = await DaemonRunSupport.eventually(timeout: .seconds(30)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])) == Set(expected)
            }
            let elapsed = ContinuousClock.now - started
            #expect(done, "\(daemon.output.suffix(3000))")
            // Far inside the 15 s the stalled fetch holds its slot before the low-speed limit cuts it (a generous
            // bound for a loaded machine; unloaded it takes about one second).
            #expect(elapsed < .seconds(12), "good feed alerted after \(elapsed)")
            #expect(daemon.output.contains("not a feed"), "the HTML feed's error should be logged")

            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            #expect(exit?.status == 0, "\(daemon.output.suffix(2000))")
        }
    }
}
