import Foundation

/// What changed on one issue across successive versions of a model, and from which report: facts added or
/// removed, and developments other outlets corroborated. Each change is filed under the version record that made
/// it (`NegotiationModel.history`): the report's url, title and the time it was read.
public struct IssueHistory: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The model version that made the change.
        public var version: Int
        /// Why that version exists (the report it came from); `nil` when the model's history lost it.
        public var record: VersionRecord?
        public var added: [Fact] = []
        public var removed: [Fact] = []
        /// Developments on the issue that other outlets newly reported.
        public var corroborated: [Corroboration] = []
    }

    /// A development and the outlets that newly reported it.
    public struct Corroboration: Sendable, Hashable {
        public var development: Development
        public var outlets: [String]
    }

    public let issue: String
    /// Only facts of this party (and developments of it), when set.
    public let party: String?
    public private(set) var entries: [Entry] = []
    private var facts: [String: Fact] = [:]
    private var outlets: [String: Set<String>] = [:]

    public init(issue: String, party: String? = nil) {
        self.issue = issue
        self.party = party
    }

    /// Takes the next version of the model (oldest first). The first version's facts are all new: each is filed
    /// under the version that added it (the seed's facts under the seed's record).
    public mutating func add(_ model: NegotiationModel) {
        let records = Dictionary(model.history.map { ($0.version, $0) }, uniquingKeysWith: { _, last in last })
        var changes: [Int: Entry] = [:]
        func entry(_ version: Int, _ change: (inout Entry) -> Void) {
            var current = changes[version] ?? Entry(version: version, record: records[version])
            change(&current)
            changes[version] = current
        }
        let relevant = model.facts.filter { $0.issue == issue && (party == nil || $0.party == party) }
        let ids = Set(relevant.map(\.id))
        for fact in relevant where facts[fact.id] == nil {
            entry(fact.version) { $0.added.append(fact) }
            facts[fact.id] = fact
        }
        let gone = facts.values.filter { !ids.contains($0.id) }.sorted { $0.id < $1.id }
        for fact in gone {
            entry(model.version) { $0.removed.append(fact) }
            facts[fact.id] = nil
        }
        for development in model.developments where development.issue == issue
            && (party == nil || development.party == party) {
            let known = outlets[development.alertID]
            let fresh = known.map { seen in development.outlets.filter { !seen.contains($0) } } ?? []
            if !fresh.isEmpty {
                entry(model.version) { $0.corroborated.append(Corroboration(development: development, outlets: fresh)) }
            }
            outlets[development.alertID] = Set(development.outlets)
        }
        for version in changes.keys.sorted() {
            guard let change = changes[version] else { continue }
            if let index = entries.firstIndex(where: { $0.version == version }) {
                entries[index].added += change.added
                entries[index].removed += change.removed
                entries[index].corroborated += change.corroborated
            } else {
                entries.append(change)
            }
        }
        entries.sort { $0.version < $1.version }
    }
}
