import Foundation

/// Turns the alerting claims of one report into alert records: one per (issue, party), carrying every evidence
/// sentence of that group. A group without a party on an issue where a named party also alerts is folded into
/// the named one, because both describe the same change of that issue; the events of both principal sides on one
/// issue are one issue-level change.
struct AlertBuilder {
    let model: NegotiationModel
    let report: Report
    let detectedAt: Date

    private struct Key: Hashable {
        var issue: String
        var party: String?
    }

    func alerts(for decisions: inout [ClaimDecision]) -> [Alert] {
        var order: [Key] = []
        var groups: [Key: [Int]] = [:]
        for (index, decision) in decisions.enumerated() where decision.alerted {
            let key = Key(issue: decision.claim.issue, party: decision.claim.party)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        // An event of both sides reported first (a swap carried out) keeps the issue-level group, and a party's
        // later report of the same event joins it instead.
        let statuses = Set(model.language.statusStances)
        for key in order where key.party == nil {
            guard let named = order.first(where: { $0.issue == key.issue && $0.party != nil }),
                  let unnamedFirst = groups[key]?.min(), let namedMembers = groups[named] else { continue }
            let event = namedMembers.allSatisfy { decisions[$0].claim.stance.map(statuses.contains) ?? false }
            if event && unnamedFirst < (namedMembers.min() ?? unnamedFirst) {
                groups[key, default: []] += namedMembers
                groups[named] = nil
            } else {
                groups[named, default: []] += groups[key] ?? []
                groups[key] = nil
            }
        }
        // Both principal sides' accounts of one event in one report ("1,212 bodies handed to Ukraine", "Ukraine's
        // coordination headquarters confirmed the bodies had been returned") are the issue's one change.
        let principals = Set(model.parties.filter(\.principal).map(\.id))
        // The named parties' groups on an issue still standing, in order; `fold` moves groups into another.
        func named(on issue: String) -> [Key] {
            order.filter { $0.issue == issue && $0.party != nil && groups[$0] != nil }
        }
        func fold(_ keys: [Key], into target: Key) {
            for key in keys where key != target {
                groups[target, default: []] += groups[key] ?? []
                groups[key] = nil
            }
        }
        for issue in Set(order.map(\.issue)) {
            let named = named(on: issue)
            guard Set(named.compactMap(\.party)).count >= 2,
                  named.allSatisfy({ principals.contains($0.party ?? "") }),
                  named.allSatisfy({ key in
                      groups[key]?.allSatisfy { decisions[$0].claim.stance.map(statuses.contains) ?? false } ?? false
                  }) else { continue }
            let merged = Key(issue: issue, party: nil)
            if groups[merged] == nil, let first = order.firstIndex(of: named[0]) { order.insert(merged, at: first) }
            fold(named, into: merged)
        }
        // Other parties' accounts of one event of an issue in one report ("Israel halted all aid", "Egypt and Qatar
        // said the halt broke the truce"; "Oman said the round would be held", "Iran confirmed it") are that one
        // change: the group of the first account takes the others.
        let events: Set<Alert.Kind> = [.statusChanged, .meetingNew]
        for issue in Set(order.map(\.issue)) {
            let named = named(on: issue)
            guard named.count >= 2, named.allSatisfy({ key in
                groups[key]?.allSatisfy { events.contains(decisions[$0].kind) } ?? false
            }) else { continue }
            let first = { (key: Key) in groups[key]?.min() ?? Int.max }
            guard let keep = named.min(by: { first($0) < first($1) }) else { continue }
            fold(named, into: keep)
        }
        var alerts: [Alert] = []
        // An issue enters the negotiation once: when several parties' alerts bring it in, the first is its
        // `issue.new` and the others are those parties' first positions on it.
        var entered = Set<String>()
        for key in order {
            guard let members = groups[key], !members.isEmpty else { continue }
            let id = AlertID.make(negotiation: model.id, reportURL: report.url, issue: key.issue, party: key.party)
            for index in members { decisions[index].alertID = id }
            let byScore = { (a: Int, b: Int) in decisions[a].score < decisions[b].score }
            let top = members.max(by: byScore) ?? members[0]
            // The alert says what its own party did: its strongest claim of that party gives the kind, the
            // summary and `after`; a folded claim of both sides (or of no party) only when the party has none.
            let best = members.filter { decisions[$0].claim.party == key.party }.max(by: byScore) ?? top
            if decisions[best].kind == .issueNew, !entered.insert(key.issue).inserted {
                decisions[best].kind = key.party == nil ? .statusChanged : .positionNew
            }
            alerts.append(alert(id: id, key: key, best: decisions[best], score: decisions[top].score,
                                evidence: orderedUnique(members.sorted().map { decisions[$0].claim.sentence })))
        }
        return alerts
    }

    /// `score` is the group's highest novelty score, which sets the confidence.
    private func alert(id: String, key: Key, best: ClaimDecision, score: Double, evidence: [String]) -> Alert {
        let claim = best.claim
        let issue = model.issue(key.issue)
        // What the model held: this party's last fact on the issue, else the issue's last fact; but a party's new
        // position (position.new) is never shown against another party's fact.
        let own = model.facts.last { $0.issue == key.issue && $0.party == key.party }
        let previous = best.kind == .positionNew ? own : own ?? model.facts.last { $0.issue == key.issue }
        var attribute: String
        switch best.kind {
        case .quantityChanged: attribute = "size"
        case .meetingNew: attribute = "meeting"
        case .statusChanged: attribute = "status"
        case .participantChanged: attribute = "participant"
        default: attribute = "stance"
        }
        var after = AlertState.after(claim, language: model.language)
        let before = AlertState.before(previous, language: model.language)
        // A position changed under the same stance word changed in what it says: the record names that part.
        if best.kind == .positionChanged, let previous, previous.value == claim.stance {
            let change = AlertState.change(after: after, before: before, claim: claim, fact: previous,
                                           language: model.language)
            attribute = change.attribute
            after = change.after
        }
        let parts = SummaryWriter.Parts(claim: claim, party: key.party, kind: best.kind, model: model,
                                        published: report.published)
        let writer = SummaryWriter(model.language)
        var severity = issue?.severity ?? .notable
        if best.kind == .issueNew || best.kind == .meetingNew && severity < .major { severity = .major }
        if claim.hedged || claim.attribution == "context", severity > .minor { severity = .notable }
        let confidence = min(0.95, max(0.3, 0.35 + 0.15 * score - (claim.hedged ? 0.1 : 0)))
        var alert = Alert(id: id, detectedAt: detectedAt, negotiation: model.id, kind: best.kind, issue: key.issue,
                     party: key.party, attribute: attribute, before: before, after: after,
                     summary: writer.sentence(parts), severity: severity, confidence: (confidence * 100).rounded() / 100,
                          report: Alert.ReportRef(report), evidence: evidence, corroboratingSources: 1)
        alert.title = writer.title(parts)
        return alert
    }

    private func orderedUnique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
