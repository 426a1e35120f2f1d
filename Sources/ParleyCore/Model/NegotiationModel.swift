import Foundation

/// A negotiation as data: who takes part, what is negotiated, the words that signal both, and every fact held so
/// far with its evidence. Everything that affects later processing lives here (facts, restatement memory,
/// corroboration memory), so a store persists exactly one JSON blob per `version`.
/// Ids of parties and issues follow shared/spec/issues.md.
public struct NegotiationModel: Sendable, Hashable, Codable {
    /// Id of the negotiation, e.g. `russia-ukraine`; alerts carry it as `negotiation`.
    public var id: String
    public var title: String
    /// Bumped by every change; `history` says why each version exists.
    public var version: Int
    public var parties: [Party]
    public var issues: [Issue]
    /// Language cues (stance verbs, negation, hedging, numbers, units, background cues): configuration shared by
    /// every negotiation (`seeds/english.language.json`), supplied by whoever loads the model and never written
    /// into a model file or a stored version.
    public var language: Lexicon
    /// Words that show a report concerns a negotiation at all (talks, deal, peace, envoy...).
    public var context: [String]
    /// This negotiation's own phrases naming both sides together ("Armenia and Azerbaijan", "Baku and Yerevan");
    /// the language's generic ones ("both sides") apply as well.
    public var joint: [String]
    /// Actors outside this negotiation (other states, movements, people): a sentence whose subject is one of
    /// them is about another conflict even when it uses the same words.
    public var outsiders: [String]
    public var facts: [Fact]
    /// Restatement memory: per issue, the content words of every sentence already absorbed.
    public var knownTerms: [String: [String]]
    /// Corroboration memory: each alerted development and the outlets that have reported it.
    public var developments: [Development]
    public var history: [VersionRecord]

    public init(id: String, title: String, version: Int = 1, parties: [Party], issues: [Issue], language: Lexicon,
                context: [String], outsiders: [String], joint: [String] = [], facts: [Fact] = [], knownTerms: [String: [String]] = [:],
                developments: [Development] = [], history: [VersionRecord] = []) {
        self.id = id
        self.title = title
        self.version = version
        self.parties = parties
        self.issues = issues
        self.language = language
        self.context = context
        self.outsiders = outsiders
        self.joint = joint
        self.facts = facts
        self.knownTerms = knownTerms
        self.developments = developments
        self.history = history
    }

    enum CodingKeys: String, CodingKey {
        case id, title, version, parties, issues, language, context, outsiders, joint, facts
        case knownTerms = "known_terms"
        case developments, history
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? id
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        parties = try c.decode([Party].self, forKey: .parties)
        issues = try c.decode([Issue].self, forKey: .issues)
        // Older model files and stored versions embed the language; newer ones leave it to the loader.
        language = try c.decodeIfPresent(Lexicon.self, forKey: .language) ?? .empty
        context = try c.decodeIfPresent([String].self, forKey: .context) ?? []
        outsiders = try c.decodeIfPresent([String].self, forKey: .outsiders) ?? []
        joint = try c.decodeIfPresent([String].self, forKey: .joint) ?? []
        facts = try c.decodeIfPresent([Fact].self, forKey: .facts) ?? []
        knownTerms = try c.decodeIfPresent([String: [String]].self, forKey: .knownTerms) ?? [:]
        developments = try c.decodeIfPresent([Development].self, forKey: .developments) ?? []
        history = try c.decodeIfPresent([VersionRecord].self, forKey: .history) ?? []
    }

    /// The model without its language: what a model file and a stored version hold.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(version, forKey: .version)
        try c.encode(parties, forKey: .parties)
        try c.encode(issues, forKey: .issues)
        try c.encode(context, forKey: .context)
        try c.encode(outsiders, forKey: .outsiders)
        if !joint.isEmpty { try c.encode(joint, forKey: .joint) }
        try c.encode(facts, forKey: .facts)
        try c.encode(knownTerms, forKey: .knownTerms)
        try c.encode(developments, forKey: .developments)
        try c.encode(history, forKey: .history)
    }

    /// A model read without a language file that embeds none (`ModelFiles` says where it looked for one).
    public static let noLanguage = CoreError.invalidModel(
        reason: "no language: the model has no stance cues (pass the language file, seeds/english.language.json)")

    /// Decodes and validates a model file. `language` (the shared language file) replaces any language the file
    /// embeds; without it the file must embed one. Size and nesting are bounded before the decoder sees the bytes.
    public static func load(from data: Data, language: Lexicon? = nil) throws -> NegotiationModel {
        try JSONNestingScan.check(data, what: "model")
        var model: NegotiationModel
        do {
            model = try JSONDecoder.parleyModel.decode(NegotiationModel.self, from: data)
        } catch let error as DecodingError {
            throw CoreError.invalidModel(reason: describe(error))
        }
        if let language { model.language = language }
        if model.language.stances.isEmpty { throw noLanguage }
        if language == nil { try model.language.validateSummary() }
        try model.validate()
        return model
    }

    /// The model as pretty, key-sorted JSON: stable diffs between versions.
    public func encoded() throws -> Data {
        try JSONEncoder.parleyModel.encode(self)
    }

    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }
    public func issue(_ id: String) -> Issue? { issues.first { $0.id == id } }

    func validate() throws {
        var seen = Set<String>()
        for party in parties where !seen.insert("party:" + party.id).inserted {
            throw CoreError.invalidModel(reason: "party id '\(party.id)' appears twice")
        }
        for issue in issues where !seen.insert("issue:" + issue.id).inserted {
            throw CoreError.invalidModel(reason: "issue id '\(issue.id)' appears twice")
        }
        for fact in facts {
            guard issue(fact.issue) != nil else {
                throw CoreError.invalidModel(reason: "fact '\(fact.id)' names unknown issue '\(fact.issue)'")
            }
            if let party = fact.party, self.party(party) == nil {
                throw CoreError.invalidModel(reason: "fact '\(fact.id)' names unknown party '\(party)'")
            }
        }
        if issues.isEmpty { throw CoreError.invalidModel(reason: "the model has no issues") }
        if parties.isEmpty { throw CoreError.invalidModel(reason: "the model has no parties") }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context): return "wrong type at \(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value at \(path(context))"
        case .dataCorrupted(let context): return "not valid JSON at \(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

extension JSONEncoder {
    static var parleyModel: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

extension JSONDecoder {
    static var parleyModel: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
