import Foundation
import ParleyFetch

/// One HTTP header, in the order given (webhook receivers see them as sent): the fetch adapter's type.
public typealias HTTPHeader = HTTPHeaderField

/// One webhook POST.
public struct WebhookRequest: Sendable, Hashable {
    public var url: String
    public var headers: [HTTPHeader]
    public var body: Data
    /// The whole exchange, connect to last byte.
    public var timeout: Duration

    public init(url: String, headers: [HTTPHeader], body: Data, timeout: Duration) {
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    public func header(_ name: String) -> String? {
        headers.value(for: name)
    }

    /// The headers the endpoint's own cannot replace.
    static let reserved: Set<String> = ["content-type", "content-length", StandardWebhooks.idHeader,
                                        StandardWebhooks.timestampHeader, StandardWebhooks.signatureHeader]

    /// A POST of `body` to `endpoint`: JSON content type, the endpoint's own headers, then the Standard Webhooks
    /// headers (signed when the endpoint has a secret) with message id `id` and the time `date`.
    public static func signed(body: Data, id: String, at date: Date, for endpoint: WebhookEndpoint) -> WebhookRequest {
        var headers = [HTTPHeader("Content-Type", "application/json")]
        headers += endpoint.headers.filter { !reserved.contains($0.name.lowercased()) }
        let timestamp = Int64(date.timeIntervalSince1970)
        if let secret = endpoint.secret {
            headers += StandardWebhooks.headers(id: id, timestamp: timestamp, body: body, secret: secret)
        } else {
            headers += [HTTPHeader(StandardWebhooks.idHeader, id),
                        HTTPHeader(StandardWebhooks.timestampHeader, String(timestamp))]
        }
        return WebhookRequest(url: endpoint.url, headers: headers, body: body, timeout: endpoint.timeout)
    }
}

public struct WebhookResponse: Sendable, Hashable {
    public var status: Int
    /// When the endpoint asked to be retried (`Retry-After` of a 429 or 503, RFC 9110 section 10.2.3).
    public var retryAfter: Date?
    /// The start of the answer's body (the transport keeps a few KiB at most).
    public var body: Data

    public init(status: Int, retryAfter: Date? = nil, body: Data = Data()) {
        self.status = status
        self.retryAfter = retryAfter
        self.body = body
    }

    /// Standard Webhooks: any 2xx means delivered.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// A refusal worth retrying: the endpoint timed out waiting (408), is rate limiting (429) or is failing
    /// (5xx). Any other non-2xx (a 4xx, a redirect, which is not followed) is permanent: the same request
    /// would be refused again, so it goes to the dead letters at once instead of blocking the endpoint.
    public var isTransientFailure: Bool {
        status == 408 || status == 429 || (500..<600).contains(status)
    }
}

/// The seam between the webhook sink and HTTP: production posts through libcurl (`CurlWebhookTransport`),
/// tests can use `RecordingWebhookTransport` (ParleyTestSupport). Throws on a network failure (no HTTP status at all).
public protocol WebhookTransport: Sendable {
    func send(_ request: WebhookRequest) async throws -> WebhookResponse
}
