import Foundation

/// Where a delivery stands. `pending` ones are sent (or retried) in order; `failed` ones were given up after
/// the retry policy's last transient failure; `dead` ones were refused for good at once (a 4xx other than 408
/// and 429, a payload the service rejects). Failed and dead deliveries are the dead letters: they never block
/// later alerts, and an operator lists, retries or drops them with `parley deliveries`.
public enum DeliveryState: String, Sendable, Hashable, Codable, CaseIterable {
    case pending, delivered, failed, dead

    /// The states an operator acts on: the dead letters.
    public static let deadLetters: [DeliveryState] = [.failed, .dead]
}

/// One alert to deliver to one sink: a row of the outbox.
public struct Delivery: Sendable, Hashable, Codable, Identifiable {
    /// Assigned by the store; increases in commit order, which is the delivery order per sink.
    public var id: Int64?
    public var alertID: String
    public var sink: String
    /// The Standard Webhooks `webhook-id`: fixed when the delivery is created, the same on every retry.
    public var webhookID: String
    public var attempts: Int
    public var nextAttemptAt: Date
    public var state: DeliveryState
    public var lastError: String?
    public var createdAt: Date
    public var deliveredAt: Date?
    /// The HTTP status of the last answer (nil before any answer, or when there was no HTTP answer at all).
    public var lastStatus: Int?
    /// The start of the last answer's body (at most `DeliveryResponse.excerptLimit` bytes of UTF-8).
    public var lastResponse: String?

    enum CodingKeys: String, CodingKey {
        case id, sink, attempts, state
        case alertID = "alert_id"
        case webhookID = "webhook_id"
        case nextAttemptAt = "next_attempt_at"
        case lastError = "last_error"
        case createdAt = "created_at"
        case deliveredAt = "delivered_at"
        case lastStatus = "last_status"
        case lastResponse = "last_response"
    }

    public init(id: Int64? = nil, alertID: String, sink: String, webhookID: String, attempts: Int = 0,
                nextAttemptAt: Date, state: DeliveryState = .pending, lastError: String? = nil, createdAt: Date,
                deliveredAt: Date? = nil, lastStatus: Int? = nil, lastResponse: String? = nil) {
        self.id = id
        self.alertID = alertID
        self.sink = sink
        self.webhookID = webhookID
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.state = state
        self.lastError = lastError
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
        self.lastStatus = lastStatus
        self.lastResponse = lastResponse
    }

    /// The webhook id of an alert's deliveries: derived from the alert id so it is stable and unique per
    /// message (Standard Webhooks: "the same when the same webhook is being resent").
    public static func webhookID(alertID: String) -> String {
        "msg_" + alertID
    }
}

/// A pending delivery with the alert's JSON line, which is what the sink sends.
public struct PendingDelivery: Sendable, Hashable {
    public var delivery: Delivery
    public var alertJSON: String

    public init(delivery: Delivery, alertJSON: String) {
        self.delivery = delivery
        self.alertJSON = alertJSON
    }

    /// The store-assigned id (always set on deliveries read back from a store).
    public var id: Int64 { delivery.id ?? -1 }
}
