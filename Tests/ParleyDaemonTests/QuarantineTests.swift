import Foundation
import ParleyCore
import ParleyStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// Issue 15: one feed's body that crashes the daemon cannot crash-loop it. With the test-only hook
    /// (`PARLEY_TEST_CRASH_ON_BODY`, debug builds) the real `parley run` traps on the poison feed's body each time
    /// it starts processing it; after the second interrupted run the body is quarantined: skipped, logged and
    /// stored, while the good feed's alerts keep flowing, new reports included.
    @Suite("Quarantine", .serialized)
    struct QuarantineTests {
        static let marker = "PARLEY-TEST-POISON-BODY"

        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func bodyThatCrashesTheDaemonIsQuarantinedAndOtherFeedsFlow() async throws {
            let reports = try FixtureFeed.reports()
            var poison = reports[0]
            poison.url += "-poison"
            poison.text += "\n" + Self.marker
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "poison", reports: [poison])
            newsroom.publish(feed: "good", reports: Array(reports.prefix(2)))

            let directory = try TestDirectory("quarantine")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("poison"), newsroom.feedURL("good")], hookURL: nil))
            let environment = ["PARLEY_TEST_CRASH_ON_BODY": Self.marker]
            func run(_ log: String) throws -> DaemonProcess {
                try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                  stderrPath: directory.url.appendingPathComponent(log), environment: environment)
            }

            // Two runs die on the poison body, as a parser crash would kill them.
            for attempt in 1...QuarantineGuardLimit.interruptions {
                let daemon = try run("daemon-crash-\(attempt).log")
                let exit = await daemon.wait(timeout: .seconds(30))
                #expect(exit?.signaled == true, "run \(attempt) should have crashed: \(daemon.output.suffix(2000))")
                if exit == nil { await daemon.kill9() }
            }

            // The next run quarantines it and carries on with the good feed, new reports included.
            let daemon = try run("daemon.log")
            newsroom.publish(feed: "good", reports: Array(reports[2..<4]))
            let expected = try await DaemonRunSupport.expectedAlertIDs(
                feedURL: newsroom.feedURL("good"), feedTitle: "Newsroom good", reports: Array(reports.prefix(4)))
            #expect(!expected.isEmpty)
            let logPath = directory.path("log/alerts.jsonl")
            let flowed = await DaemonRunSupport.eventually(timeout: .seconds(40)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])).isSuperset(of: expected)
                    && daemon.output.contains("skipped until the feed's content changes")
            }
            #expect(flowed, "\(daemon.output.suffix(4000))")
            let output = daemon.output
            #expect(output.contains("body quarantined: the daemon stopped while processing it"), "\(output.suffix(3000))")
            #expect(output.contains("quarantined_bodies=1"))
            #expect(output.contains(newsroom.feedURL("poison")))
            #expect(!output.contains("PARLEY_TEST_CRASH_ON_BODY: test-only crash"), "the quarantined body was processed")

            // Visible in the store, for operators and tools.
            let store = try SQLiteStateStore(directory: directory.path("state"))
            let quarantined = try await store.quarantinedBodies()
            #expect(quarantined.map(\.feedURL) == [newsroom.feedURL("poison")])
            #expect(quarantined.first?.interruptions == QuarantineGuardLimit.interruptions)
            try store.close()
            let status = try DaemonProcess(["status", "--state-dir", directory.path("state")],
                                           stderrPath: directory.url.appendingPathComponent("status.log"))
            _ = await status.wait(timeout: .seconds(20))
            #expect(status.output.contains("QUARANTINED BODIES"), "parley status: \(status.output)")

            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            #expect(exit?.status == 0, "\(daemon.output.suffix(2000))")
        }
    }
}

/// Interrupted runs before a body is quarantined, as `QuarantineStore` sets it.
enum QuarantineGuardLimit {
    static let interruptions = SQLiteStateStore.interruptionsBeforeQuarantine
}
