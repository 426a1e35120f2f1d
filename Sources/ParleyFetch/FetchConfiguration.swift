import ParleyCore
/// Limits and politeness settings of a fetcher; one value for all feeds of a daemon.
public struct FetchConfiguration: Sendable, Hashable {
    /// Transfers in flight at once, in all.
    public var concurrency: Int = 8
    /// Transfers in flight at once to one host (scheme, host and port).
    public var perHostConcurrency: Int = 2
    public var connectTimeout: Duration = .seconds(10)
    /// The whole fetch, all redirects included, from the moment it leaves the queue.
    public var totalTimeout: Duration = .seconds(30)
    /// CURLOPT_LOW_SPEED_LIMIT / CURLOPT_LOW_SPEED_TIME: fail when slower than this many bytes per second...
    public var lowSpeedBytesPerSecond: Int = 64
    /// ...for this long (whole seconds: libcurl's unit).
    public var lowSpeedTime: Duration = .seconds(15)
    /// Body size limit counted after decompression.
    public var maxBodyBytes: Int = 10 * 1024 * 1024
    public var maxRedirects: Int = 5
    /// Loopback, private (RFC 1918, ULA), link-local and other special addresses are refused unless true.
    public var allowPrivateAddresses: Bool = false
    /// file:// URLs given directly (never through a redirect); for the demo and tests.
    public var allowFileURLs: Bool = true
    public var userAgent: String = FetchConfiguration.defaultUserAgent

    /// `Parley/<version> (+project URL)`: a descriptive User-Agent lets feed operators reach us.
    public static let defaultUserAgent = "Parley/\(ParleyVersion.current) (+https://github.com/parley-news/parley)"

    public init() {}

    public init(
        concurrency: Int = 8, perHostConcurrency: Int = 2, connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30), lowSpeedBytesPerSecond: Int = 64, lowSpeedTime: Duration = .seconds(15),
        maxBodyBytes: Int = 10 * 1024 * 1024, maxRedirects: Int = 5, allowPrivateAddresses: Bool = false,
        allowFileURLs: Bool = true, userAgent: String = FetchConfiguration.defaultUserAgent
    ) {
        self.concurrency = max(1, concurrency)
        self.perHostConcurrency = max(1, perHostConcurrency)
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedTime = lowSpeedTime
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.allowPrivateAddresses = allowPrivateAddresses
        self.allowFileURLs = allowFileURLs
        self.userAgent = userAgent
    }
}
