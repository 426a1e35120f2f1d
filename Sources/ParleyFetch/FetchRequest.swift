/// What a feed poller keeps between polls of one feed (RFC 9110 section 13.1: the validators for a conditional GET).
public struct FeedHTTPState: Codable, Sendable, Hashable {
    /// Where to poll: the configured URL, or where a permanent redirect (301, 308) moved it.
    public var url: String
    /// The last `ETag`, sent back as `If-None-Match`.
    public var etag: String?
    /// The last `Last-Modified`, sent back as `If-Modified-Since`.
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// One poll of one feed.
public struct FetchRequest: Sendable, Hashable {
    /// A name for logs and error messages (the config's feed name, or its URL).
    public var feedName: String?
    /// URL and validators from the previous poll.
    public var state: FeedHTTPState
    /// A charset to assume when the server sends none (per-feed configuration).
    public var charsetHint: String?

    public init(state: FeedHTTPState, feedName: String? = nil, charsetHint: String? = nil) {
        self.state = state
        self.feedName = feedName
        self.charsetHint = charsetHint
    }

    /// A first poll of `url`, with no validators.
    public init(url: String, feedName: String? = nil) {
        self.init(state: FeedHTTPState(url: url), feedName: feedName)
    }
}
