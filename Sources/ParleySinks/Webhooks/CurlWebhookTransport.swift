import Foundation
import ParleyFetch

/// Posts webhooks through libcurl, on ParleyFetch's one-shot `HTTPClient` (the same curl machinery, limits
/// and TLS settings as the feed fetcher). Redirects are not followed: a webhook URL that moved is a
/// configuration to fix, and a redirect must not carry the signed body elsewhere. Only the status decides
/// (Standard Webhooks: 2xx is delivered); a transfer with no HTTP answer throws. The start of the answer's
/// body comes back too, so a refusal's reason can be kept with the delivery.
public struct CurlWebhookTransport: WebhookTransport {
    private let client: any HTTPClient

    /// Defaults for webhooks: endpoints come from the operator's config, not from feed content, and are
    /// often internal (a receiver on the LAN or on this machine), so private and loopback addresses are
    /// allowed; never file://.
    public static var defaultConfiguration: FetchConfiguration {
        var configuration = FetchConfiguration()
        configuration.allowPrivateAddresses = true
        configuration.allowFileURLs = false
        return configuration
    }

    public init(configuration: FetchConfiguration = CurlWebhookTransport.defaultConfiguration) {
        // A receiver's answer body only goes into logs: keep a little of it.
        client = CurlHTTPClient(configuration: configuration, bodyLimit: 4 * 1024)
    }

    /// Any `HTTPClient`, e.g. one shared with other one-shot calls.
    public init(client: any HTTPClient) {
        self.client = client
    }

    public func send(_ request: WebhookRequest) async throws -> WebhookResponse {
        let http = HTTPRequest(method: .post, url: request.url,
                               headers: request.headers.map { HTTPHeaderField($0.name, $0.value) },
                               body: request.body, timeout: request.timeout, followRedirects: false)
        let response: HTTPResponse
        do {
            response = try await client.send(http)
        } catch {
            throw SinkError.transport(request.url, error.description)
        }
        var retryAfter: Date?
        if response.status == 429 || response.status == 503,
           let value = response.headers.value(for: "Retry-After") {
            retryAfter = Self.retryAfter(value, now: Date())
        }
        return WebhookResponse(status: response.status, retryAfter: retryAfter, body: response.body)
    }

    /// `Retry-After` is delay-seconds or an HTTP-date (RFC 9110 section 10.2.3).
    static func retryAfter(_ value: String, now: Date) -> Date? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 {
            return now.addingTimeInterval(TimeInterval(seconds))
        }
        return HTTPDate.parse(text)
    }
}
