import Foundation
import ParleyCore
import ParleyFetch
import ParleyLoopback
import Testing

/// Real libcurl against a NIO server on 127.0.0.1 started by each test.
@Suite struct CurlFeedFetcherTests {
    @Test func okReturnsBodyValidatorsAndCharset() async throws {
        try await withFeedServer(handler: { _ in
            .text(sampleFeed, contentType: "application/rss+xml; charset=UTF-8")
                .adding("ETag", "\"v1\"").adding("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT")
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/feed.xml")))
            guard case .fetched(let body, let charset, let state, let info) = outcome else {
                Issue.record("expected fetched, got \(outcome)")
                return
            }
            #expect(String(decoding: body, as: UTF8.self) == sampleFeed)
            #expect(charset == "UTF-8")
            #expect(state == FeedHTTPState(url: server.url("/feed.xml"), etag: "\"v1\"",
                                           lastModified: "Wed, 21 Oct 2026 07:28:00 GMT"))
            #expect(info.status == 200)
            #expect(elapsed < withinLimit)
            let request = try #require(server.recordedRequests.first)
            #expect(request.header("User-Agent")?.hasPrefix("Parley/") == true)
            #expect(request.header("User-Agent")?.contains("+https://github.com/parley-news/parley") == true)
            #expect(request.header("Accept-Encoding")?.contains("gzip") == true)
            #expect(request.header("If-None-Match") == nil)
        }
    }

    @Test(arguments: [
        FeedHTTPState(url: "/feed", etag: "\"abc\""),
        FeedHTTPState(url: "/feed", lastModified: "Wed, 21 Oct 2026 07:28:00 GMT"),
    ])
    func conditionalGetGetsNotModified(stored: FeedHTTPState) async throws {
        try await withFeedServer(handler: { request in
            if request.header("If-None-Match") == "\"abc\""
                || request.header("If-Modified-Since") == "Wed, 21 Oct 2026 07:28:00 GMT"
            {
                return .status(304)
            }
            return .text(sampleFeed)
        }) { server, fetcher in
            var state = stored
            state.url = server.url(stored.url)
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(state: state))
            #expect(outcome.isNotModified)
            #expect(outcome.newState == state)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func gzipBodyIsDecoded() async throws {
        try await withFeedServer(handler: { _ in
            LoopbackResponse(
                status: 200, headers: [LoopbackHeader("Content-Type", "application/rss+xml")],
                body: .bytes(Array(sampleFeed.utf8)), encoding: .gzip)
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/gz")))
            #expect(outcome.body == sampleFeed)
            #expect(outcome.info?.headers.value(for: "Content-Encoding") == "gzip")
            #expect(elapsed < withinLimit)
        }
    }

    @Test func gzipBombIsCutAfterDecompression() async throws {
        // ~12 KB on the wire, 3 MB decoded; encoded once, before the server starts.
        let bomb = GzipEncoder.encode([UInt8](repeating: 0x20, count: 3_000_000))
        try await withFeedServer(handler: { _ in
            LoopbackResponse(status: 200, headers: [LoopbackHeader("Content-Encoding", "gzip")], body: .bytes(bomb))
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/bomb")))
            #expect(outcome.error?.reason == .bodyTooLarge(limit: 1_000_000))
            #expect(bomb.count < 30_000)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func endlessBodyIsCut() async throws {
        try await withFeedServer(handler: { _ in
            LoopbackResponse(status: 200, body: .endless(chunk: Array(repeating: 0x41, count: 16_384), interval: .zero))
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/endless")))
            #expect(outcome.error?.reason == .bodyTooLarge(limit: 1_000_000))
            #expect(outcome.error?.description.contains(server.url("/endless")) == true)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func goneRetiresWithClearMessage() async throws {
        try await withFeedServer(handler: { _ in .status(410) }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/old")))
            let error = try #require(outcome.error)
            #expect(error.reason == .gone)
            #expect(error.description.contains("410 Gone"))
            #expect(elapsed < withinLimit)
        }
    }

    @Test func tooManyRequestsCarriesRetryAfter() async throws {
        try await withFeedServer(handler: { _ in .status(429, headers: [LoopbackHeader("Retry-After", "120")]) }) {
            server, fetcher in
            let before = Date()
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/busy")))
            let error = try #require(outcome.error)
            #expect(error.reason == .httpStatus(429))
            let retryAfter = try #require(error.info?.retryAfter)
            #expect(retryAfter.timeIntervalSince(before) >= 119 && retryAfter.timeIntervalSince(before) < 130)
            #expect(elapsed < withinLimit)
        }
    }

    @Test func htmlServedAsFeedIsReturnedWithItsContentType() async throws {
        try await withFeedServer(handler: { _ in
            .text("<!doctype html><html><body>Not a feed</body></html>", contentType: "text/html; charset=utf-8")
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/page")))
            #expect(outcome.body?.contains("<html>") == true)
            #expect(outcome.info?.contentType == "text/html; charset=utf-8")
            #expect(elapsed < withinLimit)
        }
    }

    @Test func wrongContentTypeCharsetIsPassedOn() async throws {
        // The body is UTF-8 but the server claims windows-1251: the fetcher reports what the server said and leaves
        // the decision to the parser (which weighs it against the XML declaration and BOM).
        try await withFeedServer(handler: { _ in
            .text(sampleFeed, contentType: "text/xml; charset=\"windows-1251\"")
        }) { server, fetcher in
            let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: server.url("/cp1251")))
            guard case .fetched(let body, let charset, _, _) = outcome else {
                Issue.record("expected fetched, got \(outcome)")
                return
            }
            #expect(charset == "windows-1251")
            #expect(body == Data(sampleFeed.utf8))
            #expect(elapsed < withinLimit)
        }
    }

    @Test func charsetHintUsedWhenServerSendsNone() async throws {
        try await withFeedServer(handler: { _ in .text(sampleFeed, contentType: "application/xml") }) {
            server, fetcher in
            let request = FetchRequest(
                state: FeedHTTPState(url: server.url("/x")), feedName: "hinted", charsetHint: "iso-8859-1")
            guard case .fetched(_, let charset, _, _) = await fetcher.fetch(request) else {
                Issue.record("expected fetched")
                return
            }
            #expect(charset == "iso-8859-1")
        }
    }
}
