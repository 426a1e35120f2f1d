import Foundation
import ParleyCore
import ParleyLoopback
import Synchronization

/// A loopback news site and webhook receiver for the daemon tests: feeds whose items are published over time
/// (or on demand), and a `/hook` endpoint that records every delivery and fails some of them on purpose.
final class Newsroom: Sendable {
    struct Item: Sendable {
        let report: Report
        /// Published this long after `start`; nil until `publish` is called.
        var at: Duration?
    }

    private struct State: Sendable {
        var feeds: [String: [Item]] = [:]
        var hookRequests = 0
        var feedRequests: [String: Int] = [:]
    }

    private let state = Mutex(State())
    private let start = ContinuousClock.now
    /// Every `failEvery`-th webhook request answers 503 (0: never).
    private let failEvery: Int
    /// Every `slowEvery`-th webhook request waits 250 ms before answering (0: never), so deliveries are in
    /// flight when the daemon is killed.
    private let slowEvery: Int
    let server: LoopbackServer

    init(failEvery: Int = 0, slowEvery: Int = 0) {
        self.failEvery = failEvery
        self.slowEvery = slowEvery
        let box = Box()
        server = LoopbackServer { request in
            guard let room = box.room.withLock({ $0 }) else { return .status(503) }
            return room.answer(request)
        }
        box.room.withLock { $0 = self }
    }

    func start() async throws {
        try await server.start()
    }

    func shutdown() async {
        await server.shutdown()
    }

    /// Schedules a feed's items: item k is published `offset + k * step` after the newsroom started.
    func schedule(feed name: String, reports: [Report], offset: Duration = .zero, step: Duration) {
        state.withLock { state in
            state.feeds[name] = reports.enumerated().map { Item(report: $1, at: offset + step * $0) }
        }
    }

    /// Adds reports to a feed, published now.
    func publish(feed name: String, reports: [Report]) {
        let now = ContinuousClock.now - start
        state.withLock { state in
            state.feeds[name, default: []] += reports.map { Item(report: $0, at: now) }
        }
    }

    func feedURL(_ name: String) -> String { server.url("/feeds/\(name).xml") }
    var hookURL: String { server.url("/hook") }
    /// A second (third...) webhook receiver on the same server: `/hook/NAME`.
    func hookURL(_ name: String) -> String { server.url("/hook/\(name)") }

    /// Every webhook request received, in arrival order.
    var hookRequests: [LoopbackRequest] { server.recordedRequests.filter { $0.path == "/hook" } }
    /// Every request received by the receiver `/hook/NAME`, in arrival order.
    func hookRequests(_ name: String) -> [LoopbackRequest] {
        server.recordedRequests.filter { $0.path == "/hook/\(name)" }
    }

    func feedRequestCount(_ name: String) -> Int { state.withLock { $0.feedRequests[name] ?? 0 } }

    /// Whether every scheduled item has been published.
    var allPublished: Bool {
        let now = ContinuousClock.now - start
        return state.withLock { $0.feeds.values.allSatisfy { $0.allSatisfy { ($0.at ?? .seconds(1 << 40)) <= now } } }
    }

    private final class Box: Sendable {
        let room = Mutex<Newsroom?>(nil)
    }

    private func answer(_ request: LoopbackRequest) -> LoopbackResponse {
        if request.path == "/hook" || request.path.hasPrefix("/hook/") {
            let count = state.withLock { state -> Int in
                state.hookRequests += 1
                return state.hookRequests
            }
            var response = failEvery > 0 && count % failEvery == 0 ? LoopbackResponse.status(503) : .status(204)
            if slowEvery > 0 && count % slowEvery == 0 { response.delayBeforeHeaders = .milliseconds(250) }
            return response
        }
        guard request.path.hasPrefix("/feeds/"), request.path.hasSuffix(".xml") else { return .status(404) }
        let name = String(request.path.dropFirst("/feeds/".count).dropLast(".xml".count))
        // A server that accepts the request and never answers, and one that answers with garbage.
        if name == "stall" { return .stall }
        if name == "broken" { return .text("<html><body>Not a feed</body></html>", contentType: "text/html") }
        let now = ContinuousClock.now - start
        let visible: [Report]? = state.withLock { state in
            guard let items = state.feeds[name] else { return nil }
            state.feedRequests[name, default: 0] += 1
            return items.filter { ($0.at ?? .seconds(1 << 40)) <= now }.map(\.report)
        }
        guard let visible else { return .status(404) }
        return .text(FixtureFeed.rss(title: "Newsroom \(name)", visible), contentType: "application/rss+xml; charset=utf-8")
    }
}
