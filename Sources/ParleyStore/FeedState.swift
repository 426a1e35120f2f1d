import Foundation

/// One feed's stored state: where it is, its HTTP validators, and when to poll it next.
public struct FeedState: Sendable, Hashable, Codable, Identifiable {
    /// Assigned by the store on registration.
    public var id: Int64?
    /// The URL as configured; the feed's identity across permanent redirects.
    public var configURL: String
    /// The URL to poll: the configured one, or where a permanent redirect (301, 308) pointed.
    public var url: String
    public var etag: String?
    public var lastModified: String?
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
        self.url = url ?? configURL
        self.etag = etag
        self.lastModified = lastModified
        self.nextPollAt = nextPollAt
        self.errorCount = errorCount
        self.lastError = lastError
        self.retired = retired
        self.tags = tags
        self.firstFetchedAt = firstFetchedAt
        self.lastSuccessAt = lastSuccessAt
    }
}
