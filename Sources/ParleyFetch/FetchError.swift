/// The module's one error type: which URL (and feed) failed, and the specific reason.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    /// Why the fetch failed; each case is one limit or failure a user can act on.
    public enum Reason: Sendable, Hashable {
        case connectTimeout(Duration)
        case totalTimeout(Duration)
        /// Fewer than `bytesPerSecond` bytes per second for `seconds` (a server that trickles or stalls).
        case tooSlow(bytesPerSecond: Int, seconds: Int)
        /// The body after decompression exceeded the limit; the transfer was cut, not buffered.
        case bodyTooLarge(limit: Int)
        case tooManyRedirects(limit: Int)
        /// A redirect pointed back to a URL already visited in this fetch.
        case redirectLoop(url: String)
        /// The scheme is not allowed here (http, https and file directly; http and https through redirects).
        case protocolNotAllowed(scheme: String, viaRedirect: Bool)
        /// The host resolved to a loopback, private, link-local or otherwise special address.
        case addressNotAllowed(address: String)
        /// 410 Gone: the feed is retired (RFC 9110 section 15.5.11).
        case gone
        /// Any other unsuccessful status (404, 429, 500, 503, a 3xx without Location, ...).
        case httpStatus(Int)
        case tls(String)
        case dns(String)
        case connectionRefused
        case connectionFailed(String)
        /// This machine has no network (no route, interface down): not the feed's fault.
        case networkDown(String)
        case fileNotReadable(String)
        case invalidURL
        case badContentEncoding(String)
        case cancelled
        /// Another libcurl failure, with its message.
        case transfer(String)
    }

    public let url: String
    public let feedName: String?
    public let reason: Reason
    /// True when the failure is this machine's own (no network at all), so it must not count against the feed.
    public let isLocalFailure: Bool
    /// What the server answered, when it answered (status, Retry-After, ...).
    public let info: FetchInfo?

    public init(
        url: String, feedName: String? = nil, reason: Reason, isLocalFailure: Bool = false, info: FetchInfo? = nil
    ) {
        self.url = url
        self.feedName = feedName
        self.reason = reason
        self.isLocalFailure = isLocalFailure
        self.info = info
    }

    /// The HTTP status, when the failure is an HTTP answer.
    public var status: Int? {
        switch reason {
        case .gone: 410
        case .httpStatus(let status): status
        default: nil
        }
    }

    public var description: String {
        let subject = feedName.map { "feed '\($0)' (\(url))" } ?? "feed \(url)"
        return "fetch: \(subject): \(reasonDescription)" + (isLocalFailure ? " (local network failure)" : "")
    }

    /// A short stable label for logs and metrics (`connect_timeout`, `http_404`, ...).
    public var shortDescription: String {
        switch reason {
        case .connectTimeout: "connect_timeout"
        case .totalTimeout: "total_timeout"
        case .tooSlow: "too_slow"
        case .bodyTooLarge: "body_too_large"
        case .tooManyRedirects: "too_many_redirects"
        case .redirectLoop: "redirect_loop"
        case .protocolNotAllowed: "protocol_not_allowed"
        case .addressNotAllowed: "address_not_allowed"
        case .gone: "gone"
        case .httpStatus(let status): "http_\(status)"
        case .tls: "tls"
        case .dns: "dns"
        case .connectionRefused: "connection_refused"
        case .connectionFailed: "connection_failed"
        case .networkDown: "network_down"
        case .fileNotReadable: "file_not_readable"
        case .invalidURL: "invalid_url"
        case .badContentEncoding: "bad_content_encoding"
        case .cancelled: "cancelled"
        case .transfer: "transfer"
        }
    }

    private var reasonDescription: String {
        switch reason {
        case .connectTimeout(let limit): "could not connect within \(limit.secondsText)"
        case .totalTimeout(let limit): "no complete response within \(limit.secondsText)"
        case .tooSlow(let rate, let seconds):
            "too slow: under \(rate) bytes/s for \(seconds) s (the server trickles or stalls)"
        case .bodyTooLarge(let limit): "body larger than \(limit) bytes after decompression; cut off"
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .redirectLoop(let loopURL): "redirect loop back to \(loopURL)"
        case .protocolNotAllowed(let scheme, let viaRedirect):
            viaRedirect
                ? "redirect to a '\(scheme)' URL refused (redirects may lead to http and https only)"
                : "protocol '\(scheme)' not allowed (http, https and file only)"
        case .addressNotAllowed(let address):
            "address \(address) refused: not a public address (allow private addresses in the config to reach it)"
        case .gone: "410 Gone: the feed was removed for good; it is retired"
        case .httpStatus(let status): "HTTP status \(status)"
        case .tls(let message): "TLS failure: \(message)"
        case .dns(let message): "could not resolve the host: \(message)"
        case .connectionRefused: "connection refused"
        case .connectionFailed(let message): "connection failed: \(message)"
        case .networkDown(let message): "no network on this machine: \(message)"
        case .fileNotReadable(let message): "file not readable: \(message)"
        case .invalidURL: "not a valid URL"
        case .badContentEncoding(let message): "undecodable Content-Encoding: \(message)"
        case .cancelled: "cancelled"
        case .transfer(let message): message
        }
    }
}

extension Duration {
    /// `2.5 s`, for messages.
    var secondsText: String {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return millis % 1000 == 0 ? "\(millis / 1000) s" : "\(Double(millis) / 1000) s"
    }

    /// Whole milliseconds, for libcurl's `_MS` options.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
