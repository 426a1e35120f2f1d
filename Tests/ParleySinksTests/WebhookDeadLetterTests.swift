import Foundation
import ParleyCore
import ParleyLoopback
import ParleyStore
@testable import ParleySinks
import Synchronization
import Testing

/// Permanent and transient webhook failures, end to end: real libcurl posting to a real receiver on 127.0.0.1,
/// the outbox in a real SQLite file.
@Suite("Webhook dead letters")
struct WebhookDeadLetterTests {
    /// A backoff so slow that any retry of the head of the queue would stall the test past its limit.
    static let slow = RetryPolicy(initialDelay: .seconds(600), maxDelay: .seconds(600), maxAttempts: 30, jitter: 0)

    static func sink(_ server: LoopbackServer, store: any StateStore, policy: RetryPolicy) -> WebhookSink {
        WebhookSink(endpoint: WebhookEndpoint(name: "hook", url: server.url("/hook"), timeout: .seconds(10)),
                    store: store, transport: CurlWebhookTransport(), logger: SinkFixtures.logger, policy: policy,
                    pollInterval: .milliseconds(50))
    }

    static func alertID(_ request: LoopbackRequest) -> String {
        String((request.header("webhook-id") ?? "").dropFirst("msg_".count))
    }

    @Test("a 400 goes to the dead letters at once, with its status and a bounded excerpt, and does not delay the next alert")
    func permanentFailureDoesNotBlock() async throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStateStore(directory: dir.path)
        try await SinkFixtures.commit(["a1", "a2", "a3"], sinks: ["hook"], to: store)
        // The refusal's body is long (10 KiB) and multi-byte, to check the cut.
        let refusal = "invalid_payload: é" + String(repeating: "ü", count: 5000)
        let server = LoopbackServer { request in
            Self.alertID(request) == "a1" ? .text(refusal, status: 400) : .status(204)
        }
        try await server.start()
        let sink = Self.sink(server, store: store, policy: Self.slow)
        let loop = Task { await sink.run() }
        try await waitUntil { try await store.pendingDeliveries(sink: "hook", limit: 1).isEmpty }
        loop.cancel()
        await loop.value
        let requests = server.recordedRequests
        await server.shutdown()

        #expect(requests.map(Self.alertID) == ["a1", "a2", "a3"])
        let dead = try await store.deliveries(matching: DeliveryFilter(states: [.dead]))
        #expect(dead.map(\.alertID) == ["a1"])
        let head = try #require(dead.first)
        #expect(head.attempts == 1 && head.lastStatus == 400)
        #expect(head.lastError?.contains("HTTP 400") == true)
        let excerpt = try #require(head.lastResponse)
        #expect(excerpt.hasPrefix("invalid_payload: é"))
        #expect(excerpt.utf8.count <= DeliveryResponse.excerptLimit && excerpt.utf8.count >= DeliveryResponse.excerptLimit - 3)
        #expect(!excerpt.contains("\u{FFFD}"), "the cut split a character")
        #expect(try await store.deliveries(state: .delivered, sink: "hook").map(\.alertID) == ["a2", "a3"])
    }

    @Test("503 then 200: the head is retried, stays first, and is delivered; its failure is kept meanwhile")
    func transientFailureRetries() async throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStateStore(directory: dir.path)
        try await SinkFixtures.commit(["a1", "a2"], sinks: ["hook"], to: store)
        let answered = Mutex(0)
        let server = LoopbackServer { _ in
            let count = answered.withLock { count in
                count += 1
                return count
            }
            return count == 1 ? .text("try later", status: 503) : .status(200)
        }
        try await server.start()
        let sink = Self.sink(server, store: store, policy: RetryPolicy(initialDelay: .milliseconds(300), jitter: 0))
        let loop = Task { await sink.run() }
        // Between the two attempts the delivery is pending, with the endpoint's answer kept.
        try await waitUntil {
            guard let head = try await store.pendingDeliveries(sink: "hook", limit: 1).first else { return true }
            return head.delivery.lastStatus == 503
        }
        let waiting = try await store.deliveries(matching: DeliveryFilter(states: [.pending], alertID: "a1")).first
        try await waitUntil { try await store.pendingDeliveries(sink: "hook", limit: 1).isEmpty }
        loop.cancel()
        await loop.value
        let requests = server.recordedRequests
        await server.shutdown()

        #expect(requests.map(Self.alertID) == ["a1", "a1", "a2"])
        if let waiting {
            #expect(waiting.lastResponse == "try later" && waiting.attempts == 1)
        }
        let delivered = try await store.deliveries(state: .delivered, sink: "hook")
        #expect(delivered.map(\.alertID) == ["a1", "a2"] && delivered.map(\.attempts) == [2, 1])
        #expect(delivered.first?.lastStatus == nil)
        #expect(try await store.deliveries(matching: DeliveryFilter(states: DeliveryState.deadLetters)).isEmpty)
    }

    @Test("which answers are retried and which are dead letters at once", arguments: [
        (200, false, false), (204, false, false), (408, true, false), (429, true, false), (500, true, false),
        (502, true, false), (503, true, false), (400, false, true), (401, false, true), (403, false, true),
        (404, false, true), (410, false, true), (413, false, true), (422, false, true), (301, false, true),
    ])
    func classification(status: Int, transient: Bool, permanent: Bool) {
        let response = WebhookResponse(status: status)
        #expect(response.isTransientFailure == transient)
        #expect((!response.isSuccess && !response.isTransientFailure) == permanent)
    }

    @Test("a loop cancelled while a POST is in flight still records it delivered (no second delivery)")
    func cancelledDuringDelivery() async throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStateStore(directory: dir.path)
        try await SinkFixtures.commit(["a1"], sinks: ["hook"], to: store)
        let gate = AsyncStream<Void>.makeStream()
        let server = LoopbackServer { _ in
            for await _ in gate.stream { break }
            return .status(200)
        }
        try await server.start()
        let sink = Self.sink(server, store: store, policy: Self.slow)
        let loop = Task { await sink.run() }
        let arrived = await server.waitForRequests(count: 1, timeout: .seconds(30))
        #expect(arrived.count == 1)
        // The stop comes while the endpoint is still answering; the answer comes after it.
        loop.cancel()
        try await Task.sleep(for: .milliseconds(200))
        gate.continuation.yield()
        await loop.value
        await server.shutdown()
        let delivered = try await store.deliveries(state: .delivered, sink: "hook")
        #expect(delivered.map(\.alertID) == ["a1"])
        #expect(try await store.pendingDeliveries(sink: "hook", limit: 10).isEmpty)
    }
}
