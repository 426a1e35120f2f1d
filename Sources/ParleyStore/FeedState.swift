import Foundation
import ParleyCore

/// One feed's state, the one type for it: where it is and its HTTP validators (`http`, what the fetcher reads and
/// returns), when to poll it next, its errors and its history. The store keeps it (one row of `feeds`, its columns
/// flat), the daemon's roster holds it beside the feed's configuration (`FeedRoster.Entry`), the poller computes
/// the next one.
public struct FeedState: Sendable, Hashable, Codable, Identifiable {
    /// Assigned by the store on registration.
    public var id: Int64?
    /// The URL as configured; the feed's identity across permanent redirects.
    public var configURL: String
    /// The URL to poll (the configured one, or where a permanent redirect pointed) and the last validators.
    public var http: FeedHTTPState
    /// The URL to poll: the configured one, or where a permanent redirect (301, 308) pointed.
    public var url: String {
        get { http.url }
        set { http.url = newValue }
    }
    public var etag: String? {
        get { http.etag }
        set { http.etag = newValue }
    }
    public var lastModified: String? {
        get { http.lastModified }
        set { http.lastModified = newValue }
    }
    public var nextPollAt: Date?
    /// Consecutive failed polls; reset to 0 by a successful one.
    public var errorCount: Int
    public var lastError: String?
    /// Set by 410 Gone: the feed is no longer polled.
    public var retired: Bool
    public var tags: [String]
    /// The first fetch whose items were all committed: before it the feed is new, and its existing items
    /// are a backlog (they teach the model, and alert only when recent: `alert_backlog`).
    public var firstFetchedAt: Date?
    /// The last poll that succeeded (200 with its items committed, or 304).
    public var lastSuccessAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, url, etag, retired, tags
        case configURL = "config_url"
        case lastModified = "last_modified"
        case nextPollAt = "next_poll_at"
        case errorCount = "error_count"
        case lastError = "last_error"
        case firstFetchedAt = "first_fetched_at"
        case lastSuccessAt = "last_success_at"
    }

    public init(id: Int64? = nil, configURL: String, url: String? = nil, etag: String? = nil,
                lastModified: String? = nil, nextPollAt: Date? = nil, errorCount: Int = 0, lastError: String? = nil,
                retired: Bool = false, tags: [String] = [], firstFetchedAt: Date? = nil, lastSuccessAt: Date? = nil) {
        self.id = id
        self.configURL = configURL
        self.http = FeedHTTPState(url: url ?? configURL, etag: etag, lastModified: lastModified)
        self.nextPollAt = nextPollAt
        self.errorCount = errorCount
        self.lastError = lastError
        self.retired = retired
        self.tags = tags
        self.firstFetchedAt = firstFetchedAt
        self.lastSuccessAt = lastSuccessAt
    }

    // One flat row, as the synthesized coding would write it: `http`'s three values are columns of their own.
    public init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        id = try row.decodeIfPresent(Int64.self, forKey: .id)
        configURL = try row.decode(String.self, forKey: .configURL)
        http = FeedHTTPState(url: try row.decode(String.self, forKey: .url),
                             etag: try row.decodeIfPresent(String.self, forKey: .etag),
                             lastModified: try row.decodeIfPresent(String.self, forKey: .lastModified))
        nextPollAt = try row.decodeIfPresent(Date.self, forKey: .nextPollAt)
        errorCount = try row.decode(Int.self, forKey: .errorCount)
        lastError = try row.decodeIfPresent(String.self, forKey: .lastError)
        retired = try row.decode(Bool.self, forKey: .retired)
        tags = try row.decode([String].self, forKey: .tags)
        firstFetchedAt = try row.decodeIfPresent(Date.self, forKey: .firstFetchedAt)
        lastSuccessAt = try row.decodeIfPresent(Date.self, forKey: .lastSuccessAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var row = encoder.container(keyedBy: CodingKeys.self)
        try row.encodeIfPresent(id, forKey: .id)
        try row.encode(configURL, forKey: .configURL)
        try row.encode(http.url, forKey: .url)
        try row.encodeIfPresent(http.etag, forKey: .etag)
        try row.encodeIfPresent(http.lastModified, forKey: .lastModified)
        try row.encodeIfPresent(nextPollAt, forKey: .nextPollAt)
        try row.encode(errorCount, forKey: .errorCount)
        try row.encodeIfPresent(lastError, forKey: .lastError)
        try row.encode(retired, forKey: .retired)
        try row.encode(tags, forKey: .tags)
        try row.encodeIfPresent(firstFetchedAt, forKey: .firstFetchedAt)
        try row.encodeIfPresent(lastSuccessAt, forKey: .lastSuccessAt)
    }
}
