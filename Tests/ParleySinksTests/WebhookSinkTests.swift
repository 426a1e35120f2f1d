import Foundation
import ParleyCore
import ParleyStore
@testable import ParleySinks
import ParleyTestSupport
import Testing

@Suite("Webhook sink")
struct WebhookSinkTests {
    static let fast = RetryPolicy(initialDelay: .milliseconds(10), multiplier: 2, maxDelay: .milliseconds(40),
                                  maxAttempts: 4, jitter: 0)

    func endpoint(_ name: String = "hook", secret: WebhookSecret? = nil) -> WebhookEndpoint {
        WebhookEndpoint(name: name, url: "http://127.0.0.1:9/\(name)", secret: secret,
                        headers: [HTTPHeader("X-Team", "desk"), HTTPHeader("webhook-signature", "v1,forged")])
    }

    @Test("retries keep the webhook-id, re-sign with a fresh timestamp, and hold later alerts back")
    func retriesInOrder() async throws {
        let store = try await SinkFixtures.store(alerts: ["a1", "a2"], sinks: ["hook"])
        let transport = RecordingWebhookTransport(script: [.status(503), .networkError("connection refused")])
        let secret = WebhookSecret.random()
        let sink = WebhookSink(endpoint: endpoint(secret: secret), store: store, transport: transport,
                               logger: SinkFixtures.logger, policy: Self.fast)
        let loop = Task { await sink.run() }
        try await waitUntil { try await store.pendingDeliveries(sink: "hook", limit: 1).isEmpty }
        loop.cancel()
        await loop.value

        let requests = await transport.requests
        #expect(requests.map { $0.header("webhook-id") } == ["msg_a1", "msg_a1", "msg_a1", "msg_a2"])
        for request in requests {
            #expect(request.header("X-Team") == "desk")
            #expect(request.header("Content-Type") == "application/json")
            #expect(request.headers.filter { $0.name.lowercased() == "webhook-signature" }.count == 1)
            try StandardWebhooks.verify(id: try #require(request.header("webhook-id")),
                                        timestamp: try #require(request.header("webhook-timestamp")),
                                        signatures: try #require(request.header("webhook-signature")),
                                        body: request.body, secret: secret)
        }
        let delivered = try await store.deliveries(state: .delivered, sink: "hook")
        #expect(delivered.map(\.attempts) == [3, 1])
    }

    @Test("a delivery that exhausts its retries is kept as failed, listed, and the next one goes")
    func givesUpAndKeeps() async throws {
        let store = try await SinkFixtures.store(alerts: ["a1", "a2"], sinks: ["hook"])
        let transport = RecordingWebhookTransport(script: Array(repeating: .status(500), count: 4))
        let sink = WebhookSink(endpoint: endpoint(), store: store, transport: transport,
                               logger: SinkFixtures.logger, policy: Self.fast)
        let loop = Task { await sink.run() }
        try await waitUntil { try await store.pendingDeliveries(sink: "hook", limit: 1).isEmpty }
        loop.cancel()
        await loop.value
        let failed = try await store.deliveries(state: .failed, sink: "hook")
        #expect(failed.map(\.alertID) == ["a1"])
        #expect(failed.first?.attempts == 4)
        #expect(failed.first?.lastError?.contains("HTTP 500") == true)
        #expect(try await store.deliveries(state: .delivered, sink: "hook").map(\.alertID) == ["a2"])
        #expect(await transport.requests.count == 5)
    }

    @Test("a dead endpoint does not delay another endpoint")
    func deadEndpointIsolated() async throws {
        let store = try await SinkFixtures.store(alerts: ["a1", "a2", "a3"], sinks: ["dead", "live"])
        let dead = RecordingWebhookTransport(script: Array(repeating: .networkError("timed out"), count: 1000))
        let live = RecordingWebhookTransport()
        let slow = RetryPolicy(initialDelay: .seconds(60), maxAttempts: 100, jitter: 0)
        let sinks = [
            WebhookSink(endpoint: endpoint("dead"), store: store, transport: dead, logger: SinkFixtures.logger,
                        policy: slow),
            WebhookSink(endpoint: endpoint("live"), store: store, transport: live, logger: SinkFixtures.logger,
                        policy: slow),
        ]
        let loops = sinks.map { sink in Task { await sink.run() } }
        try await waitUntil { try await store.pendingDeliveries(sink: "live", limit: 1).isEmpty }
        for loop in loops {
            loop.cancel()
            await loop.value
        }
        #expect(await live.requests.map { $0.header("webhook-id") } == ["msg_a1", "msg_a2", "msg_a3"])
        #expect(await dead.requests.count == 1)
        #expect(try await store.pendingDeliveries(sink: "dead", limit: 10).count == 3)
    }

    @Test("without a secret, requests carry the id and timestamp but no signature")
    func unsigned() throws {
        let sink = WebhookSink(endpoint: endpoint(), store: MemoryStateStore(), transport: RecordingWebhookTransport(),
                               logger: SinkFixtures.logger, now: { SinkFixtures.epoch })
        let delivery = Delivery(id: 1, alertID: "a1", sink: "hook", webhookID: "msg_a1",
                                nextAttemptAt: SinkFixtures.epoch, createdAt: SinkFixtures.epoch)
        let request = try sink.makeRequest(PendingDelivery(delivery: delivery,
                                                           alertJSON: try AlertCoding.line(SinkFixtures.alert("a1"))))
        #expect(request.header("webhook-id") == "msg_a1")
        #expect(request.header("webhook-timestamp") == "1780000000")
        #expect(request.header("webhook-signature") == nil)
        #expect(request.url == "http://127.0.0.1:9/hook")
    }

    @Test("backoff doubles up to its cap, and gives up after the last attempt")
    func policy() {
        let policy = RetryPolicy(initialDelay: .seconds(5), multiplier: 2, maxDelay: .seconds(3600), maxAttempts: 30,
                                 jitter: 0)
        #expect(policy.delay(afterAttempts: 1) == .seconds(5))
        #expect(policy.delay(afterAttempts: 2) == .seconds(10))
        #expect(policy.delay(afterAttempts: 5) == .seconds(80))
        #expect(policy.delay(afterAttempts: 20) == .seconds(3600))
        #expect(!policy.givesUp(afterAttempts: 29) && policy.givesUp(afterAttempts: 30))
        let total = (1..<30).map { policy.delay(afterAttempts: $0).seconds }.reduce(0, +)
        #expect(total > 12 * 3600, "retries span many hours")
        let jittered = RetryPolicy(jitter: 0.1).delay(afterAttempts: 1)
        #expect(jittered >= .seconds(5) && jittered <= .seconds(5.5))
    }

    @Test("Retry-After from the endpoint postpones the retry beyond the backoff, up to the policy's cap")
    func retryAfter() async throws {
        let store = try await SinkFixtures.store(alerts: ["a1"], sinks: ["hook"])
        let transport = RecordingWebhookTransport(script: [.retryAfter(429, seconds: 600)])
        let policy = RetryPolicy(initialDelay: .seconds(5), maxDelay: .seconds(3600), jitter: 0)
        let sink = WebhookSink(endpoint: endpoint(), store: store, transport: transport, logger: SinkFixtures.logger,
                               policy: policy)
        let head = try #require(try await store.pendingDeliveries(sink: "hook", limit: 1).first)
        try await sink.attempt(head)
        let retried = try #require(try await store.pendingDeliveries(sink: "hook", limit: 1).first)
        let wait = retried.delivery.nextAttemptAt.timeIntervalSinceNow
        #expect(wait > 500 && wait <= 600)
        #expect(retried.delivery.lastError == "HTTP 429")
    }

    @Test("next attempt: backoff, a later requested time, or the cap", arguments: [
        (requested: nil as TimeInterval?, expected: 5.0),
        (requested: 2, expected: 5),
        (requested: 600, expected: 600),
        (requested: 86_400, expected: 3600),
    ])
    func nextAttempt(requested: TimeInterval?, expected: TimeInterval) {
        let policy = RetryPolicy(initialDelay: .seconds(5), maxDelay: .seconds(3600), jitter: 0)
        let now = SinkFixtures.epoch
        let next = policy.nextAttempt(afterAttempts: 1, now: now, requested: requested.map(now.addingTimeInterval))
        #expect(next.timeIntervalSince(now) == expected)
    }
}
