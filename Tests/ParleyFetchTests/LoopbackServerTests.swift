import Foundation
import ParleyLoopback
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The loopback server itself, checked with Foundation's URLSession as an independent client.
@Suite struct LoopbackServerTests {
    @Test func servesHandlerResponseAndRecordsRequest() async throws {
        let server = LoopbackServer { request in
            .text("path=\(request.path) q=\(request.queryValue("a") ?? "-") body=\(request.bodyText)")
        }
        let port = try await server.start()
        defer { Task { await server.shutdown() } }
        var urlRequest = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/hook?a=1")!)
        urlRequest.httpMethod = "POST"
        urlRequest.httpBody = Data("hello".utf8)
        urlRequest.setValue("abc", forHTTPHeaderField: "Webhook-Id")
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == "path=/hook q=1 body=hello")
        let recorded = await server.waitForRequests(count: 1, timeout: .seconds(5))
        #expect(recorded.first?.method == "POST")
        #expect(recorded.first?.header("webhook-id") == "abc")
        await server.shutdown()
    }

    @Test(arguments: [0, 1, 5, 300, 70_000])
    func gzipEncoderRoundTripsThroughAClient(runLength: Int) async throws {
        let text = String(repeating: "a", count: runLength) + "<rss>ünïcode \(runLength)</rss>" + "zzzz"
        let server = LoopbackServer { _ in
            LoopbackResponse(status: 200, body: .bytes(Array(text.utf8)), encoding: .gzip)
        }
        let port = try await server.start()
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/")!)
        #expect(String(decoding: data, as: UTF8.self) == text)
        await server.shutdown()
    }

    @Test func shutdownEndsStalledConnections() async throws {
        let server = LoopbackServer { _ in .stall }
        let port = try await server.start()
        let client = Task {
            try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/")!)
        }
        _ = await server.waitForRequests(count: 1, timeout: .seconds(5))
        let started = ContinuousClock.now
        await server.shutdown()
        _ = await client.value
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func refusesNonLoopbackAddress() async {
        let server = LoopbackServer(host: "0.0.0.0") { _ in .status(200) }
        await #expect(throws: LoopbackError.self) { try await server.start() }
    }
}
