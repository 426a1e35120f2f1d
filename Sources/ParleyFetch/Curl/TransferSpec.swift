import Foundation

/// One HTTP exchange as the curl loop runs it; both the feed fetcher and the one-shot client describe their
/// requests this way.
struct TransferSpec: Sendable {
    enum OverflowPolicy: Sendable {
        /// Abort the transfer with `bodyTooLarge` (feeds: an endless body is cut, never buffered).
        case fail
        /// Keep the first bytes and discard the rest (webhook responses: only a prefix is reported).
        case truncate
    }

    var url: String
    var method: String = "GET"
    var headers: [HTTPHeaderField] = []
    var body: Data?
    var followRedirects = true
    var maxRedirects = 5
    var connectTimeout: Duration = .seconds(10)
    var totalTimeout: Duration = .seconds(30)
    var lowSpeedBytesPerSecond = 64
    var lowSpeedTime: Duration = .seconds(15)
    var maxBodyBytes = 10 * 1024 * 1024
    var overflow: OverflowPolicy = .fail
    var allowPrivateAddresses = false
    var allowFileURLs = true
    var userAgent = FetchConfiguration.defaultUserAgent

    init(url: String, configuration: FetchConfiguration) {
        self.url = url
        maxRedirects = configuration.maxRedirects
        connectTimeout = configuration.connectTimeout
        totalTimeout = configuration.totalTimeout
        lowSpeedBytesPerSecond = configuration.lowSpeedBytesPerSecond
        lowSpeedTime = configuration.lowSpeedTime
        maxBodyBytes = configuration.maxBodyBytes
        allowPrivateAddresses = configuration.allowPrivateAddresses
        allowFileURLs = configuration.allowFileURLs
        userAgent = configuration.userAgent
    }
}

/// What came back from one transfer: the last response (if any) and, when it failed, why.
struct TransferResult: Sendable {
    var status = 0
    var headers: [HTTPHeaderField] = []
    var body = Data()
    var bodyTruncated = false
    var finalURL: String
    var redirects: [RedirectHop] = []
    var timings = FetchTimings()
    var failure: FetchError.Reason?
    var isLocalFailure = false
    /// When the response arrived, for resolving relative `Retry-After`.
    var receivedAt = Date()
}
