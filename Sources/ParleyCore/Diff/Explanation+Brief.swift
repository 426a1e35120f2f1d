import Foundation

/// The short account of a report for analysts (`parley explain` without `--verbose`): whether it is about the
/// negotiation and why, each claim found (issue, party, what it states) and whether it alerted, or why not, in the
/// plain words of `PlainReasons`.
extension Explanation {
    /// Reasons given per claim, at most.
    static let briefReasons = 3
    /// Longest quoted sentence, in characters; a longer one is cut at a word with "…".
    static let briefQuote = 160

    /// `model` names the parties and issues and holds the facts the reasons cite (the tracker's model after the
    /// report: facts are only ever added, so every fact a decision cites is there).
    public func brief(model: NegotiationModel) -> String {
        var lines = ["report: \(title)", "  \(reportURL)"]
        guard relevant else {
            lines.append("  not about this negotiation: \(relevance)")
            return lines.joined(separator: "\n")
        }
        lines.append("  about this negotiation: \(relevance)")
        if decisions.isEmpty { lines.append("  no claims: no sentence names an issue of the model") }
        for (number, decision) in decisions.enumerated() {
            let claim = decision.claim
            let parts = SummaryWriter.Parts(claim: claim, party: claim.party, kind: decision.kind, model: model,
                                            published: published)
            let issue = model.issue(claim.issue)?.name ?? claim.issue
            let party = claim.party.map { model.party($0)?.name ?? $0 } ?? "no single party"
            lines.append("  \(number + 1). \(issue), \(party): \(SummaryWriter(model.language).sentence(parts))")
            lines.append("     \"\(Self.quote(claim.sentence))\"")
            let reasons = Self.reasons(decision, model: model, published: published).joined(separator: "; ")
            if decision.alerted {
                lines.append("     alerted as \(decision.kind.rawValue)"
                    + (decision.alertID.map { " (\($0))" } ?? "") + ": \(reasons)")
            } else {
                lines.append("     not alerted: \(reasons)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The plain reasons for a decision: for an alert, what is new, strongest first; otherwise what the model
    /// already holds and what weighed against the claim, strongest first.
    static func reasons(_ decision: ClaimDecision, model: NegotiationModel, published: Date?) -> [String] {
        let party = decision.claim.party.map { model.party($0)?.name ?? $0 } ?? "both sides"
        let stance = decision.claim.stance ?? "none"
        func fact(_ id: String) -> String? {
            guard let fact = model.facts.first(where: { $0.id == id }) else { return nil }
            let sentence = SummaryWriter(model.language).sentence(SummaryWriter.Parts(fact: fact, model: model, published: published))
            return PlainReasons.fact.replacingOccurrences(of: "{sentence}", with: String(sentence.dropLast()))
                .replacingOccurrences(of: "{source}", with: fact.outlet ?? fact.source)
        }
        // A fact is cited once, whichever reason names it first.
        var cited = Set<String>()
        func phrase(_ feature: DecisionFeature) -> String? {
            guard let phrase = PlainReasons.phrases[feature] else { return nil }
            var detail = decision.details[feature] ?? ""
            if feature == .restatesFact || feature == .echo {
                guard cited.insert(detail).inserted else { return nil }
                detail = fact(detail) ?? ""
            }
            if phrase.contains("{detail}") && detail.isEmpty { return nil }
            return PlainReasons.fill(phrase, party: party, stance: stance, detail: detail)
        }
        // Features by the size of their share of the score, then by name (a stable order).
        let ranked = decision.contributions.sorted {
            abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key.rawValue < $1.key.rawValue
        }
        var reasons: [String] = []
        func add(_ text: String?) {
            if let text, !reasons.contains(text), reasons.count < briefReasons { reasons.append(text) }
        }
        if decision.alerted {
            for (feature, value) in ranked where value > 0 && feature.novel { add(phrase(feature)) }
            for (feature, value) in ranked where value > 0 { add(phrase(feature)) }
            return reasons
        }
        let against = ranked.filter { $0.value < 0 }.map(\.key)
        if !decision.hasNews {
            let cites = against.contains(.restatesFact) || against.contains(.echo)
            if !cites, let id = decision.known, let known = fact(id) {
                cited.insert(id)
                add(PlainReasons.fill(PlainReasons.known, party: party, stance: stance, detail: known))
            } else if !cites {
                add(PlainReasons.nothingNew)
            }
        }
        for feature in against { add(phrase(feature)) }
        if reasons.isEmpty {
            let news = ranked.filter { $0.value > 0 && $0.key.novel }.compactMap { phrase($0.key) }
            add(PlainReasons.tooLittle + (news.first.map { " (\($0))" } ?? ""))
        }
        return reasons
    }

    /// The sentence, cut at a word when it is longer than `briefQuote`.
    static func quote(_ sentence: String) -> String {
        guard sentence.count > briefQuote else { return sentence }
        let head = sentence.prefix(briefQuote)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + " …"
    }
}
