import Foundation
import ParleyCore
import ParleyStore

/// The in-memory twin of `SQLiteStateStore`, for the tests of the store's neighbours (sinks, daemon).
/// Same semantics, nothing persisted; each method is atomic because the actor runs one at a time.
public actor MemoryStateStore: StateStore {
    private var feedRows: [FeedState] = []
    private var seen: [ItemKey] = []
    private var models: [ModelVersion] = []
    private var storedAlerts: [StoredAlert] = []
    private var outbox: [Delivery] = []
    private var cursors: [String: SinkCursor] = [:]
    /// Delivery ids keep increasing when deliveries are dropped, as SQLite's do.
    private var lastDeliveryID: Int64 = 0

    public init() {}

    // MARK: Feeds

    public func registerFeed(configURL: String, tags: [String]) throws -> FeedState {
        if let index = feedRows.firstIndex(where: { $0.configURL == configURL }) {
            feedRows[index].tags = tags
            return feedRows[index]
        }
        let feed = FeedState(id: Int64(feedRows.count + 1), configURL: configURL, tags: tags)
        feedRows.append(feed)
        return feed
    }

    public func feeds() -> [FeedState] { feedRows }

    public func feed(id: Int64) -> FeedState? { feedRows.first { $0.id == id } }

    public func updateFeed(_ feed: FeedState) throws {
        guard let index = feedRows.firstIndex(where: { $0.id != nil && $0.id == feed.id }) else {
            throw StoreError.unknownFeed(feed.id)
        }
        feedRows[index] = feed
    }

    // MARK: Items

    public func hasSeen(_ key: ItemKey) -> Bool {
        seen.contains { $0.feedID == key.feedID && ($0.guid == key.guid || $0.contentHash == key.contentHash) }
    }

    public func seenGuids(feedID: Int64, among guids: [String]) -> Set<String> {
        let asked = Set(guids)
        return Set(seen.filter { $0.feedID == feedID && asked.contains($0.guid) }.map(\.guid))
    }

    public func commit(_ item: ItemCommit) throws -> CommitResult {
        guard !hasSeen(item.key) else { return .alreadySeen }
        guard feed(id: item.key.feedID) != nil else { throw StoreError.unknownFeed(item.key.feedID) }
        // Encode every alert before changing anything, so a failure leaves the store as it was.
        let alerts: [(StoredAlert, [String])]
        do {
            alerts = try item.alerts.map { (try StoredAlert($0, createdAt: item.seenAt), item.sinks(for: $0)) }
        } catch {
            throw StoreError.encoding("alerts of \(item.reportURL ?? item.key.guid)", error)
        }
        var versions: [String: Int] = [:]
        var added: [ModelVersion] = []
        for model in item.models {
            let latest = (models + added).filter { $0.negotiation == model.negotiation }.map(\.version).max() ?? 0
            // A delta applies to the version before it: the first version must be whole.
            if model.kind == .delta, latest == 0 {
                throw StoreError.modelChain(model.negotiation, "a delta cannot be its first stored version")
            }
            added.append(ModelVersion(negotiation: model.negotiation, version: latest + 1, kind: model.kind,
                                      model: model.model, reportURL: item.reportURL, createdAt: item.seenAt,
                                      reason: model.reason))
            versions[model.negotiation] = latest + 1
        }
        seen.append(item.key)
        models += added
        var deliveries = 0
        for (alert, sinks) in alerts where !storedAlerts.contains(where: { $0.id == alert.id }) {
            storedAlerts.append(alert)
            for sink in sinks {
                lastDeliveryID += 1
                outbox.append(Delivery(id: lastDeliveryID, alertID: alert.id, sink: sink,
                                       webhookID: Delivery.webhookID(alertID: alert.id),
                                       nextAttemptAt: item.seenAt, createdAt: item.seenAt))
                deliveries += 1
            }
        }
        return .committed(modelVersions: versions, deliveries: deliveries)
    }

    // MARK: Model versions

    public func latestModelVersion(negotiation: String) throws -> ModelVersion? {
        try rebuilt(negotiation: negotiation, atMost: .max)
    }

    public func modelVersion(negotiation: String, version: Int) throws -> ModelVersion? {
        let found = try rebuilt(negotiation: negotiation, atMost: version)
        return found?.version == version ? found : nil
    }

    /// As the SQLite store: the nearest snapshot at or before `atMost` and the deltas after it, applied.
    private func rebuilt(negotiation: String, atMost limit: Int) throws -> ModelVersion? {
        let rows = models.filter { $0.negotiation == negotiation && $0.version <= limit }
        guard let start = rows.lastIndex(where: { $0.kind == .snapshot }) else {
            return try ModelVersionChain.rebuild(Array(rows.prefix(1)), negotiation: negotiation)
        }
        return try ModelVersionChain.rebuild(Array(rows[start...]), negotiation: negotiation)
    }

    public func modelVersions(negotiation: String) -> [ModelVersion] {
        models.filter { $0.negotiation == negotiation }
    }

    // MARK: Alerts

    public func alert(id: String) -> StoredAlert? { storedAlerts.first { $0.id == id } }

    public func alerts(limit: Int) -> [StoredAlert] { Array(storedAlerts.prefix(limit)) }

    // MARK: Outbox

    public func pendingDeliveries(sink: String, limit: Int) -> [PendingDelivery] {
        outbox.lazy.filter { $0.sink == sink && $0.state == .pending }.prefix(limit).map { delivery in
            PendingDelivery(delivery: delivery, alertJSON: self.alert(id: delivery.alertID)?.json ?? "")
        }
    }

    public func markDelivered(_ ids: [Int64], cursor: SinkCursor?, at date: Date) throws {
        let indices = try ids.map(index(of:))
        for index in indices {
            outbox[index].state = .delivered
            outbox[index].deliveredAt = date
            outbox[index].attempts += 1
            outbox[index].lastError = nil
            outbox[index].lastStatus = nil
            outbox[index].lastResponse = nil
        }
        if let cursor {
            cursors[cursor.sink] = cursor
        }
    }

    public func recordFailedAttempt(id: Int64, error: String, response: DeliveryResponse?,
                                    nextAttemptAt: Date) throws {
        let index = try attempted(id: id, error: error, response: response)
        outbox[index].nextAttemptAt = nextAttemptAt
    }

    public func markFailed(id: Int64, error: String, response: DeliveryResponse?) throws {
        try giveUp(id: id, state: .failed, error: error, response: response)
    }

    public func markDead(id: Int64, error: String, response: DeliveryResponse?) throws {
        try giveUp(id: id, state: .dead, error: error, response: response)
    }

    private func giveUp(id: Int64, state: DeliveryState, error: String, response: DeliveryResponse?) throws {
        let index = try attempted(id: id, error: error, response: response)
        outbox[index].state = state
    }

    /// One more failed attempt of delivery `id`, with its error and the response; its index in the outbox.
    private func attempted(id: Int64, error: String, response: DeliveryResponse?) throws -> Int {
        let index = try index(of: id)
        outbox[index].attempts += 1
        outbox[index].lastError = error
        outbox[index].lastStatus = response?.status
        outbox[index].lastResponse = response?.excerpt
        return index
    }

    public func deliveries(matching filter: DeliveryFilter) -> [Delivery] {
        let matching = outbox.filter(filter.matches)
        return filter.limit.map { Array(matching.prefix($0)) } ?? matching
    }

    public func requeue(matching filter: DeliveryFilter, at date: Date) -> Int {
        var count = 0
        for index in outbox.indices where filter.matches(outbox[index]) && outbox[index].state != .delivered {
            if outbox[index].state != .pending { outbox[index].attempts = 0 }
            outbox[index].state = .pending
            outbox[index].nextAttemptAt = date
            count += 1
        }
        return count
    }

    public func drop(matching filter: DeliveryFilter) -> Int {
        let before = outbox.count
        outbox.removeAll { filter.matches($0) && DeliveryState.deadLetters.contains($0.state) }
        return before - outbox.count
    }

    public func deliveries(state: DeliveryState, sink: String?) -> [Delivery] {
        outbox.filter { $0.state == state && (sink == nil || $0.sink == sink) }
    }

    public func requeueFailed(sink: String?, at date: Date) -> Int {
        var count = 0
        for index in outbox.indices where outbox[index].state == .failed && (sink == nil || outbox[index].sink == sink) {
            outbox[index].state = .pending
            outbox[index].attempts = 0
            outbox[index].nextAttemptAt = date
            count += 1
        }
        return count
    }

    public func sinkCursor(sink: String) -> SinkCursor? { cursors[sink] }

    private func index(of id: Int64) throws -> Int {
        guard let index = outbox.firstIndex(where: { $0.id == id }) else { throw StoreError.unknownDelivery(id) }
        return index
    }
}
