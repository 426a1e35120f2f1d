/// What the loopback server sends back, including the misbehaviours a feed fetcher must survive.
public struct LoopbackResponse: Sendable {
    /// How the body is delivered after the header block.
    public enum Body: Sendable {
        /// The whole body at once, with `Content-Length`.
        case bytes([UInt8])
        /// `Content-Length` of the whole body, then `bytesPerChunk` bytes every `interval`.
        case trickle([UInt8], bytesPerChunk: Int, interval: Duration)
        /// Chunked transfer of `chunk` repeated forever, pausing `interval` between chunks (zero: as fast as the
        /// client reads), until the client disconnects or the server shuts down.
        case endless(chunk: [UInt8], interval: Duration)
        /// Headers are sent, then nothing more until the server shuts down.
        case stallAfterHeaders
    }

    /// How the body bytes are encoded on the wire.
    public enum Encoding: Sendable {
        case identity
        /// gzip (RFC 1952), with `Content-Encoding: gzip`; for `.bytes` and `.trickle` bodies.
        case gzip
    }

    public var status: Int
    public var headers: [LoopbackHeader]
    public var body: Body
    public var encoding: Encoding
    /// Wait this long before sending the status line (a slow server).
    public var delayBeforeHeaders: Duration
    /// Never answer at all: the connection stays open and silent until the server shuts down.
    public var stallBeforeHeaders: Bool

    public init(
        status: Int = 200, headers: [LoopbackHeader] = [], body: Body = .bytes([]), encoding: Encoding = .identity,
        delayBeforeHeaders: Duration = .zero, stallBeforeHeaders: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.encoding = encoding
        self.delayBeforeHeaders = delayBeforeHeaders
        self.stallBeforeHeaders = stallBeforeHeaders
    }

    /// A 200 (or other status) with a text body and a content type.
    public static func text(
        _ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8",
        headers: [LoopbackHeader] = []
    ) -> LoopbackResponse {
        LoopbackResponse(
            status: status, headers: [LoopbackHeader("Content-Type", contentType)] + headers,
            body: .bytes(Array(text.utf8)))
    }

    /// An empty response with just a status and headers (304, 410, 204, ...).
    public static func status(_ status: Int, headers: [LoopbackHeader] = []) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: headers)
    }

    /// A redirect to `location` (absolute or relative, sent as given).
    public static func redirect(_ status: Int, to location: String) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: [LoopbackHeader("Location", location)])
    }

    /// A server that accepts the request and never answers.
    public static let stall = LoopbackResponse(stallBeforeHeaders: true)

    /// The same response with one more header.
    public func adding(_ name: String, _ value: String) -> LoopbackResponse {
        var copy = self
        copy.headers.append(LoopbackHeader(name, value))
        return copy
    }
}
