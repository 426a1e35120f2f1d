/// Lookups over a model's facts and developments that the diff asks for on every claim, kept in step with the
/// model by the tracker (a report only appends facts and developments; corroboration changes a development's
/// outlets, never its terms). Without them each claim walked every fact of its issue and every development, so the
/// cost of an item grew with everything the model had learned. Each lookup answers exactly what the walk answered,
/// in the same order, so alerts do not change.
struct ModelIndex: Sendable {
    /// The model's facts of each issue, in the model's order.
    private(set) var factsByIssue: [String: [Fact]] = [:]
    /// The model's facts of each issue and party (nil: both sides or none), in the model's order.
    private var factsByIssueParty: [IssueParty: [Fact]] = [:]
    /// Ids of the model's facts and the alert ids of its developments.
    private(set) var factIDs: Set<String> = []
    private(set) var developmentIDs: Set<String> = []
    /// The developments of each issue, grouped by what the corroboration search reads of them.
    private var developments: [String: DevelopmentGroups] = [:]

    struct IssueParty: Hashable, Sendable {
        var issue: String
        var party: String?
    }

    init(_ model: NegotiationModel) {
        for fact in model.facts { add(fact) }
        for (index, development) in model.developments.enumerated() { add(development, at: index) }
    }

    func facts(of issue: String) -> [Fact] { factsByIssue[issue] ?? [] }

    func facts(of issue: String, party: String?) -> [Fact] {
        factsByIssueParty[IssueParty(issue: issue, party: party)] ?? []
    }

    mutating func add(_ fact: Fact) {
        factsByIssue[fact.issue, default: []].append(fact)
        factsByIssueParty[IssueParty(issue: fact.issue, party: fact.party), default: []].append(fact)
        factIDs.insert(fact.id)
    }

    /// A development appended to the model at `index`.
    mutating func add(_ development: Development, at index: Int) {
        developmentIDs.insert(development.alertID)
        developments[development.issue, default: DevelopmentGroups()].add(development, at: index)
    }

    /// The development a claim restates (`ModelUpdate.corroborate`): of the developments on `issue` not owned by
    /// another party than `party`, the first with the largest overlap of at least `threshold`, the overlap being
    /// the terms shared over the smaller of the two term counts.
    func closestDevelopment(issue: String, party: String?, terms: Set<String>, threshold: Double) -> Int? {
        developments[issue]?.closest(party: party, terms: terms, threshold: threshold)
    }
}

/// The developments of one issue grouped by party, term set and term count: developments alike in all three score
/// alike against any claim, so only the first of each group (the one the search in model order would pick) is
/// scored, through an inverted index from each term to the groups holding it.
struct DevelopmentGroups: Sendable {
    private struct Key: Hashable, Sendable {
        var party: String?
        var terms: Set<String>
        var count: Int
    }

    private struct Group: Sendable {
        var party: String?
        var count: Int
        /// The index in `model.developments` of the group's first development.
        var first: Int
    }

    private var groups: [Group] = []
    private var groupOf: [Key: Int] = [:]
    /// Term -> the groups holding it, in ascending order.
    private var postings: [String: [Int]] = [:]

    mutating func add(_ development: Development, at index: Int) {
        let terms = Set(development.terms)
        let key = Key(party: development.party, terms: terms, count: development.terms.count)
        guard groupOf[key] == nil else { return }
        let group = groups.count
        groups.append(Group(party: development.party, count: development.terms.count, first: index))
        groupOf[key] = group
        for term in terms { postings[term, default: []].append(group) }
    }

    func closest(party: String?, terms: Set<String>, threshold: Double) -> Int? {
        var shared: [Int: Int] = [:]
        for term in terms {
            for group in postings[term] ?? [] { shared[group, default: 0] += 1 }
        }
        var best: (first: Int, overlap: Double)?
        for (index, count) in shared {
            let group = groups[index]
            if let party, let owner = group.party, party != owner { continue }
            // The same expression as the walk over the developments, so equal overlaps compare equal.
            let overlap = Double(count) / Double(min(terms.count, max(group.count, 1)))
            guard overlap >= threshold else { continue }
            if let current = best, overlap < current.overlap || overlap == current.overlap && group.first > current.first {
                continue
            }
            best = (group.first, overlap)
        }
        return best?.first
    }
}

/// The facts of one issue grouped by their content words for the closest-fact search of the diff: facts with the
/// same words share as many words with any claim, so only the first of each group (the one the search in model
/// order would pick) is scored, through an inverted index from each word to the groups holding it.
struct FactWordGroups: Sendable {
    private var first: [Fact] = []
    private var groupOf: [Set<String>: Int] = [:]
    /// Word -> the groups holding it, in ascending order.
    private var postings: [String: [Int]] = [:]

    mutating func add(_ fact: Fact, words: Set<String>) {
        guard groupOf[words] == nil else { return }
        let group = first.count
        first.append(fact)
        groupOf[words] = group
        for word in words { postings[word, default: []].append(group) }
    }

    /// The first fact sharing the largest share of `words` (none when no fact shares one), with that share.
    func closest(to words: Set<String>) -> (Fact, Double)? {
        guard !words.isEmpty else { return nil }
        var shared: [Int: Int] = [:]
        for word in words {
            for group in postings[word] ?? [] { shared[group, default: 0] += 1 }
        }
        guard let best = shared.min(by: { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }) else {
            return nil
        }
        return (first[best.key], Double(best.value) / Double(words.count))
    }
}
