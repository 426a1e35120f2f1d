import Foundation
import ParleyCore

/// The outcome of processing one new feed item, committed by `StateStore.commit(_:)` in ONE transaction:
/// the item is marked seen, the new model version (if the model changed) is stored, and each alert is
/// inserted with one pending delivery per sink in `sinks`. A crash leaves either all of it or none of it,
/// so an item is never half processed: never seen-but-unalerted, never alerted twice.
public struct ItemCommit: Sendable {
    public var key: ItemKey
    /// Link of the entry, kept with the seen item for `parley explain` and operators.
    public var reportURL: String?
    public var seenAt: Date
    /// The model after this item, when the item changed it.
    public var model: NewModelVersion?
    /// Alerts in detection order; deliveries keep this order.
    public var alerts: [Alert]
    /// Names of the configured sinks (the alert log and each webhook) that get one delivery per alert.
    public var sinks: [String]

    public init(key: ItemKey, reportURL: String?, seenAt: Date, model: NewModelVersion?, alerts: [Alert],
                sinks: [String]) {
        self.key = key
        self.reportURL = reportURL
        self.seenAt = seenAt
        self.model = model
        self.alerts = alerts
        self.sinks = sinks
    }
}

/// A model state to store as the negotiation's next version. The model is an opaque JSON blob here so the
/// store stays independent of the core model's shape.
public struct NewModelVersion: Sendable, Hashable {
    public var negotiation: String
    public var model: Data
    /// Why the model changed, e.g. the alert summaries.
    public var reason: String

    public init(negotiation: String, model: Data, reason: String) {
        self.negotiation = negotiation
        self.model = model
        self.reason = reason
    }
}

public enum CommitResult: Sendable, Hashable {
    /// Committed; `modelVersion` is the version number the store gave the new model, if any.
    case committed(modelVersion: Int?, deliveries: Int)
    /// The feed had already processed this item (by guid or content hash); nothing was written.
    case alreadySeen
}
