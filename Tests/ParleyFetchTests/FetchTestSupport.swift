import Foundation
import ParleyFetch
import ParleyLoopback
import Testing

/// Starts a loopback server with `handler`, runs `body` with it and a fetcher allowed to reach loopback, and shuts
/// the server down.
func withFeedServer<T>(
    configuration: FetchConfiguration = .loopbackTest,
    handler: @escaping LoopbackHandler,
    _ body: (LoopbackServer, CurlFeedFetcher) async throws -> T
) async throws -> T {
    let server = LoopbackServer(handler: handler)
    try await server.start()
    let fetcher = CurlFeedFetcher(configuration: configuration)
    do {
        let result = try await body(server, fetcher)
        await server.shutdown()
        return result
    } catch {
        await server.shutdown()
        throw error
    }
}

/// Fetches and measures how long the fetcher took.
func timedFetch(_ fetcher: some FeedFetcher, _ request: FetchRequest) async -> (FetchOutcome, Duration) {
    let start = ContinuousClock.now
    let outcome = await fetcher.fetch(request)
    return (outcome, ContinuousClock.now - start)
}

extension FetchConfiguration {
    /// Limits generous enough for a loaded CI machine; loopback allowed.
    static var loopbackTest: FetchConfiguration {
        FetchConfiguration(
            concurrency: 8, perHostConcurrency: 4, connectTimeout: .seconds(5), totalTimeout: .seconds(20),
            lowSpeedBytesPerSecond: 100, lowSpeedTime: .seconds(10), maxBodyBytes: 1_000_000, maxRedirects: 5,
            allowPrivateAddresses: true)
    }

    /// A one-second low-speed limit, for the tests of servers that stall or trickle.
    static var slowServerTest: FetchConfiguration {
        var configuration = loopbackTest
        configuration.lowSpeedTime = .seconds(1)
        return configuration
    }
}

/// "Returned within its limit": the test configuration's total timeout plus slack for a loaded machine.
let withinLimit: Duration = .seconds(25)

extension FetchConfiguration {
}

extension FetchOutcome {
    var body: String? {
        if case .fetched(let body, _, _, _) = self { return String(decoding: body, as: UTF8.self) }
        return nil
    }

    var error: FetchError? {
        if case .failed(let error) = self { return error }
        return nil
    }

    var isNotModified: Bool {
        if case .notModified = self { return true }
        return false
    }
}

let sampleFeed = """
    <?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0"><channel><title>Loopback</title>
    <item><title>Talks resume</title><link>http://example.org/1</link><guid>1</guid></item>
    </channel></rss>
    """
