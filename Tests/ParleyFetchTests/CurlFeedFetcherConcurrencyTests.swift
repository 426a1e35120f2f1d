import Foundation
import ParleyFetch
import ParleyLoopback
import Synchronization
import Testing

/// Many feeds at once: the per-host limit holds, a stalled feed does not hold up the others, connections are reused.
@Suite struct CurlFeedFetcherConcurrencyTests {
    final class InFlight: Sendable {
        let counts = Mutex((now: 0, peak: 0))
        func enter() { counts.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) } }
        func leave() { counts.withLock { $0.now -= 1 } }
        var peak: Int { counts.withLock { $0.peak } }
    }

    @Test func perHostLimitHoldsAndConnectionsAreReused() async throws {
        let inFlight = InFlight()
        var configuration = FetchConfiguration.loopbackTest
        configuration.perHostConcurrency = 2
        try await withFeedServer(configuration: configuration, handler: { _ in
            inFlight.enter()
            try? await Task.sleep(for: .milliseconds(100))
            inFlight.leave()
            return .text(sampleFeed)
        }) { server, fetcher in
            let start = ContinuousClock.now
            let outcomes = await withTaskGroup(of: FetchOutcome.self) { group in
                for index in 0..<12 {
                    group.addTask { await fetcher.fetch(FetchRequest(url: server.url("/feed/\(index)"))) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.allSatisfy { $0.body == sampleFeed })
            #expect(inFlight.peak == 2)
            #expect(server.connectionCount <= 4)
            #expect(ContinuousClock.now - start < .seconds(8))
        }
    }

    @Test func stalledFeedDoesNotHoldUpOthers() async throws {
        // The stalled feed would only be ended by limits of 30 s; the others must all finish long before.
        var configuration = FetchConfiguration.loopbackTest
        configuration.perHostConcurrency = 2
        configuration.lowSpeedTime = .seconds(30)
        configuration.totalTimeout = .seconds(30)
        try await withFeedServer(configuration: configuration, handler: { request in
            request.path == "/stall" ? .stall : .text(sampleFeed)
        }) { server, fetcher in
            let url = server.url("/stall")
            let stalled = Task { await fetcher.fetch(FetchRequest(url: url)) }
            _ = await server.waitForRequests(count: 1, timeout: .seconds(5))
            let start = ContinuousClock.now
            for index in 0..<5 {
                #expect(await fetcher.fetch(FetchRequest(url: server.url("/ok/\(index)"))).body == sampleFeed)
            }
            #expect(ContinuousClock.now - start < .seconds(10))
            stalled.cancel()
            #expect(await stalled.value.error?.reason == .cancelled)
        }
    }
}
