import Foundation
import Logging
import ParleyStore

/// Delivers alerts to one webhook endpoint, in commit order. A transient failure (no HTTP answer, a timeout,
/// 408, 429, 5xx) keeps the delivery at the head of the queue and retries it with exponential backoff
/// (`RetryPolicy`, honouring `Retry-After`) until it succeeds or is given up (state `failed`); a permanent one
/// (any other non-2xx, a body that cannot be built) moves it to the dead letters (state `dead`) at once, so it
/// never delays later alerts. Either way the endpoint's status and the start of its answer are kept, for
/// `parley deliveries list`. Each endpoint runs its own loop, so a dead one never delays the log or the others.
///
/// An attempt that has started runs to the end and records its outcome even when the loop is cancelled (a
/// clean SIGTERM): cancelling the POST or the bookkeeping write would leave a delivered alert pending, and the
/// next start would send it a second time.
///
/// Every attempt carries the delivery's fixed `webhook-id` and, with a secret, a fresh `webhook-timestamp`
/// and `webhook-signature` (Standard Webhooks; receivers reject stale timestamps, so retries re-sign).
public struct WebhookSink: AlertSink {
    public let endpoint: WebhookEndpoint
    public let doorbell: DeliveryDoorbell
    private let store: any StateStore
    private let transport: any WebhookTransport
    private let policy: RetryPolicy
    private let logger: Logger
    private let pollInterval: Duration
    private let now: @Sendable () -> Date
    /// Told of each delivery done: the sink, when its alert was committed, when it was delivered (metrics).
    private let onDelivered: DeliveryObserver?

    public var name: String { endpoint.name }

    public init(endpoint: WebhookEndpoint, store: any StateStore, transport: any WebhookTransport, logger: Logger,
                policy: RetryPolicy = RetryPolicy(), doorbell: DeliveryDoorbell = DeliveryDoorbell(),
                pollInterval: Duration = .seconds(1), now: @escaping @Sendable () -> Date = { Date() },
                onDelivered: DeliveryObserver? = nil) {
        self.onDelivered = onDelivered
        self.endpoint = endpoint
        self.store = store
        self.transport = transport
        self.policy = policy
        self.logger = logger
        self.doorbell = doorbell
        self.pollInterval = pollInterval
        self.now = now
    }

    public func run() async {
        while !Task.isCancelled {
            do {
                guard let next = try await store.pendingDeliveries(sink: name, limit: 1).first else {
                    await doorbell.wait(timeout: pollInterval)
                    continue
                }
                let wait = next.delivery.nextAttemptAt.timeIntervalSince(now())
                if wait > 0 {
                    // Not due yet: sleep until it is (or the next poll), without blocking anything else.
                    try? await Task.sleep(for: .milliseconds(Int64(min(wait, pollInterval.seconds) * 1000)))
                    continue
                }
                guard !Task.isCancelled else { return }
                try await Self.uncancellable { try await attempt(next) }
            } catch {
                logger.error("webhook outbox unavailable", metadata: ["sink.name": "\(name)", "error": "\(error)"])
                try? await Task.sleep(for: pollInterval)
            }
        }
    }

    /// Runs `body` to its end whatever happens to the calling task: in a task of its own, which does not
    /// inherit the caller's cancellation (GRDB's async writes and libcurl transfers both stop on it).
    static func uncancellable(_ body: @escaping @Sendable () async throws -> Void) async throws {
        try await Task { try await body() }.value
    }

    /// Makes one attempt at `pending` and records its outcome.
    func attempt(_ pending: PendingDelivery) async throws {
        let delivery = pending.delivery
        var metadata: Logger.Metadata = [
            "sink.name": "\(name)", "alert.id": "\(delivery.alertID)", "webhook.id": "\(delivery.webhookID)",
            "delivery.id": "\(pending.id)", "delivery.attempt": "\(delivery.attempts + 1)",
        ]
        let request: WebhookRequest
        do {
            request = try makeRequest(pending)
        } catch {
            // A body that cannot be built now never can: a dead letter at once.
            try await store.markDead(id: pending.id, error: "\(error)", response: nil)
            logger.error("webhook delivery dead", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            return
        }
        let failure: String
        var answer: DeliveryResponse?
        var askedRetry: Date?
        var permanent = false
        do {
            let response = try await transport.send(request)
            metadata["http.status"] = "\(response.status)"
            if response.isSuccess {
                let at = now()
                try await store.markDelivered([pending.id], cursor: nil, at: at)
                onDelivered?(name, [pending.delivery.createdAt], at)
                logger.debug("webhook delivered", metadata: metadata)
                return
            }
            askedRetry = response.retryAfter
            answer = DeliveryResponse(status: response.status, body: response.body)
            permanent = !response.isTransientFailure
            failure = "HTTP \(response.status)"
        } catch {
            failure = "\(error)"
        }
        let attempts = delivery.attempts + 1
        metadata["error"] = "\(failure)"
        if let answer, !answer.excerpt.isEmpty {
            metadata["http.response"] = "\(answer.excerpt.prefix(200))"
        }
        if permanent {
            try await store.markDead(id: pending.id, error: "\(failure) (refused, not retried)", response: answer)
            logger.error("webhook delivery refused, moved to dead letters", metadata: metadata)
        } else if policy.givesUp(afterAttempts: attempts) {
            try await store.markFailed(id: pending.id, error: "\(failure) (gave up after \(attempts) attempts)",
                                       response: answer)
            logger.error("webhook delivery given up", metadata: metadata)
        } else {
            let next = policy.nextAttempt(afterAttempts: attempts, now: now(), requested: askedRetry)
            try await store.recordFailedAttempt(id: pending.id, error: failure, response: answer, nextAttemptAt: next)
            metadata["retry.in_seconds"] = "\(next.timeIntervalSince(now()))"
            logger.warning("webhook delivery failed, will retry", metadata: metadata)
        }
    }

    /// The POST for one attempt: body in the endpoint's format, the endpoint's own headers, then the
    /// Standard Webhooks headers (which the endpoint's headers cannot replace).
    func makeRequest(_ pending: PendingDelivery) throws -> WebhookRequest {
        let body: Data
        do {
            body = try WebhookMessage.body(alertJSON: pending.alertJSON, format: endpoint.format)
        } catch {
            throw SinkError.format(name, "\(error)")
        }
        return WebhookRequest.signed(body: body, id: pending.delivery.webhookID, at: now(), for: endpoint)
    }
}
