import Foundation

/// One HTTP request for the one-shot client (webhooks and other non-feed calls).
public struct HTTPRequest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable {
        case get = "GET", post = "POST", put = "PUT", head = "HEAD", delete = "DELETE", patch = "PATCH"
    }

    public var method: Method
    public var url: String
    public var headers: [HTTPHeaderField]
    public var body: Data?
    /// The whole exchange, connect to last byte.
    public var timeout: Duration
    /// Follow redirects (checked hop by hop like feeds); off for webhooks, whose endpoints should not move.
    public var followRedirects: Bool

    public init(
        method: Method = .get, url: String, headers: [HTTPHeaderField] = [], body: Data? = nil,
        timeout: Duration = .seconds(30), followRedirects: Bool = false
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.followRedirects = followRedirects
    }
}

/// The answer to an `HTTPRequest`: any status is an answer (a 500 does not throw).
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeaderField]
    /// The first `bodyLimit` bytes of the body.
    public var body: Data
    public var bodyTruncated: Bool
    public var duration: Duration

    public init(
        status: Int, headers: [HTTPHeaderField] = [], body: Data = Data(), bodyTruncated: Bool = false,
        duration: Duration = .zero
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.duration = duration
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
}

/// Sends one request and returns the response; throws `FetchError` when there is no HTTP answer at all.
public protocol HTTPClient: Sendable {
    func send(_ request: HTTPRequest) async throws(FetchError) -> HTTPResponse
}

/// `HTTPClient` on the same libcurl machinery as the feed fetcher: same limits, address checks and TLS settings.
public final class CurlHTTPClient: HTTPClient {
    public let configuration: FetchConfiguration
    /// How much of a response body is kept (the rest is read and discarded).
    public let bodyLimit: Int
    private let loop: CurlMultiLoop

    /// - Parameters:
    ///   - configuration: limits; `allowPrivateAddresses` decides whether endpoints on the LAN or loopback are
    ///     reachable (webhook receivers often are internal).
    ///   - bodyLimit: response bytes kept.
    public init(configuration: FetchConfiguration = FetchConfiguration(), bodyLimit: Int = 64 * 1024) {
        self.configuration = configuration
        self.bodyLimit = bodyLimit
        loop = CurlMultiLoop(
            concurrency: configuration.concurrency, perHostConcurrency: configuration.perHostConcurrency)
    }

    deinit { loop.stop() }

    public func send(_ request: HTTPRequest) async throws(FetchError) -> HTTPResponse {
        let scheme = URLComponents(string: request.url)?.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            throw FetchError(url: request.url, reason: .protocolNotAllowed(scheme: scheme, viaRedirect: false))
        }
        var spec = TransferSpec(url: request.url, configuration: configuration)
        spec.method = request.method.rawValue
        spec.headers = request.headers
        spec.body = request.body ?? (request.method == .post || request.method == .put ? Data() : nil)
        spec.totalTimeout = request.timeout
        spec.followRedirects = request.followRedirects
        spec.maxBodyBytes = bodyLimit
        spec.overflow = .truncate
        spec.allowFileURLs = false
        let result = await CurlRun.run(spec, on: loop)
        if let failure = result.failure {
            throw FetchError(url: request.url, reason: failure, isLocalFailure: result.isLocalFailure)
        }
        return HTTPResponse(
            status: result.status, headers: result.headers, body: result.body, bodyTruncated: result.bodyTruncated,
            duration: result.timings.total)
    }
}
