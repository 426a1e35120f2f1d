import Foundation

/// What a webhook body looks like.
public enum WebhookFormat: String, Sendable, Hashable, CaseIterable {
    /// The alert record itself (`docs/alert.schema.json`), exactly the alert log's line.
    case generic
    /// A Slack incoming-webhook message (`text` plus Block Kit blocks).
    case slack
    /// A Discord incoming-webhook message (`content` plus one embed).
    case discord
}

/// One configured webhook endpoint.
public struct WebhookEndpoint: Sendable, Hashable {
    /// Keys the endpoint's outbox rows: keep it stable across reloads.
    public var name: String
    public var url: String
    public var format: WebhookFormat
    /// Signs every request per Standard Webhooks when set.
    public var secret: WebhookSecret?
    /// Extra headers (e.g. an API token); they never replace the signing headers or Content-Type.
    public var headers: [HTTPHeader]
    /// Per attempt.
    public var timeout: Duration

    public init(name: String, url: String, format: WebhookFormat = .generic, secret: WebhookSecret? = nil,
                headers: [HTTPHeader] = [], timeout: Duration = .seconds(15)) {
        self.name = name
        self.url = url
        self.format = format
        self.secret = secret
        self.headers = headers
        self.timeout = timeout
    }
}
