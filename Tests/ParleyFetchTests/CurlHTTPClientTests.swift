import Foundation
import ParleyFetch
import ParleyLoopback
import Testing

/// The one-shot client the webhook sink posts through.
@Suite struct CurlHTTPClientTests {
    static let client = CurlHTTPClient(configuration: .loopbackTest, bodyLimit: 16)

    @Test func postsBodyAndHeadersAndReturnsAnyStatus() async throws {
        let server = LoopbackServer { request in
            .text("received \(request.body.count) bytes and more", status: request.path == "/fail" ? 500 : 202)
        }
        try await server.start()
        let payload = Data("{\"alert\":1}".utf8)
        let response = try await Self.client.send(
            HTTPRequest(method: .post, url: server.url("/hook"), headers: [
                HTTPHeaderField("Content-Type", "application/json"), HTTPHeaderField("webhook-id", "msg_1"),
            ], body: payload, timeout: .seconds(5)))
        #expect(response.status == 202)
        #expect(response.body == Data("received 11 byte".utf8))
        #expect(response.bodyTruncated)
        let failing = try await Self.client.send(
            HTTPRequest(method: .post, url: server.url("/fail"), body: payload, timeout: .seconds(5)))
        #expect(failing.status == 500)
        let recorded = server.recordedRequests
        #expect(recorded.first?.method == "POST")
        #expect(recorded.first?.body == Array(payload))
        #expect(recorded.first?.header("webhook-id") == "msg_1")
        #expect(recorded.first?.header("Expect") == nil)
        await server.shutdown()
    }

    @Test func noServerThrowsConnectionRefused() async throws {
        let server = LoopbackServer { _ in .status(200) }
        let port = try await server.start()
        await server.shutdown()  // the port is now closed
        await #expect(throws: FetchError.self) {
            _ = try await Self.client.send(HTTPRequest(method: .post, url: "http://127.0.0.1:\(port)/", timeout: .seconds(5)))
        }
    }

    @Test func timeoutIsEnforced() async throws {
        let server = LoopbackServer { _ in .stall }
        try await server.start()
        let start = ContinuousClock.now
        do {
            _ = try await Self.client.send(HTTPRequest(method: .post, url: server.url("/slow"), timeout: .seconds(1)))
            Issue.record("expected a timeout")
        } catch {
            #expect(error.reason == .totalTimeout(.seconds(1)) || error.reason == .tooSlow(bytesPerSecond: 100, seconds: 1))
        }
        #expect(ContinuousClock.now - start < .seconds(10))
        await server.shutdown()
    }
}
