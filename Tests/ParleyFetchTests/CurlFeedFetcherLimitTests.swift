import Foundation
import ParleyFetch
import ParleyLoopback
import Testing

/// Servers that misbehave: each case must end in its specific error, within the limit that catches it.
@Suite struct CurlFeedFetcherLimitTests {
    @Test func serverThatNeverAnswersIsTooSlow() async throws {
        try await withFeedServer(configuration: .slowServerTest, handler: { _ in .stall }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/stall")))
            #expect(outcome.error?.reason == .tooSlow(bytesPerSecond: 100, seconds: 1))
            #expect(elapsed < .seconds(10))
        }
    }

    @Test func serverThatStallsAfterHeadersIsTooSlow() async throws {
        let halfAnswer = LoopbackResponse(status: 200, body: .stallAfterHeaders)
        try await withFeedServer(configuration: .slowServerTest, handler: { _ in halfAnswer }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/half")))
            #expect(outcome.error?.reason == .tooSlow(bytesPerSecond: 100, seconds: 1))
            #expect(elapsed < .seconds(10))
        }
    }

    @Test func tricklingServerIsTooSlow() async throws {
        try await withFeedServer(configuration: .slowServerTest, handler: { _ in
            LoopbackResponse(
                status: 200, body: .trickle(Array(sampleFeed.utf8), bytesPerChunk: 5, interval: .milliseconds(400)))
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/trickle")))
            #expect(outcome.error?.reason == .tooSlow(bytesPerSecond: 100, seconds: 1))
            #expect(elapsed < .seconds(10))
        }
    }

    @Test func slowButSteadyServerHitsTotalTimeout() async throws {
        // 200 bytes every 300 ms stays above the low-speed limit, so only the total timeout can end it.
        var configuration = FetchConfiguration.loopbackTest
        configuration.totalTimeout = .seconds(2)
        try await withFeedServer(configuration: configuration, handler: { _ in
            LoopbackResponse(status: 200, body: .endless(chunk: Array(repeating: 0x41, count: 200), interval: .milliseconds(300)))
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/steady")))
            #expect(outcome.error?.reason == .totalTimeout(.seconds(2)))
            #expect(elapsed < .seconds(10))
        }
    }

    @Test func loopbackRefusedUnlessAllowed() async throws {
        var configuration = FetchConfiguration.loopbackTest
        configuration.allowPrivateAddresses = false
        try await withFeedServer(configuration: configuration, handler: { _ in .text(sampleFeed) }) {
            server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/private")))
            guard case .addressNotAllowed(let address) = outcome.error?.reason else {
                Issue.record("expected addressNotAllowed, got \(outcome)")
                return
            }
            #expect(address.contains("127.0.0.1"))
            #expect(server.requestCount == 0)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func cancellationEndsAStalledFetch() async throws {
        var configuration = FetchConfiguration.loopbackTest
        configuration.lowSpeedTime = .seconds(60)
        configuration.totalTimeout = .seconds(60)
        try await withFeedServer(configuration: configuration, handler: { _ in .stall }) { server, fetcher in
            let url = server.url("/stall")
            let task = Task { await fetcher.fetch(FetchRequest(url: url)) }
            _ = await server.waitForRequests(count: 1, timeout: .seconds(5))
            let start = ContinuousClock.now
            task.cancel()
            let outcome = await task.value
            #expect(outcome.error?.reason == .cancelled)
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test func unsupportedSchemeRefused() async {
        let fetcher = CurlFeedFetcher(configuration: .loopbackTest)
        let outcome = await fetcher.fetch(FetchRequest(url: "ftp://127.0.0.1/feed.xml"))
        #expect(outcome.error?.reason == .protocolNotAllowed(scheme: "ftp", viaRedirect: false))
    }
}
