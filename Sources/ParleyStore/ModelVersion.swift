import Foundation

/// One stored version of a negotiation model, so users can see what the model held at any time and why.
///
/// A version is stored as a delta (what one report changed, `ModelDelta` in the core) or, now and then, as a
/// snapshot (the whole model): the first version a daemon commits after it starts or reloads, every
/// `ModelVersion.snapshotInterval`-th model version, and every version written before deltas existed. Reading a
/// version (`latestModelVersion`, `modelVersion`) rebuilds it from the nearest snapshot at or before it and the
/// deltas after that, and returns the whole model as a snapshot.
public struct ModelVersion: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `model` holds the whole model (the core's `NegotiationModel` encoding).
        case snapshot
        /// `model` holds a `ModelDelta` against the version before it.
        case delta
    }

    /// A model version whose number is a multiple of this is stored whole, so a rebuild applies fewer deltas.
    public static let snapshotInterval = 1_000

    public var negotiation: String
    /// 1, 2, 3, ... per negotiation, assigned by the store.
    public var version: Int
    public var kind: Kind
    /// The model as JSON, or the delta as JSON (see `kind`).
    public var model: Data
    /// The report that caused this version; nil for a seed or an imported model.
    public var reportURL: String?
    public var createdAt: Date
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case negotiation, version, kind, model, reason
        case reportURL = "report_url"
        case createdAt = "created_at"
    }

    public init(negotiation: String, version: Int, kind: Kind = .snapshot, model: Data, reportURL: String?,
                createdAt: Date, reason: String) {
        self.negotiation = negotiation
        self.version = version
        self.kind = kind
        self.model = model
        self.reportURL = reportURL
        self.createdAt = createdAt
        self.reason = reason
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        negotiation = try c.decode(String.self, forKey: .negotiation)
        version = try c.decode(Int.self, forKey: .version)
        // Versions stored before deltas existed are whole models.
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .snapshot
        model = try c.decode(Data.self, forKey: .model)
        reportURL = try c.decodeIfPresent(String.self, forKey: .reportURL)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        reason = try c.decode(String.self, forKey: .reason)
    }
}
