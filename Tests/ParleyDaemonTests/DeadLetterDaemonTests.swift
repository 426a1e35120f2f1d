import Foundation
import ParleyLoopback
import ParleyStore
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// Issue 14, end to end: an endpoint that refuses every payload (400) gets each alert once, never a retry,
    /// and the refusals become dead letters with the endpoint's answer; once it is fixed, `parley deliveries
    /// retry`, run beside the daemon, has the daemon deliver them all.
    @Suite("Dead letters with a running daemon", .serialized)
    struct DeadLetterDaemonTests {
        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func refusedAlertsAreDeadLetteredThenRetriedFromTheCommandLine() async throws {
            let reports = try FixtureFeed.reports()
            let newsroom = Newsroom()
            try await newsroom.start()
            let refusing = Mutex(true)
            let receiver = LoopbackServer { _ in
                refusing.withLock { $0 } ? .text("{\"error\":\"invalid_payload\"}", status: 400,
                                                contentType: "application/json") : .status(204)
            }
            try await receiver.start()
            defer {
                Task {
                    await newsroom.shutdown()
                    await receiver.shutdown()
                }
            }
            newsroom.publish(feed: "dead", reports: reports)
            let directory = try TestDirectory("dead-letters")
            let configPath = directory.path("parley.yaml")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("dead")], hookURL: receiver.url("/hook")))
            let expected = try await DaemonRunSupport.expectedAlertIDs(
                feedURL: newsroom.feedURL("dead"), feedTitle: "Newsroom dead", reports: reports)
            #expect(expected.count >= 2)

            let daemon = try DaemonProcess(["run", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let store = try SQLiteStateStore(directory: directory.path("state"))
            let deadLettered = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                let dead = (try? await store.deliveries(matching: DeliveryFilter(sink: "receiver", states: [.dead])))
                return dead?.count == expected.count
            }
            #expect(deadLettered, "\(daemon.output.suffix(3000))")
            let dead = try await store.deliveries(matching: DeliveryFilter(sink: "receiver", states: [.dead]))
            #expect(Set(dead.map(\.alertID)) == Set(expected))
            #expect(dead.allSatisfy { $0.attempts == 1 && $0.lastStatus == 400 })
            #expect(dead.allSatisfy { $0.lastResponse == "{\"error\":\"invalid_payload\"}" })
            // One request per alert: a 400 is never retried, and none waited behind another.
            let refused = receiver.recordedRequests.map { $0.header("webhook-id") ?? "" }
            #expect(refused.sorted() == expected.map { "msg_" + $0 }.sorted())

            // `parley status` beside the running daemon: the feed is healthy, the endpoint's letters dead.
            let status = try DaemonProcess(["status", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("status.log"))
            #expect(await status.wait(timeout: .seconds(60))?.status == 0, "\(status.output)")
            let rows = status.output.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
            #expect(rows.contains { $0.count > 6 && $0[1] == "ok" && $0[6] == newsroom.feedURL("dead") },
                    "\(status.output)")
            #expect(rows.contains { Array($0.prefix(5)) == ["receiver", "0", "0", "\(expected.count)", "0"] },
                    "\(status.output)")

            // Fixed; the operator queues the dead letters again while the daemon runs.
            refusing.withLock { $0 = false }
            let retry = try DaemonProcess(["deliveries", "retry", "--config", configPath, "--endpoint", "receiver"],
                                          stderrPath: directory.url.appendingPathComponent("retry.log"))
            let retried = await retry.wait(timeout: .seconds(60))
            #expect(retried?.status == 0 && retry.output.contains("\(expected.count) deliveries queued"),
                    "\(retry.output)")
            let delivered = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                let done = (try? await store.deliveries(matching: DeliveryFilter(sink: "receiver", states: [.delivered])))
                return done?.count == expected.count
            }
            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(30))
            if exit == nil { await daemon.kill9() }
            #expect(delivered, "\(daemon.output.suffix(3000))")
            #expect(exit?.status == 0)
            let all = receiver.recordedRequests.map { $0.header("webhook-id") ?? "" }
            #expect(Array(all.dropFirst(refused.count)) == expected.map { "msg_" + $0 },
                    "the retried dead letters go out once each, in alert order")
            try store.close()
        }
    }
}
