import Foundation
import Synchronization

/// The in-memory twin of `CurlFeedFetcher` for neighbours' tests: answers each URL from a table (the last scripted
/// outcome repeats) and records every request it saw.
public final class StaticFeedFetcher: FeedFetcher {
    private struct State {
        var scripts: [String: [FetchOutcome]] = [:]
        var requests: [FetchRequest] = []
    }

    private let state = Mutex(State())

    public init(_ outcomes: [String: [FetchOutcome]] = [:]) {
        state.withLock { $0.scripts = outcomes }
    }

    /// Queues `outcomes` for `url`, answered in order.
    public func script(_ url: String, _ outcomes: FetchOutcome...) {
        state.withLock { $0.scripts[url, default: []].append(contentsOf: outcomes) }
    }

    /// A 200 with `body` for `url`, as the curl fetcher would return it.
    public static func fetched(_ url: String, body: String, etag: String? = nil) -> FetchOutcome {
        .fetched(
            body: Data(body.utf8), contentCharset: "utf-8", newState: FeedHTTPState(url: url, etag: etag),
            info: FetchInfo(status: 200, finalURL: url, bodyBytes: body.utf8.count))
    }

    public var requests: [FetchRequest] { state.withLock { $0.requests } }

    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        state.withLock { state in
            state.requests.append(request)
            let url = request.state.url
            guard var outcomes = state.scripts[url], let first = outcomes.first else {
                return .failed(FetchError(url: url, feedName: request.feedName, reason: .httpStatus(404)))
            }
            if outcomes.count > 1 {
                outcomes.removeFirst()
                state.scripts[url] = outcomes
            }
            return first
        }
    }
}
