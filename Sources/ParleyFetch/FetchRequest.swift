import ParleyCore

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
