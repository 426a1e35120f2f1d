import Logging

/// A validated daemon configuration (see docs/configuration.md and Config/parley.yaml). Built only by
/// `ConfigLoader`, which refuses a file with any problem: the daemon never runs half-configured.
public struct DaemonConfig: Sendable, Equatable {
    /// The file this was read from (absolute), so SIGHUP re-reads the same one.
    public var file: String
    /// The negotiation model files followed (`models:`, or the one of `model:`), in order. Each negotiation's
    /// tracker starts from its file when the state directory holds no version of it yet, else from the latest
    /// stored version, which takes the file's vocabulary (on every start and reload).
    public var modelFiles: [String]
    /// Holds the SQLite database (`parley.sqlite`): feeds, seen items, model versions, alerts, outbox.
    public var stateDirectory: String
    /// JSON-lines alert log (one alert per line, parley.alert/v1).
    public var alertLog: String
    public var logLevel: Logger.Level
    public var limits: LimitsConfig
    public var feeds: [FeedConfig]
    public var webhooks: [WebhookConfig]
    /// How failed webhook deliveries are retried (all endpoints).
    public var webhookRetry: WebhookRetryConfig
    /// A new feed's existing items (those of its first fetch) teach the model without alerting unless
    /// published within this window before the fetch (`alert_backlog`, default 48 h); nil (`all`): every item
    /// of a first fetch alerts.
    public var alertBacklog: Duration? = DaemonConfig.defaultAlertBacklog
    /// The Prometheus endpoint (`metrics`); nil: none (the default).
    public var metrics: MetricsConfig?
    /// When a feed counts as failing or silent (`feed_health`).
    public var feedHealth = FeedHealthConfig()

    public static let defaultAlertBacklog: Duration = .seconds(48 * 3600)

    public init(file: String, modelFiles: [String], stateDirectory: String, alertLog: String,
                logLevel: Logger.Level = .info, limits: LimitsConfig = LimitsConfig(),
                feeds: [FeedConfig] = [], webhooks: [WebhookConfig] = [],
                webhookRetry: WebhookRetryConfig = WebhookRetryConfig()) {
        self.file = file
        self.modelFiles = modelFiles
        self.stateDirectory = stateDirectory
        self.alertLog = alertLog
        self.logLevel = logLevel
        self.limits = limits
        self.feeds = feeds
        self.webhooks = webhooks
        self.webhookRetry = webhookRetry
    }

    /// The SQLite database inside the state directory.
    public var databasePath: String { stateDirectory + "/parley.sqlite" }
}

/// One polled feed.
public struct FeedConfig: Sendable, Hashable {
    public var url: String
    public var name: String?
    /// Overrides `limits.default_poll_interval`; the scheduler still honours the feed's own hints within
    /// `limits.min_poll_interval`...`limits.max_poll_interval`.
    public var interval: Duration?
    public var tags: [String]

    public init(url: String, name: String? = nil, interval: Duration? = nil, tags: [String] = []) {
        self.url = url
        self.name = name
        self.interval = interval
        self.tags = tags
    }
}

/// One webhook endpoint. Its `name` keys its outbox rows, so it must stay stable across reloads.
public struct WebhookConfig: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case generic, slack, discord
    }

    public var name: String
    public var url: String
    public var format: Format
    /// Standard Webhooks secret, `whsec_<base64 of 24...64 bytes>`; nil sends unsigned requests.
    public var secret: String?
    public var headers: [String: String]
    /// What the endpoint receives (`events`): alerts (the default), feed-health events, or both.
    public var events: Set<Event> = [.alerts]

    public enum Event: String, Sendable, Hashable, CaseIterable {
        case alerts
        case feedHealth = "feed_health"
    }
    /// The negotiations (model ids) whose alerts this webhook gets; nil: all of them.
    public var negotiations: [String]?

    public init(name: String, url: String, format: Format = .generic, secret: String? = nil,
                headers: [String: String] = [:], negotiations: [String]? = nil) {
        self.name = name
        self.url = url
        self.format = format
        self.secret = secret
        self.headers = headers
        self.negotiations = negotiations
    }
}

/// Exponential backoff for failed webhook deliveries: `initialDelay`, doubling up to `maxDelay`, given up (kept
/// as failed and listed, never dropped) after `maxAttempts`. The defaults retry for about a day.
public struct WebhookRetryConfig: Sendable, Hashable {
    public var initialDelay: Duration = .seconds(5)
    public var maxDelay: Duration = .seconds(3600)
    public var maxAttempts: Int = 30
    /// Per-attempt request timeout.
    public var timeout: Duration = .seconds(15)

    public init() {}
}

/// Limits that keep the daemon polite to feed servers and bounded on this machine.
public struct LimitsConfig: Sendable, Hashable {
    /// Feeds fetched at once, in all.
    public var concurrency: Int = 8
    /// Feeds fetched at once from one host.
    public var perHostConcurrency: Int = 2
    public var connectTimeout: Duration = .seconds(10)
    /// Whole request, headers and body.
    public var requestTimeout: Duration = .seconds(30)
    /// Bodies larger than this (after decompression) are cut and the fetch fails.
    public var maxBodyBytes: Int = 10 * 1024 * 1024
    public var defaultPollInterval: Duration = .seconds(15 * 60)
    public var minPollInterval: Duration = .seconds(5 * 60)
    public var maxPollInterval: Duration = .seconds(6 * 3600)
    /// Loopback, private (RFC 1918, ULA) and link-local addresses are refused unless this is true.
    public var allowPrivateAddresses: Bool = false
    /// How long a graceful shutdown may take before in-flight work is cancelled.
    public var shutdownTimeout: Duration = .seconds(20)

    public init() {}
}

/// Where `GET /metrics` is served (Prometheus text format). Loopback unless `allowRemote`.
public struct MetricsConfig: Sendable, Hashable {
    public static let defaultListen = "127.0.0.1:9464"

    /// As written: `127.0.0.1:9464`, `[::1]:9464`, `localhost:9464`.
    public var listen: String
    public var host: String
    /// 0 lets the kernel choose (tests).
    public var port: Int
    /// A non-loopback address is refused unless this is true (the endpoint has no authentication).
    public var allowRemote: Bool

    public init(listen: String, host: String, port: Int, allowRemote: Bool = false) {
        self.listen = listen
        self.host = host
        self.port = port
        self.allowRemote = allowRemote
    }

    /// `HOST:PORT` with an IP literal (IPv6 in brackets) or `localhost`, or nil.
    static func parse(_ text: String) -> (host: String, port: Int)? {
        let host: Substring, portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                return nil
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
            guard host.contains(":") else { return nil }
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            guard !host.contains(":"), host == "localhost" || isIPv4(host) else { return nil }
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port),
              portText.allSatisfy(\.isASCII) else { return nil }
        return (host == "localhost" ? "127.0.0.1" : String(host), port)
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.isASCII && $0.isNumber } && Int(part)! <= 255
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host.hasPrefix("127.") || host == "::1"
    }
}

/// A feed is failing when its polls have failed without a success for `failingAfter`, silent when it has had no
/// new item for `silentAfter`; each change (and recovery) is logged once and sent to the webhooks that ask.
public struct FeedHealthConfig: Sendable, Hashable {
    public var failingAfter: Duration = .seconds(3600)
    public var silentAfter: Duration = .seconds(7 * 86400)

    public init() {}
}
