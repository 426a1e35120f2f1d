import Foundation
import ParleyFetch
import ParleyLoopback
import Testing

/// Redirect chains: followed hop by hop, permanent ones move the stored URL, loops and file:// caught.
@Suite struct CurlFeedFetcherRedirectTests {
    /// `/r/<status>/<status>/...` redirects with the first status to the rest of the path; `/r` alone is the feed.
    static let chainServer: LoopbackHandler = { request in
        var parts = request.path.split(separator: "/").map(String.init)
        guard parts.first == "r" else { return .status(404) }
        parts.removeFirst()
        guard let first = parts.first, let status = Int(first) else { return .text(sampleFeed) }
        return .redirect(status, to: "/r/" + parts.dropFirst().joined(separator: "/"))
    }

    struct Chain: Sendable, CustomTestStringConvertible {
        let path: String
        /// The stored URL after the fetch, as a path; nil: unchanged.
        let storedPath: String?
        var testDescription: String { path }
    }

    @Test(arguments: [
        Chain(path: "/r/301", storedPath: "/r/"),
        Chain(path: "/r/308", storedPath: "/r/"),
        Chain(path: "/r/302", storedPath: nil),
        Chain(path: "/r/307", storedPath: nil),
        Chain(path: "/r/303", storedPath: nil),
        Chain(path: "/r/301/308", storedPath: "/r/"),
        Chain(path: "/r/301/302", storedPath: "/r/302"),
        Chain(path: "/r/302/301", storedPath: nil),
    ])
    func chainIsFollowedAndOnlyPermanentHopsMoveTheFeed(chain: Chain) async throws {
        try await withFeedServer(handler: Self.chainServer) { server, fetcher in
            let start = server.url(chain.path)
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: start))
            #expect(outcome.body == sampleFeed)
            #expect(outcome.newState?.url == (chain.storedPath.map(server.url) ?? start))
            #expect(outcome.info?.redirects.count == chain.path.split(separator: "/").count - 1)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func redirectLoopIsDetected() async throws {
        try await withFeedServer(handler: { request in
            .redirect(302, to: request.path == "/a" ? "/b" : "/a")
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/a")))
            #expect(outcome.error?.reason == .redirectLoop(url: server.url("/a")))
            #expect(elapsed < withinLimit)
        }
    }

    @Test func tooManyRedirects() async throws {
        try await withFeedServer(handler: { request in
            let step = Int(request.path.dropFirst()) ?? 0
            return .redirect(301, to: "/\(step + 1)")
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/0")))
            #expect(outcome.error?.reason == .tooManyRedirects(limit: 5))
            #expect(server.requestCount == 6)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func fileURLAllowedDirectly() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-fetch-\(UUID()).xml")
        try Data(sampleFeed.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fetcher = CurlFeedFetcher(configuration: .loopbackTest)
        let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: file.absoluteString))
        #expect(outcome.body == sampleFeed)
        #expect(elapsed < withinLimit)
    }

    @Test func fileURLRefusedThroughRedirect() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-secret-\(UUID()).xml")
        try Data("secret".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let target = file.absoluteString
        try await withFeedServer(handler: { _ in .redirect(302, to: target) }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/to-file")))
            #expect(outcome.error?.reason == .protocolNotAllowed(scheme: "file", viaRedirect: true))
            #expect(elapsed < withinLimit)
        }
    }

    @Test func missingFileIsNotReadable() async {
        let fetcher = CurlFeedFetcher(configuration: .loopbackTest)
        let outcome = await fetcher.fetch(FetchRequest(url: "file:///nonexistent/parley/feed.xml"))
        guard case .fileNotReadable = outcome.error?.reason else {
            Issue.record("expected fileNotReadable, got \(outcome)")
            return
        }
    }
}
