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
    static let everyIssue = "*"
    /// Share of a claim's words a development must share to count as the same development.
    static let sameDevelopment = 0.5

    var outlet: String {
        report.outlet ?? URL(string: report.url)?.host ?? report.url
    }

    /// Applies the report; returns the ids of facts added and whether anything in the model changed.
    func apply(to model: inout NegotiationModel) -> (added: [String], modified: Bool) {
        var added: [String] = []
        var modified = false
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
                if !model.facts.contains(where: { $0.id == fact.id }) {
                    model.facts.append(fact)
                    added.append(fact.id)
                }
            }
            let terms = members.reduce(into: Set<String>()) { $0.formUnion($1.claim.terms) }
            if !model.developments.contains(where: { $0.alertID == alert.id }) {
                modified = true
                model.developments.append(Development(alertID: alert.id, issue: alert.issue, party: alert.party,
                                                      reportURL: report.url, terms: terms.sorted(),
                                                      outlets: [outlet]))
            }
        }
        if corroborate(&model) { modified = true }
        var memory: [String: Set<String>] = self.memory.isEmpty ? [:] : [Self.everyIssue: self.memory]
        for decision in decisions { memory[decision.claim.issue, default: []].formUnion(decision.claim.memoryKeys) }
        for (issue, keys) in memory {
            let held = known[issue] ?? Set(model.knownTerms[issue] ?? [])
            let fresh = keys.subtracting(held)
            if !fresh.isEmpty {
                // Stored sorted so that model versions diff cleanly.
                model.knownTerms[issue] = (model.knownTerms[issue] ?? []) + fresh.sorted()
                model.knownTerms[issue]?.sort()
                modified = true
            }
        }
        return (added, modified || !added.isEmpty)
    }

    /// A claim that did not alert but restates an alerted development from another outlet corroborates it.
    @discardableResult
    private func corroborate(_ model: inout NegotiationModel) -> Bool {
        var modified = false
        for decision in decisions where !decision.alerted && !decision.claim.terms.isEmpty {
            let claim = decision.claim
            var best: (Int, Double)?
            for (index, development) in model.developments.enumerated() where development.issue == claim.issue {
                if let party = claim.party, let owner = development.party, party != owner { continue }
                let shared = claim.terms.intersection(development.terms).count
                let overlap = Double(shared) / Double(min(claim.terms.count, max(development.terms.count, 1)))
                if overlap >= Self.sameDevelopment, overlap > (best?.1 ?? 0) { best = (index, overlap) }
            }
            if let (index, _) = best, !model.developments[index].outlets.contains(outlet) {
                model.developments[index].outlets.append(outlet)
                modified = true
            }
        }
        return modified
    }
}
