import Foundation
import ParleyCore

/// Rebuilds stored model versions: a version stored as a delta is the nearest snapshot at or before it with every
/// delta after that applied in order (`ModelDelta.rebuild` in the core). Both backends read through here.
public enum ModelVersionChain {
    /// The whole model at the last row of `rows` (a snapshot, then the deltas after it, oldest first), as a snapshot
    /// row under the last row's number, report and reason. A lone snapshot is returned as stored.
    public static func rebuild(_ rows: [ModelVersion], negotiation: String) throws -> ModelVersion? {
        guard let base = rows.first, let last = rows.last else { return nil }
        guard base.kind == .snapshot else {
            throw StoreError.modelChain(negotiation, "version \(base.version) is a delta with no snapshot before it")
        }
        if rows.count == 1 { return base }
        let model: Data
        do {
            model = try ModelDelta.rebuild(snapshot: base.model, deltas: rows.dropFirst().map(\.model)).encoded()
        } catch {
            throw StoreError.modelChain(negotiation, "version \(last.version) cannot be rebuilt from snapshot "
                + "\(base.version): \(error)")
        }
        var version = last
        version.kind = .snapshot
        version.model = model
        return version
    }

    /// Successive whole models of a negotiation from its rows (oldest first, as stored), one call of `body` per
    /// stored version, decoding each snapshot and applying each delta once.
    public static func walk(_ rows: [ModelVersion], negotiation: String,
                     _ body: (ModelVersion, NegotiationModel) throws -> Void) throws {
        var current: NegotiationModel?
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for row in rows {
            do {
                switch row.kind {
                case .snapshot:
                    current = try decoder.decode(NegotiationModel.self, from: row.model)
                case .delta:
                    guard var model = current else {
                        throw StoreError.modelChain(negotiation, "version \(row.version) is a delta with no "
                            + "snapshot before it")
                    }
                    try decoder.decode(ModelDelta.self, from: row.model).apply(to: &model)
                    current = model
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.modelChain(negotiation, "version \(row.version) cannot be read: \(error)")
            }
            if let current { try body(row, current) }
        }
    }
}
