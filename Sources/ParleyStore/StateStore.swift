import Foundation
import ParleyCore

/// Everything the daemon keeps between runs, behind one backend-neutral seam.
///
/// `SQLiteStateStore` (GRDB, one file under the state directory) is the production backend and
/// `MemoryStateStore` (in ParleyTestSupport) its in-memory twin for tests; a PostgreSQL backend, for several instances sharing
/// one feed list, is planned. Nothing here mentions SQL or GRDB so that backend can slot in unchanged.
///
/// Crash-safety contract (issue 7): processing one new item is one `commit(_:)`, which marks the item
/// seen, stores the new model version, and inserts its alerts with one delivery per configured sink, all
/// or nothing. Sinks then drain their deliveries in order (`pendingDeliveries`) and record the outcome.
public protocol StateStore: Sendable {
    // MARK: Feeds

    /// Registers a configured feed (idempotent by `configURL`) and returns its stored state.
    /// An existing feed keeps its HTTP state; its tags are replaced by the configured ones.
    func registerFeed(configURL: String, tags: [String]) async throws -> FeedState
    /// All feeds ever registered, in registration order (feeds removed from the config stay, with their
    /// seen items, so re-adding one does not alert its old entries again).
    func feeds() async throws -> [FeedState]
    func feed(id: Int64) async throws -> FeedState?
    /// Stores a feed's state after a poll (HTTP validators, next poll, errors, a permanent redirect's URL).
    func updateFeed(_ feed: FeedState) async throws

    // MARK: Items

    /// Whether the feed already processed an item with this guid, or with this content hash under any guid.
    func hasSeen(_ key: ItemKey) async throws -> Bool
    /// Which of `guids` the feed already processed (one lookup for a poll's entries: an entry known by guid is
    /// skipped before it is mapped).
    func seenGuids(feedID: Int64, among guids: [String]) async throws -> Set<String>
    /// Commits the outcome of processing one new item in one transaction (see the type's documentation).
    /// Returns `.alreadySeen` and changes nothing when the item was seen by guid or content hash.
    func commit(_ item: ItemCommit) async throws -> CommitResult

    // MARK: Model versions

    /// The latest version of a negotiation's model, whole (rebuilt from its snapshot and deltas).
    func latestModelVersion(negotiation: String) async throws -> ModelVersion?
    /// One version of a negotiation's model, whole (rebuilt from the nearest snapshot and the deltas after it).
    func modelVersion(negotiation: String, version: Int) async throws -> ModelVersion?
    /// Every stored version of a negotiation's model, oldest first, as stored: snapshots and deltas
    /// (`ModelVersionChain.walk` makes whole models of them).
    func modelVersions(negotiation: String) async throws -> [ModelVersion]

    // MARK: Alerts

    func alert(id: String) async throws -> StoredAlert?
    /// Stored alerts oldest first, at most `limit`.
    func alerts(limit: Int) async throws -> [StoredAlert]

    // MARK: Outbox

    /// The sink's pending deliveries in commit order (the order alerts were detected), at most `limit`.
    func pendingDeliveries(sink: String, limit: Int) async throws -> [PendingDelivery]
    /// Marks deliveries delivered; with a cursor, stores it in the same transaction (the alert log's
    /// exactly-once recovery depends on the two moving together).
    func markDelivered(_ ids: [Int64], cursor: SinkCursor?, at date: Date) async throws
    /// Records a transient failed attempt (with the endpoint's answer, if any) that will be retried at
    /// `nextAttemptAt`.
    func recordFailedAttempt(id: Int64, error: String, response: DeliveryResponse?, nextAttemptAt: Date) async throws
    /// Gives a delivery up after its last transient failure: it is kept, with state `.failed`, and listed.
    func markFailed(id: Int64, error: String, response: DeliveryResponse?) async throws
    /// Moves a delivery the endpoint refused for good to the dead letters (state `.dead`) after one attempt.
    func markDead(id: Int64, error: String, response: DeliveryResponse?) async throws
    /// Deliveries in a state (e.g. `.failed` for an operator), optionally for one sink, oldest first.
    func deliveries(state: DeliveryState, sink: String?) async throws -> [Delivery]
    /// Deliveries matching `filter`, oldest first.
    func deliveries(matching filter: DeliveryFilter) async throws -> [Delivery]
    /// Puts failed deliveries back in the queue (an operator's retry); returns how many.
    func requeueFailed(sink: String?, at date: Date) async throws -> Int
    /// An operator's retry: matching failed and dead deliveries go back to pending with their attempts reset,
    /// matching pending ones become due now; delivered ones are never touched. Returns how many changed.
    func requeue(matching filter: DeliveryFilter, at date: Date) async throws -> Int
    /// An operator's drop: deletes matching failed and dead deliveries (the alert itself stays); returns how many.
    func drop(matching filter: DeliveryFilter) async throws -> Int
    func sinkCursor(sink: String) async throws -> SinkCursor?
}

extension StateStore {
    public func recordFailedAttempt(id: Int64, error: String, nextAttemptAt: Date) async throws {
        try await recordFailedAttempt(id: id, error: error, response: nil, nextAttemptAt: nextAttemptAt)
    }

    public func markFailed(id: Int64, error: String) async throws {
        try await markFailed(id: id, error: error, response: nil)
    }
}
