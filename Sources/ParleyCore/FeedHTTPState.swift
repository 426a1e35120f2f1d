/// Where a feed is polled and the validators of its last response (RFC 9110 section 13.1: a conditional GET):
/// what the fetcher reads and returns, and the part of the stored `FeedState` that HTTP owns (`FeedState.http`),
/// so the three values exist in one type. Plain data, here in the core because the fetcher and the store, which
/// do not depend on each other, both hold it.
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
