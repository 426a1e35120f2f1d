import Logging
import ParleySinks
import ParleyStore

/// Builds the sinks a config asks for: the alert log (outbox name `log`) and one `WebhookSink` per webhook,
/// each keyed by its whole configuration so a reload restarts exactly the loops whose settings changed.
struct SinkFactory: Sendable {
    static let alertLogName = ConfigBuilder.alertLogSinkName

    let store: any StateStore
    let transport: any WebhookTransport
    let logger: Logger
    var metrics: DaemonMetrics?

    /// The outbox names alert deliveries are committed for, in a stable order, each with the negotiations it
    /// takes (the alert log takes every one; a webhook only when its `events` include alerts).
    static func sinkRoutes(_ config: DaemonConfig) -> [SinkRoute] {
        [SinkRoute(alertLogName)] + config.webhooks.filter { $0.events.contains(.alerts) }.map {
            SinkRoute($0.name, negotiations: $0.negotiations.map(Set.init))
        }
    }

    func members(_ config: DaemonConfig) throws(DaemonError) -> [SinkSupervisor.Member] {
        var observer: DeliveryObserver?
        if let metrics {
            observer = { sink, created, at in metrics.delivered(sink: sink, created: created, at: at) }
        }
        var members = [SinkSupervisor.Member(
            key: "log|\(config.alertLog)",
            sink: AlertLogSink(path: config.alertLog, store: store,
                               logger: logger.with("sink.name", Self.alertLogName), name: Self.alertLogName,
                               onDelivered: observer))]
        for hook in config.webhooks where hook.events.contains(.alerts) {
            let endpoint = try Self.endpoint(hook, timeout: config.webhookRetry.timeout)
            let retry = config.webhookRetry
            let policy = RetryPolicy(initialDelay: retry.initialDelay, maxDelay: retry.maxDelay,
                                     maxAttempts: retry.maxAttempts)
            members.append(SinkSupervisor.Member(
                key: "webhook|\(hook)|\(retry)",
                sink: WebhookSink(endpoint: endpoint, store: store, transport: transport,
                                  logger: logger.with("sink.name", hook.name), policy: policy,
                                  onDelivered: observer)))
        }
        return members
    }

    static func endpoint(_ hook: WebhookConfig, timeout: Duration) throws(DaemonError) -> WebhookEndpoint {
        do {
            return WebhookEndpoint(
                name: hook.name, url: hook.url, format: WebhookFormat(rawValue: hook.format.rawValue) ?? .generic,
                secret: try hook.secret.map { try WebhookSecret($0) },
                headers: hook.headers.sorted { $0.key < $1.key }.map { HTTPHeader($0.key, $0.value) },
                timeout: timeout)
        } catch {
            throw .sink("webhook \(hook.name): \(error)")
        }
    }
}

extension Logger {
    /// A copy with one more metadata field.
    func with(_ key: String, _ value: String) -> Logger {
        var copy = self
        copy[metadataKey: key] = "\(value)"
        return copy
    }
}
