import Foundation

/// What `parley status` shows: every feed's health, the outbox by endpoint and state, and the models'
/// versions, read in one snapshot of the store.
public struct StoreStatus: Sendable, Hashable {
    public struct Feed: Sendable, Hashable {
        public var state: FeedState
        /// When the feed's newest item was first seen (committed), if any.
        public var lastNewItemAt: Date?
        public var items: Int
    }

    public struct Outbox: Sendable, Hashable {
        public var sink: String
        public var counts: [DeliveryState: Int]
        /// When the oldest pending delivery was created (how far behind the endpoint is).
        public var oldestPendingAt: Date?
    }

    public struct Model: Sendable, Hashable {
        public var negotiation: String
        public var version: Int
        public var updatedAt: Date
        public var reason: String
    }

    public var feeds: [Feed]
    public var outbox: [Outbox]
    public var models: [Model]
}
