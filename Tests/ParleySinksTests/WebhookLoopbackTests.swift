import Foundation
import ParleyCore
import ParleyLoopback
import ParleyStore
@testable import ParleySinks
import Testing

/// The webhook sink end to end: real libcurl posting to a real HTTP receiver on 127.0.0.1, outbox in a real
/// SQLite file. The receiver is down (503) for a while, then recovers.
@Suite("Webhook delivery to a loopback receiver")
struct WebhookLoopbackTests {
    /// The receiver's state: down (503) until `recover(failingFirst:)`, then 503 for that many more requests,
    /// then 200.
    actor Receiver {
        var down = true
        var failures = 0

        func recover(failingFirst count: Int) {
            down = false
            failures = count
        }

        func answer() -> Int {
            if down { return 503 }
            guard failures > 0 else { return 200 }
            failures -= 1
            return 503
        }
    }

    @Test("an endpoint down for a while then back: nothing lost, order kept, one webhook-id per alert, valid signatures")
    func downThenRecovers() async throws {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStateStore(directory: dir.path)
        try await SinkFixtures.commit(["a1", "a2", "a3"], sinks: ["hook"], to: store)
        let receiver = Receiver()
        let server = LoopbackServer { _ in .status(await receiver.answer()) }
        try await server.start()

        let secret = WebhookSecret.random()
        let endpoint = WebhookEndpoint(name: "hook", url: server.url("/hooks/parley"), secret: secret,
                                       timeout: .seconds(5))
        let policy = RetryPolicy(initialDelay: .milliseconds(20), multiplier: 2, maxDelay: .milliseconds(100),
                                 maxAttempts: 10_000, jitter: 0)
        let sink = WebhookSink(endpoint: endpoint, store: store, transport: CurlWebhookTransport(),
                               logger: SinkFixtures.logger, policy: policy, pollInterval: .milliseconds(50))
        let loop = Task { await sink.run() }

        // Down: attempts fail and nothing goes ahead of the first alert.
        try await waitUntil {
            try await store.pendingDeliveries(sink: "hook", limit: 1).first?.delivery.attempts ?? 0 >= 3
        }
        let head = try await store.pendingDeliveries(sink: "hook", limit: 3)
        #expect(head.map(\.delivery.alertID) == ["a1", "a2", "a3"])
        #expect(head.first?.delivery.lastError == "HTTP 503")
        #expect(head.last?.delivery.attempts == 0)
        try await SinkFixtures.commit(["a4", "a5"], sinks: ["hook"], to: store)

        // Back, though still failing twice more.
        await receiver.recover(failingFirst: 2)
        try await waitUntil { try await store.pendingDeliveries(sink: "hook", limit: 1).isEmpty }
        loop.cancel()
        await loop.value
        let requests = server.recordedRequests
        await server.shutdown()

        // Every attempt at a1 came first, under one id; then each later alert once, in order.
        let ids = requests.map { $0.header("webhook-id") ?? "" }
        let firstAttempts = ids.prefix { $0 == "msg_a1" }.count
        #expect(firstAttempts >= 3 + 3)
        #expect(Array(ids.dropFirst(firstAttempts)) == ["msg_a2", "msg_a3", "msg_a4", "msg_a5"])
        for request in requests {
            #expect(request.method == "POST" && request.path == "/hooks/parley")
            #expect(request.header("Content-Type") == "application/json")
            try StandardWebhooks.verify(id: try #require(request.header("webhook-id")),
                                        timestamp: try #require(request.header("webhook-timestamp")),
                                        signatures: try #require(request.header("webhook-signature")),
                                        body: Data(request.body), secret: secret)
            let alert = try AlertCoding.decoder().decode(Alert.self, from: Data(request.body))
            #expect("msg_" + alert.id == request.header("webhook-id"))
        }
        let delivered = try await store.deliveries(state: .delivered, sink: "hook")
        #expect(delivered.map(\.alertID) == ["a1", "a2", "a3", "a4", "a5"])
        #expect(delivered.first?.attempts == firstAttempts)
        #expect(try await store.deliveries(state: .failed, sink: nil).isEmpty)
    }

    @Test("the libcurl transport reports statuses, refused connections and refused schemes")
    func transport() async throws {
        let server = LoopbackServer { request in
            switch request.path {
            case "/ok": .status(204)
            case "/busy": .status(429, headers: [LoopbackHeader("Retry-After", "120")])
            default: .status(500)
            }
        }
        let port = try await server.start()
        let transport = CurlWebhookTransport()
        @Sendable func post(_ url: String) async throws -> WebhookResponse {
            try await transport.send(WebhookRequest(url: url, headers: [HTTPHeader("X-A", "b")],
                                                    body: Data("{}".utf8), timeout: .seconds(5)))
        }
        let ok = await Self.capture { try await post(server.url("/ok")) }
        let failing = await Self.capture { try await post(server.url("/fail")) }
        let busy = await Self.capture { try await post(server.url("/busy")) }
        let received = server.recordedRequests
        await server.shutdown()
        #expect(try ok.get().isSuccess)
        #expect(try failing.get().status == 500 && failing.get().retryAfter == nil)
        let asked = try #require(try busy.get().retryAfter).timeIntervalSinceNow
        #expect(try busy.get().status == 429 && asked > 60 && asked <= 120)
        #expect(received.first?.header("X-A") == "b" && received.first?.bodyText == "{}")
        await #expect(throws: SinkError.self) { try await post("file:///etc/passwd") }
        await #expect(throws: SinkError.self) { try await post("http://127.0.0.1:\(port)/ok") }
    }

    @Test("Retry-After is read as seconds or as an HTTP-date", arguments: [
        ("120", 120.0 as TimeInterval?),
        (" 0 ", 0),
        ("Wed, 21 Oct 2026 07:28:00 GMT", 1_792_567_680 - 1_792_567_000),
        ("soon", nil),
        ("-5", nil),
    ])
    func retryAfterHeader(value: String, seconds: TimeInterval?) {
        let now = Date(timeIntervalSince1970: 1_792_567_000)
        #expect(CurlWebhookTransport.retryAfter(value, now: now)?.timeIntervalSince(now) == seconds)
    }

    /// Runs `body` and keeps its outcome, so the server is shut down before any expectation can throw.
    static func capture<T>(_ body: () async throws -> T) async -> Result<T, any Error> {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}
