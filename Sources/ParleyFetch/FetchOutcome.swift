import Foundation
import ParleyCore

/// The result of one poll: a body to parse, "not modified", or a specific failure.
public enum FetchOutcome: Sendable {
    /// A new body (after redirects and decompression). `contentCharset` is the `charset` parameter of
    /// `Content-Type` (or the request's hint), for the parser; `newState` is what to store for the next poll.
    case fetched(body: Data, contentCharset: String?, newState: FeedHTTPState, info: FetchInfo)
    /// 304: nothing to parse; `newState` keeps the validators (updated if the server sent new ones).
    case notModified(newState: FeedHTTPState, info: FetchInfo)
    /// The poll failed; the error names the feed and carries what the server said, if anything.
    case failed(FetchError)

    /// Response facts, when a response was received.
    public var info: FetchInfo? {
        switch self {
        case .fetched(_, _, _, let info), .notModified(_, let info): info
        case .failed(let error): error.info
        }
    }

    /// The state to store, when the poll succeeded.
    public var newState: FeedHTTPState? {
        switch self {
        case .fetched(_, _, let state, _), .notModified(let state, _): state
        case .failed: nil
        }
    }
}

/// What the fetcher learned about the exchange, for storage, scheduling and `parley fetch`.
public struct FetchInfo: Sendable, Hashable {
    /// The final response's status (0 for file://).
    public var status: Int
    /// The URL that answered last, after redirects.
    public var finalURL: String
    /// Set when every redirect from the requested URL up to this one was permanent (301/308): the new URL to store.
    public var permanentRedirectURL: String?
    /// Every redirect followed, in order.
    public var redirects: [RedirectHop]
    /// The final response's header fields, in order.
    public var headers: [HTTPHeaderField]
    public var contentType: String?
    /// `Retry-After` resolved to a date (RFC 9110 section 10.2.3), for 429 and 503.
    public var retryAfter: Date?
    /// `Cache-Control: max-age` in seconds (RFC 9111 section 5.2.2.1).
    public var maxAge: Int?
    /// `Expires` (RFC 9111 section 5.3).
    public var expires: Date?
    /// Body bytes after decompression.
    public var bodyBytes: Int
    public var timings: FetchTimings

    public init(
        status: Int, finalURL: String, permanentRedirectURL: String? = nil, redirects: [RedirectHop] = [],
        headers: [HTTPHeaderField] = [], contentType: String? = nil, retryAfter: Date? = nil, maxAge: Int? = nil,
        expires: Date? = nil, bodyBytes: Int = 0, timings: FetchTimings = FetchTimings()
    ) {
        self.status = status
        self.finalURL = finalURL
        self.permanentRedirectURL = permanentRedirectURL
        self.redirects = redirects
        self.headers = headers
        self.contentType = contentType
        self.retryAfter = retryAfter
        self.maxAge = maxAge
        self.expires = expires
        self.bodyBytes = bodyBytes
        self.timings = timings
    }
}

/// One redirect: `status` at `from` pointed to `to`.
public struct RedirectHop: Sendable, Hashable {
    public var status: Int
    public var from: String
    public var to: String

    public init(status: Int, from: String, to: String) {
        self.status = status
        self.from = from
        self.to = to
    }

    /// 301 and 308 are permanent (RFC 9110 sections 15.4.2 and 15.4.9); 302, 303 and 307 are not.
    public var isPermanent: Bool { status == 301 || status == 308 }
}

/// Where the time went, as libcurl measured the last hop, plus the whole fetch including redirects.
public struct FetchTimings: Sendable, Hashable {
    public var nameLookup: Duration = .zero
    public var connect: Duration = .zero
    public var tlsHandshake: Duration = .zero
    public var firstByte: Duration = .zero
    /// Wall time of the whole fetch, all hops, from the moment it left the queue.
    public var total: Duration = .zero
    /// Time spent waiting for a free slot under the concurrency limits.
    public var queued: Duration = .zero

    public init() {}
}
