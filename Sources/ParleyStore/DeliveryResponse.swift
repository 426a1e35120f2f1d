import Foundation

/// What an endpoint answered to a failed attempt, as kept with the delivery: the HTTP status and the start of
/// the body (services say why they refuse a payload there, e.g. Slack's `invalid_blocks`).
public struct DeliveryResponse: Sendable, Hashable {
    /// Bytes of the body kept: enough for an error message, bounded so a chatty endpoint cannot grow the store.
    public static let excerptLimit = 2048

    public var status: Int
    public var excerpt: String

    /// Keeps at most `excerptLimit` bytes of `body`, cut on a UTF-8 character boundary.
    public init(status: Int, body: Data) {
        self.status = status
        var end = min(body.count, Self.excerptLimit)
        let bytes = [UInt8](body.prefix(end))
        if end < body.count {
            // Back off continuation bytes (10xxxxxx) so the cut never splits a character.
            while end > 0, end < body.count, body[body.startIndex + end] & 0xC0 == 0x80 { end -= 1 }
        }
        excerpt = String(decoding: bytes.prefix(end), as: UTF8.self)
    }

    public init(status: Int, excerpt: String) {
        self.status = status
        self.excerpt = excerpt
    }
}

/// Which deliveries an operator's command applies to (`parley deliveries list|retry|drop`); nil or empty
/// means any.
public struct DeliveryFilter: Sendable, Hashable {
    public var sink: String?
    public var states: [DeliveryState]
    public var alertID: String?
    public var limit: Int?

    public init(sink: String? = nil, states: [DeliveryState] = [], alertID: String? = nil, limit: Int? = nil) {
        self.sink = sink
        self.states = states
        self.alertID = alertID
        self.limit = limit
    }

    /// Whether `delivery` passes the filter (limit aside).
    public func matches(_ delivery: Delivery) -> Bool {
        (sink == nil || delivery.sink == sink) && (states.isEmpty || states.contains(delivery.state))
            && (alertID == nil || delivery.alertID == alertID)
    }
}
