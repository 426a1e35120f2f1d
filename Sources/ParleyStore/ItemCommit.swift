import Foundation
import ParleyCore

/// The outcome of processing one new feed item against every followed negotiation, committed by
/// `StateStore.commit(_:)` in ONE transaction: the item is marked seen, each negotiation's new model version (if
/// its model changed) is stored, and each alert is inserted with one pending delivery per sink that takes the
/// alert's negotiation. A crash leaves either all of it or none of it, so an item is never half processed: never
/// seen-but-unalerted, never alerted twice, never alerted for one negotiation and not another.
public struct ItemCommit: Sendable {
    public var key: ItemKey
    /// Link of the entry, kept with the seen item for `parley explain` and operators.
    public var reportURL: String?
    public var seenAt: Date
    /// The models after this item, one per negotiation the item changed.
    public var models: [NewModelVersion]
    /// Alerts in detection order; deliveries keep this order.
    public var alerts: [Alert]
    /// The configured sinks (the alert log and each webhook): each gets one delivery per alert it takes.
    public var sinks: [SinkRoute]

    public init(key: ItemKey, reportURL: String?, seenAt: Date, models: [NewModelVersion], alerts: [Alert],
                sinks: [SinkRoute]) {
        self.key = key
        self.reportURL = reportURL
        self.seenAt = seenAt
        self.models = models
        self.alerts = alerts
        self.sinks = sinks
    }

    /// One negotiation's commit, every sink taking every alert.
    public init(key: ItemKey, reportURL: String?, seenAt: Date, model: NewModelVersion?, alerts: [Alert],
                sinks: [String]) {
        self.init(key: key, reportURL: reportURL, seenAt: seenAt, models: model.map { [$0] } ?? [], alerts: alerts,
                  sinks: sinks.map { SinkRoute($0) })
    }

    /// The sinks that get a delivery of `alert`, in `sinks` order.
    public func sinks(for alert: Alert) -> [String] {
        sinks.filter { $0.takes(alert.negotiation) }.map(\.name)
    }
}

/// A sink's outbox name and the negotiations whose alerts it takes (nil: all of them).
public struct SinkRoute: Sendable, Hashable {
    public var name: String
    public var negotiations: Set<String>?

    public init(_ name: String, negotiations: Set<String>? = nil) {
        self.name = name
        self.negotiations = negotiations
    }

    public func takes(_ negotiation: String) -> Bool {
        negotiations?.contains(negotiation) ?? true
    }
}

extension SinkRoute: ExpressibleByStringLiteral {
    /// A sink taking every negotiation's alerts.
    public init(stringLiteral name: String) {
        self.init(name)
    }
}

/// A model version to store as the negotiation's next version: a delta against the version stored before it, or a
/// snapshot (the whole model). The payload is an opaque JSON blob here (the core's `ModelDelta` or
/// `NegotiationModel` encoding); the store only reads it to rebuild a version (`ModelVersionChain`).
public struct NewModelVersion: Sendable, Hashable {
    public var negotiation: String
    public var kind: ModelVersion.Kind
    public var model: Data
    /// Why the model changed, e.g. the alert summaries.
    public var reason: String

    public init(negotiation: String, kind: ModelVersion.Kind = .snapshot, model: Data, reason: String) {
        self.negotiation = negotiation
        self.kind = kind
        self.model = model
        self.reason = reason
    }
}

public enum CommitResult: Sendable, Hashable {
    /// Committed; `modelVersions` holds the version number the store gave each new model, by negotiation.
    case committed(modelVersions: [String: Int], deliveries: Int)
    /// The feed had already processed this item (by guid or content hash); nothing was written.
    case alreadySeen
}
