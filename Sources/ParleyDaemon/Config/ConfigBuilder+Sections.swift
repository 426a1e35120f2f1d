import Foundation
import Yams

extension ConfigBuilder {
    static let limitKeys = [
        "concurrency", "per_host_concurrency", "connect_timeout", "request_timeout", "max_body_bytes",
        "default_poll_interval", "min_poll_interval", "max_poll_interval", "allow_private_addresses",
        "shutdown_timeout",
    ]
    static let feedKeys = ["url", "name", "interval", "tags"]
    /// The alert log's name in the outbox; no webhook may take it.
    static let alertLogSinkName = "log"
    static let webhookKeys = ["name", "url", "format", "secret", "headers", "events", "negotiations"]
    static let feedHealthKeys = ["failing_after", "silent_after"]
    /// Headers the webhook sender sets itself (Standard Webhooks signing and the body's framing).
    static let reservedHeaders: Set<String> = [
        "content-type", "content-length", "host", "webhook-id", "webhook-timestamp", "webhook-signature",
        "transfer-encoding", "user-agent",
    ]

    static let metricsKeys = ["listen", "allow_remote"]

    /// `metrics: {listen: 127.0.0.1:9464, allow_remote: false}`; an empty mapping takes the defaults.
    mutating func readMetrics(_ entry: ConfigReader.Entry) -> MetricsConfig? {
        if entry.value.mapping?.isEmpty == true || entry.value.scalar?.string == "" {
            return MetricsConfig(listen: MetricsConfig.defaultListen, host: "127.0.0.1", port: 9464)
        }
        guard let map = reader.mapping(entry.value, entry.path, allowed: Self.metricsKeys) else { return nil }
        var allowRemote = false
        if let e = map["allow_remote"], let v = reader.bool(e) { allowRemote = v }
        var listen = MetricsConfig.defaultListen
        var node = entry.value, path = entry.path
        if let e = map["listen"] {
            guard let text = reader.string(e) else { return nil }
            (listen, node, path) = (text, e.value, e.path)
        }
        guard let (host, port) = MetricsConfig.parse(listen) else {
            reader.problem(node, path, "expected HOST:PORT with an IP address or localhost, such as "
                           + "127.0.0.1:9464 or [::1]:9464, found '\(listen)'")
            return nil
        }
        if !MetricsConfig.isLoopback(host) && !allowRemote {
            reader.problem(node, path, "\(host) is not a loopback address: the endpoint has no authentication; "
                           + "set metrics.allow_remote: true to serve it beyond this machine")
            return nil
        }
        return MetricsConfig(listen: listen, host: host, port: port, allowRemote: allowRemote)
    }

    mutating func readFeedHealth(_ entry: ConfigReader.Entry) -> FeedHealthConfig {
        var health = FeedHealthConfig()
        guard let map = reader.mapping(entry.value, entry.path, allowed: Self.feedHealthKeys) else { return health }
        if let e = map["failing_after"], let v = reader.duration(e) { health.failingAfter = v }
        if let e = map["silent_after"], let v = reader.duration(e) { health.silentAfter = v }
        return health
    }

    mutating func readLimits(_ entry: ConfigReader.Entry) -> LimitsConfig {
        var limits = LimitsConfig()
        guard let map = reader.mapping(entry.value, entry.path, allowed: Self.limitKeys) else { return limits }
        if let e = map["concurrency"], let v = reader.int(e, range: 1...1024) { limits.concurrency = v }
        if let e = map["per_host_concurrency"], let v = reader.int(e, range: 1...64) { limits.perHostConcurrency = v }
        if let e = map["connect_timeout"], let v = reader.duration(e) { limits.connectTimeout = v }
        if let e = map["request_timeout"], let v = reader.duration(e) { limits.requestTimeout = v }
        if let e = map["max_body_bytes"], let v = reader.byteSize(e) { limits.maxBodyBytes = v }
        if let e = map["default_poll_interval"], let v = reader.duration(e) { limits.defaultPollInterval = v }
        if let e = map["min_poll_interval"], let v = reader.duration(e) { limits.minPollInterval = v }
        if let e = map["max_poll_interval"], let v = reader.duration(e) { limits.maxPollInterval = v }
        if let e = map["allow_private_addresses"], let v = reader.bool(e) { limits.allowPrivateAddresses = v }
        if let e = map["shutdown_timeout"], let v = reader.duration(e) { limits.shutdownTimeout = v }
        if limits.minPollInterval > limits.maxPollInterval {
            reader.problem(map["min_poll_interval"]?.value ?? entry.value, "\(entry.path).min_poll_interval",
                           "\(ConfigValues.describe(limits.minPollInterval)) is longer than max_poll_interval "
                           + ConfigValues.describe(limits.maxPollInterval))
        }
        if limits.perHostConcurrency > limits.concurrency {
            reader.problem(map["per_host_concurrency"]?.value ?? entry.value, "\(entry.path).per_host_concurrency",
                           "\(limits.perHostConcurrency) is above concurrency \(limits.concurrency)")
        }
        return limits
    }

    mutating func readFeeds(_ entry: ConfigReader.Entry, limits: LimitsConfig) -> [FeedConfig] {
        guard let sequence = entry.value.sequence else {
            reader.problem(entry.value, entry.path, "expected a list of feeds, found \(reader.kind(of: entry.value))")
            return []
        }
        if sequence.isEmpty { reader.problem(entry.value, entry.path, "no feeds: list at least one") }
        var feeds: [FeedConfig] = []
        var seenURLs: [String: String] = [:]
        var seenNames: [String: String] = [:]
        for (index, node) in sequence.enumerated() {
            let path = "\(entry.path)[\(index)]"
            let item = node.scalar != nil ? Node([(Node("url"), node)], .implicit, .any) : node
            guard let map = reader.mapping(item, path, allowed: Self.feedKeys) else { continue }
            guard let urlEntry = map["url"] else {
                reader.problem(node, path, "a feed needs a url")
                continue
            }
            guard let url = reader.string(urlEntry) else { continue }
            if let problem = ConfigValues.urlProblem(url, allowedSchemes: ["http", "https", "file"]) {
                reader.problem(urlEntry.value, urlEntry.path, problem)
                continue
            }
            var feed = FeedConfig(url: url)
            let identity = ConfigValues.feedIdentity(url)
            if let first = seenURLs[identity] {
                reader.problem(urlEntry.value, urlEntry.path, "duplicate feed: same URL as \(first)")
            }
            seenURLs[identity] = seenURLs[identity] ?? path
            if let e = map["name"], let name = reader.string(e) {
                if let first = seenNames[name] {
                    reader.problem(e.value, e.path, "duplicate feed name '\(name)': also \(first)")
                }
                seenNames[name] = seenNames[name] ?? path
                feed.name = name
            }
            if let e = map["interval"], let interval = reader.duration(e) {
                if interval < limits.minPollInterval || interval > limits.maxPollInterval {
                    reader.problem(e.value, e.path, "\(ConfigValues.describe(interval)) is outside limits "
                                   + "min_poll_interval...max_poll_interval ("
                                   + "\(ConfigValues.describe(limits.minPollInterval))..."
                                   + "\(ConfigValues.describe(limits.maxPollInterval)))")
                }
                feed.interval = interval
            }
            if let e = map["tags"], let tags = reader.stringList(e) { feed.tags = tags }
            feeds.append(feed)
        }
        return feeds
    }

    mutating func readRetry(_ entry: ConfigReader.Entry) -> WebhookRetryConfig {
        var retry = WebhookRetryConfig()
        let keys = ["initial_delay", "max_delay", "max_attempts", "timeout"]
        guard let map = reader.mapping(entry.value, entry.path, allowed: keys) else { return retry }
        if let e = map["initial_delay"], let v = reader.duration(e) { retry.initialDelay = v }
        if let e = map["max_delay"], let v = reader.duration(e) { retry.maxDelay = v }
        if let e = map["max_attempts"], let v = reader.int(e, range: 1...10_000) { retry.maxAttempts = v }
        if let e = map["timeout"], let v = reader.duration(e) { retry.timeout = v }
        if retry.initialDelay > retry.maxDelay {
            reader.problem(map["initial_delay"]?.value ?? entry.value, "\(entry.path).initial_delay",
                           "\(ConfigValues.describe(retry.initialDelay)) is longer than max_delay "
                           + ConfigValues.describe(retry.maxDelay))
        }
        return retry
    }

    mutating func readSinks(_ entry: ConfigReader.Entry) -> (webhooks: [WebhookConfig], retry: WebhookRetryConfig) {
        guard let map = reader.mapping(entry.value, entry.path, allowed: ["webhooks", "retry"]) else {
            return ([], WebhookRetryConfig())
        }
        let retry = map["retry"].map { readRetry($0) } ?? WebhookRetryConfig()
        guard let list = map["webhooks"] else { return ([], retry) }
        guard let sequence = list.value.sequence else {
            reader.problem(list.value, list.path, "expected a list of webhooks, found \(reader.kind(of: list.value))")
            return ([], retry)
        }
        var hooks: [WebhookConfig] = []
        var seenNames: [String: String] = [:]
        for (index, node) in sequence.enumerated() {
            let path = "\(list.path)[\(index)]"
            guard let hook = readWebhook(node, path, index: hooks.count) else { continue }
            if let first = seenNames[hook.name] {
                reader.problem(node, path, "duplicate webhook name '\(hook.name)': also \(first); "
                               + "give each a distinct name")
            }
            if hook.name == Self.alertLogSinkName {
                reader.problem(node, path, "the name '\(hook.name)' is the alert log's; choose another")
            }
            seenNames[hook.name] = seenNames[hook.name] ?? path
            hooks.append(hook)
        }
        return (hooks, retry)
    }

    private mutating func readWebhook(_ node: Node, _ path: String, index: Int) -> WebhookConfig? {
        guard let map = reader.mapping(node, path, allowed: Self.webhookKeys) else { return nil }
        guard let urlEntry = map["url"] else {
            reader.problem(node, path, "a webhook needs a url")
            return nil
        }
        guard let url = reader.string(urlEntry) else { return nil }
        if let problem = ConfigValues.urlProblem(url, allowedSchemes: ["http", "https"]) {
            reader.problem(urlEntry.value, urlEntry.path, problem)
            return nil
        }
        // The name keys the outbox; defaulting to the URL keeps it stable when only the secret changes.
        var hook = WebhookConfig(name: url, url: url)
        if let e = map["name"], let name = reader.string(e) { hook.name = name }
        if let e = map["format"], let text = reader.string(e) {
            if let format = WebhookConfig.Format(rawValue: text.lowercased()) {
                hook.format = format
            } else {
                let formats = WebhookConfig.Format.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem(e.value, e.path, "unknown format '\(text)'; use one of \(formats)")
            }
        }
        if let e = map["secret"], let secret = reader.string(e) {
            if let problem = ConfigValues.secretProblem(secret) {
                reader.problem(e.value, e.path, problem)
            } else {
                hook.secret = secret
            }
        }
        if let e = map["headers"] { hook.headers = readHeaders(e) }
        if let e = map["events"], let words = reader.stringList(e) {
            var events = Set<WebhookConfig.Event>()
            for word in words {
                if let event = WebhookConfig.Event(rawValue: word.lowercased()) {
                    events.insert(event)
                } else {
                    let known = WebhookConfig.Event.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.problem(e.value, e.path, "unknown event '\(word)'; use one or more of \(known)")
                }
            }
            if words.isEmpty { reader.problem(e.value, e.path, "no events: list alerts, feed_health or both") }
            if !events.isEmpty { hook.events = events }
        }
        if let e = map["negotiations"] { hook.negotiations = readNegotiations(e, webhook: index) }
        return hook
    }

    /// The negotiation ids a webhook subscribes to; checked against the models' ids once they are loaded.
    private mutating func readNegotiations(_ entry: ConfigReader.Entry, webhook: Int) -> [String]? {
        guard let sequence = entry.value.sequence else {
            reader.problem(entry.value, entry.path, "expected a list of negotiation ids (the models' \"id\"), "
                           + "found \(reader.kind(of: entry.value))")
            return nil
        }
        if sequence.isEmpty {
            reader.problem(entry.value, entry.path, "an empty list would send this webhook nothing; list the "
                           + "negotiation ids it takes, or leave negotiations out to take them all")
            return nil
        }
        var ids: [String] = []
        for (index, node) in sequence.enumerated() {
            let path = "\(entry.path)[\(index)]"
            guard let id = node.scalar?.string, !id.isEmpty else {
                reader.problem(node, path, "expected a negotiation id, found \(reader.kind(of: node))")
                continue
            }
            if ids.contains(id) {
                reader.problem(node, path, "negotiation '\(id)' is listed twice")
                continue
            }
            ids.append(id)
            webhookNegotiations.append((webhook, id, node, path))
        }
        return ids
    }

    private mutating func readHeaders(_ entry: ConfigReader.Entry) -> [String: String] {
        guard let mapping = entry.value.mapping else {
            reader.problem(entry.value, entry.path, "expected a mapping of header names to values")
            return [:]
        }
        var headers: [String: String] = [:]
        let token = CharacterSet(charactersIn: "!#$%&'*+-.^_`|~0123456789"
                                 + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for (keyNode, valueNode) in mapping {
            let name = keyNode.scalar?.string ?? ""
            let path = "\(entry.path).\(name)"
            if name.isEmpty || name.unicodeScalars.contains(where: { !token.contains($0) }) {
                reader.problem(keyNode, path, "not a valid HTTP header name")
                continue
            }
            if Self.reservedHeaders.contains(name.lowercased()) {
                reader.problem(keyNode, path, "header '\(name)' is set by Parley itself")
                continue
            }
            guard let value = valueNode.scalar?.string, !value.contains("\n"), !value.contains("\r") else {
                reader.problem(valueNode, path, "header value must be one line of text")
                continue
            }
            headers[name] = value
        }
        return headers
    }
}
