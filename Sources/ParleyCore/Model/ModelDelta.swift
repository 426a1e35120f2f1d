import Foundation

/// What one report changed in a model: the version it makes, the record of why (with the report), the facts it
/// added (each with its evidence), the developments it added or corroborated, and the restatement memory it learned
/// and forgot. A store keeps one per version instead of the whole model, so storing a version costs what the report
/// changed, not what the model holds; any version is rebuilt from an earlier whole model (a snapshot) by applying
/// the deltas after it in order (`apply(to:)`, `ModelDelta.rebuild`).
///
/// Made by the core from the model before and after one report (`NegotiationTracker.process`), never by diffing
/// encoded models.
public struct ModelDelta: Sendable, Hashable, Codable {
    /// The model version this delta applies to.
    public var from: Int
    /// The version it makes.
    public var version: Int
    /// The version's history record (the report, the alerts, the facts changed).
    public var record: VersionRecord
    /// Facts added (or, under an id the model holds already, replacing it).
    public var facts: [Fact]
    /// Developments added, or corroborated (the development whole, replacing the one under the same alert id).
    public var developments: [Development]
    /// Restatement memory learned, per issue, in the order it is appended.
    public var learned: [String: [String]]
    /// Per issue, how many of the oldest memory keys were forgotten after appending `learned` (the bound,
    /// `RestatementMemory`).
    public var forgotten: [String: Int]

    public init(from: Int, version: Int, record: VersionRecord, facts: [Fact] = [], developments: [Development] = [],
                learned: [String: [String]] = [:], forgotten: [String: Int] = [:]) {
        self.from = from
        self.version = version
        self.record = record
        self.facts = facts
        self.developments = developments
        self.learned = learned
        self.forgotten = forgotten
    }

    enum CodingKeys: String, CodingKey {
        case from, version, record, facts, developments, learned, forgotten
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(Int.self, forKey: .from)
        version = try c.decode(Int.self, forKey: .version)
        record = try c.decode(VersionRecord.self, forKey: .record)
        facts = try c.decodeIfPresent([Fact].self, forKey: .facts) ?? []
        developments = try c.decodeIfPresent([Development].self, forKey: .developments) ?? []
        learned = try c.decodeIfPresent([String: [String]].self, forKey: .learned) ?? [:]
        forgotten = try c.decodeIfPresent([String: Int].self, forKey: .forgotten) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(version, forKey: .version)
        try c.encode(record, forKey: .record)
        if !facts.isEmpty { try c.encode(facts, forKey: .facts) }
        if !developments.isEmpty { try c.encode(developments, forKey: .developments) }
        if !learned.isEmpty { try c.encode(learned, forKey: .learned) }
        if !forgotten.isEmpty { try c.encode(forgotten, forKey: .forgotten) }
    }

    /// Applies the delta to the model it was made from (`model.version == from`), making version `version`.
    public func apply(to model: inout NegotiationModel) throws {
        guard model.version == from else {
            throw CoreError.invalidModel(reason: "delta to version \(version) applies to version \(from), "
                + "not to version \(model.version)")
        }
        for fact in facts {
            if let index = model.facts.firstIndex(where: { $0.id == fact.id }) {
                model.facts[index] = fact
            } else {
                model.facts.append(fact)
            }
        }
        for development in developments {
            if let index = model.developments.firstIndex(where: { $0.alertID == development.alertID }) {
                model.developments[index] = development
            } else {
                model.developments.append(development)
            }
        }
        for (issue, keys) in learned {
            model.knownTerms[issue, default: []].append(contentsOf: keys)
        }
        for (issue, count) in forgotten {
            guard let held = model.knownTerms[issue], count <= held.count else {
                throw CoreError.invalidModel(reason: "delta to version \(version) forgets \(count) memory keys of "
                    + "'\(issue)', which holds \(model.knownTerms[issue]?.count ?? 0)")
            }
            model.knownTerms[issue]?.removeFirst(count)
        }
        model.history.append(record)
        model.version = version
    }

    /// The model a snapshot (a whole model's JSON) and the deltas after it (JSON each, oldest first) make.
    public static func rebuild(snapshot: Data, deltas: [Data]) throws -> NegotiationModel {
        let decoder = JSONDecoder.parleyModel
        var model: NegotiationModel
        do {
            model = try decoder.decode(NegotiationModel.self, from: snapshot)
        } catch {
            throw CoreError.invalidModel(reason: "stored model snapshot: \(error)")
        }
        for data in deltas {
            let delta: ModelDelta
            do {
                delta = try decoder.decode(ModelDelta.self, from: data)
            } catch {
                throw CoreError.invalidModel(reason: "stored model delta after version \(model.version): \(error)")
            }
            try delta.apply(to: &model)
        }
        return model
    }

    /// The delta as compact JSON (what a store keeps).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}
