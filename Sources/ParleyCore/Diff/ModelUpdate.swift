import Foundation

/// Absorbs one processed report into the model: a fact and a development per alert, corroboration by other
/// outlets of developments already alerted, and restatement memory for every claim read.
struct ModelUpdate {
    let report: Report
    let decisions: [ClaimDecision]
    let alerts: [Alert]
    /// Restatement memory of the whole report, kept under `ModelUpdate.everyIssue`.
    let memory: Set<String>
    /// The restatement memory per issue as sets (the tracker's cache of `model.knownTerms`).
    var known: [String: Set<String>] = [:]
    /// How much restatement memory each issue keeps.
    var bound = RestatementMemory.standard
    static let everyIssue = "*"
    /// Share of a claim's words a development must share to count as the same development.
    static let sameDevelopment = 0.5

    var outlet: String {
        report.outlet ?? URL(string: report.url)?.host ?? report.url
    }

    /// What `apply` changed, for the version's delta: facts and developments added or corroborated, memory
    /// learned and forgotten (per issue, the forgotten keys themselves, so the tracker's caches can follow).
    struct Changes {
        var added: [String] = []
        var modified = false
        var developments: [Development] = []
        var learned: [String: [String]] = [:]
        var forgotten: [String: [String]] = [:]
        /// Developments held before the report that it corroborated, as they were (for `ModelUndo`).
        var corroborated: [Int: Development] = [:]
    }

    /// Applies the report; returns what changed (`added`: ids of facts added; `modified`: anything changed).
    /// `lookups` (the tracker's index over `model`) follows the facts and developments appended.
    func apply(to model: inout NegotiationModel, index lookups: inout ModelIndex) -> Changes {
        var changes = Changes()
        let developmentsBefore = model.developments.count
        let nextVersion = model.version + 1
        for alert in alerts {
            let members = decisions.filter { $0.alertID == alert.id }
            guard !members.isEmpty else { continue }
            let attribute: Fact.Attribute
            switch alert.kind {
            case .quantityChanged: attribute = .quantity
            case .meetingNew: attribute = .meeting
            case .statusChanged: attribute = .status
            case .participantChanged: attribute = .participant
            default: attribute = .stance
            }
            // One fact per evidence sentence, each with what that sentence states.
            for (index, member) in members.enumerated() {
                let claim = member.claim
                let fact = Fact(id: alert.id + "-f" + (index == 0 ? "" : String(index + 1)), issue: alert.issue,
                                party: alert.party, attribute: attribute, value: claim.stance ?? "reported",
                                quantities: claim.quantities.map(\.description), when: claim.dates,
                                places: claim.names, evidence: claim.sentence, source: report.url, outlet: outlet,
                                version: nextVersion, via: claim.attribution == "document" ? "document" : nil,
                                about: claim.documentOwner)
                if !lookups.factIDs.contains(fact.id) {
                    model.facts.append(fact)
                    lookups.add(fact)
                    changes.added.append(fact.id)
                }
            }
            let terms = members.reduce(into: Set<String>()) { $0.formUnion($1.claim.terms) }
            if !lookups.developmentIDs.contains(alert.id) {
                changes.modified = true
                let development = Development(alertID: alert.id, issue: alert.issue, party: alert.party,
                                              reportURL: report.url, terms: terms.sorted(), outlets: [outlet])
                lookups.add(development, at: model.developments.count)
                model.developments.append(development)
                changes.developments.append(development)
            }
        }
        for position in corroborate(&model, index: lookups) {
            changes.modified = true
            let development = model.developments[position]
            if position < developmentsBefore, changes.corroborated[position] == nil {
                changes.corroborated[position] = development
                changes.corroborated[position]?.outlets.removeLast()
            }
            if let listed = changes.developments.firstIndex(where: { $0.alertID == development.alertID }) {
                changes.developments[listed] = development
            } else {
                changes.developments.append(development)
            }
        }
        var memory: [String: Set<String>] = self.memory.isEmpty ? [:] : [Self.everyIssue: self.memory]
        for decision in decisions { memory[decision.claim.issue, default: []].formUnion(decision.claim.memoryKeys) }
        for issue in memory.keys.sorted() {
            guard let keys = memory[issue] else { continue }
            let held = known[issue] ?? Set(model.knownTerms[issue] ?? [])
            let fresh = keys.filter { !held.contains($0) }
            guard !fresh.isEmpty else { continue }
            // Kept in the order learned (sorted within one report): the oldest are forgotten first.
            let learned = fresh.sorted()
            model.knownTerms[issue, default: []].append(contentsOf: learned)
            changes.learned[issue] = learned
            let excess = (model.knownTerms[issue]?.count ?? 0) - bound.limit(of: issue)
            if excess > 0, let all = model.knownTerms[issue] {
                changes.forgotten[issue] = Array(all.prefix(excess))
                model.knownTerms[issue]?.removeFirst(excess)
            }
            changes.modified = true
        }
        if !changes.added.isEmpty { changes.modified = true }
        return changes
    }

    /// A claim that did not alert but restates an alerted development from another outlet corroborates it.
    /// Returns the indices of the developments corroborated.
    /// The development is the first, in model order, with the largest overlap of at least `sameDevelopment`: the
    /// terms shared over the smaller of the two term counts (`ModelIndex.closestDevelopment`).
    private func corroborate(_ model: inout NegotiationModel, index lookups: ModelIndex) -> [Int] {
        var corroborated: [Int] = []
        for decision in decisions where !decision.alerted && !decision.claim.terms.isEmpty {
            let claim = decision.claim
            let best = lookups.closestDevelopment(issue: claim.issue, party: claim.party, terms: claim.terms,
                                                  threshold: Self.sameDevelopment)
            if let index = best, !model.developments[index].outlets.contains(outlet) {
                model.developments[index].outlets.append(outlet)
                if !corroborated.contains(index) { corroborated.append(index) }
            }
        }
        return corroborated
    }
}
