import Foundation
import ParleyLoopback
import ParleyStore
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// Issue 14: a clean SIGTERM while a webhook POST is in flight. The receiver takes the request, the daemon is
    /// told to stop, then the receiver answers 204: the daemon records the success before it exits, so the
    /// next start never sends that alert a second time.
    @Suite("SIGTERM during a webhook delivery", .serialized)
    struct DeliveryShutdownTests {
        /// A webhook receiver that holds its first request until `release()`, and answers 204 to everything.
        final class HeldReceiver: Sendable {
            let server: LoopbackServer
            private let gate = AsyncStream<Void>.makeStream()

            init() {
                let count = Mutex(0)
                let stream = gate.stream
                server = LoopbackServer { _ in
                    let number = count.withLock { count in
                        count += 1
                        return count
                    }
                    if number == 1 {
                        for await _ in stream { break }
                    }
                    return .status(204)
                }
            }

            func release() { gate.continuation.yield() }

            var webhookIDs: [String] { server.recordedRequests.map { $0.header("webhook-id") ?? "" } }
        }

        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func sigtermDuringDeliveryDoesNotDeliverTwice() async throws {
            let reports = try FixtureFeed.reports()
            let newsroom = Newsroom()
            try await newsroom.start()
            let receiver = HeldReceiver()
            try await receiver.server.start()
            defer {
                receiver.release()
                Task {
                    await newsroom.shutdown()
                    await receiver.server.shutdown()
                }
            }
            newsroom.publish(feed: "term", reports: [])
            let directory = try TestDirectory("sigterm-delivery")
            let configPath = directory.path("parley.yaml")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("term")], hookURL: receiver.server.url("/hook")))
            let expected = try await DaemonRunSupport.expectedAlertIDs(
                feedURL: newsroom.feedURL("term"), feedTitle: "Newsroom term", reports: reports)
            #expect(expected.count >= 2)

            // First run: ready and polled once (an empty feed), then the reports appear as news.
            let first = try DaemonProcess(["run", "--config", configPath],
                                          stderrPath: directory.url.appendingPathComponent("first.log"))
            let polled = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                first.output.contains("msg=\"daemon ready\"") && newsroom.feedRequestCount("term") >= 1
            }
            #expect(polled, "the daemon did not start polling:\n\(first.output.suffix(3000))")
            newsroom.publish(feed: "term", reports: reports)
            let held = await receiver.server.waitForRequests(count: 1, timeout: .seconds(60))
            try #require(held.count == 1, "no webhook arrived:\n\(first.output.suffix(3000))")
            let heldID = held[0].header("webhook-id") ?? ""

            // Stop while the POST is in flight; the receiver answers a moment later.
            first.signal(SIGTERM)
            try await Task.sleep(for: .milliseconds(400))
            receiver.release()
            let exit = await first.wait(timeout: .seconds(30))
            if exit == nil { await first.kill9() }
            #expect(exit?.status == 0 && exit?.signaled == false,
                    "SIGTERM should exit 0, got \(String(describing: exit)):\n\(first.output.suffix(3000))")

            let store = try SQLiteStateStore(directory: directory.path("state"))
            let recorded = try await store.deliveries(matching: DeliveryFilter(sink: "receiver"))
                .first { "msg_" + $0.alertID == heldID }
            #expect(recorded?.state == .delivered, "the held delivery was left \(String(describing: recorded?.state))")
            try store.close()

            // Second run: everything else goes out, the held alert never again.
            let second = try DaemonProcess(["run", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("second.log"))
            let settled = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                second.output.contains("msg=\"daemon ready\"")
                    && Set(receiver.webhookIDs).isSuperset(of: expected.map { "msg_" + $0 })
            }
            second.signal(SIGTERM)
            if await second.wait(timeout: .seconds(30)) == nil { await second.kill9() }
            #expect(settled, "not every alert was delivered:\n\(second.output.suffix(3000))")
            let ids = receiver.webhookIDs
            #expect(ids.filter { $0 == heldID }.count == 1, "\(heldID) delivered \(ids.filter { $0 == heldID }.count) times")
            #expect(ids.count == Set(ids).count, "some alert was delivered twice: \(ids)")
        }
    }
}
