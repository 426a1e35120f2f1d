import ParleyCore

/// What `parley model show` prints: per issue its name, what it covers, its vocabulary in counts and its facts
/// (party, attribute and value, dates, evidence shortened); per party its role, names and facts per issue.
public struct ModelSummary: Sendable {
    public var model: NegotiationModel
    /// Evidence longer than this is cut with "..."; 0 keeps it whole.
    public var evidenceWidth: Int

    public init(model: NegotiationModel, evidenceWidth: Int = 100) {
        self.model = model
        self.evidenceWidth = evidenceWidth
    }

    public var text: String {
        var lines: [String] = []
        lines.append("\(model.id): \(model.title)")
        lines.append("version \(model.version), \(count(model.parties.count, "party", "parties")), "
            + "\(count(model.issues.count, "issue")), \(count(model.facts.count, "fact")), "
            + "\(count(model.context.count, "context term")), \(count(model.outsiders.count, "outsider"))")
        lines.append("")
        lines.append("ISSUES")
        for issue in model.issues { lines += issueLines(issue) }
        lines.append("")
        lines.append("PARTIES")
        for party in model.parties { lines += partyLines(party) }
        let loose = model.facts.filter { fact in model.issue(fact.issue) == nil }
        if !loose.isEmpty {
            lines.append("")
            lines.append("FACTS OF UNKNOWN ISSUES")
            lines += loose.map { "  " + factLine($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func issueLines(_ issue: Issue) -> [String] {
        var lines = ["", "\(issue.id)  \(issue.name)  [\(issue.severity.rawValue)\(issue.meetings ? ", meetings" : "")]"]
        if let covers = issue.covers { lines.append("  covers: \(covers)") }
        var vocabulary = [count(issue.terms.count, "term"), count(issue.weakTerms.count, "weak term")]
        if !issue.leaderTriggers.isEmpty { vocabulary.append(count(issue.leaderTriggers.count, "leader trigger")) }
        if !issue.yieldsTo.isEmpty { vocabulary.append("yields to " + issue.yieldsTo.joined(separator: ", ")) }
        if !issue.requiresParty.isEmpty { vocabulary.append("requires " + issue.requiresParty.joined(separator: " or ")) }
        lines.append("  " + vocabulary.joined(separator: "; "))
        let facts = model.facts.filter { $0.issue == issue.id }
        lines.append(facts.isEmpty ? "  no facts" : "  \(count(facts.count, "fact")):")
        lines += facts.map { "    " + factLine($0) }
        return lines
    }

    private func partyLines(_ party: Party) -> [String] {
        var head = "\(party.id)  \(party.name)"
        if let role = party.role { head += "  \(role.rawValue)" }
        if party.principal && party.role != .belligerent { head += " (principal)" }
        var lines = ["", head]
        lines.append("  \(count(party.aliases.count, "alias", "aliases")): " + shortList(party.aliases))
        if !party.leaders.isEmpty { lines.append("  leaders: " + shortList(party.leaders)) }
        let facts = model.facts.filter { $0.party == party.id }
        if facts.isEmpty {
            lines.append("  no facts")
        } else {
            var perIssue: [(String, Int)] = []
            for fact in facts {
                if let index = perIssue.firstIndex(where: { $0.0 == fact.issue }) {
                    perIssue[index].1 += 1
                } else {
                    perIssue.append((fact.issue, 1))
                }
            }
            lines.append("  \(count(facts.count, "fact")): " + perIssue.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        return lines
    }

    private func factLine(_ fact: Fact) -> String {
        var parts = [(fact.party ?? "(issue)").padding(toLength: 16, withPad: " ", startingAt: 0),
                     "\(fact.attribute.rawValue) \(fact.value)"]
        if fact.via != nil { parts[1] += " via \(fact.via ?? "")" }
        if !fact.quantities.isEmpty { parts.append(fact.quantities.joined(separator: ", ")) }
        if !fact.when.isEmpty { parts.append(fact.when.joined(separator: ", ")) }
        parts.append("\"" + shorten(fact.evidence) + "\"")
        // A fact `parley model init` proposed and nobody has reviewed yet says so, with why.
        if let review = fact.review { parts.append("[review: \(review)]") }
        return parts.joined(separator: "  ")
    }

    private func shorten(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard evidenceWidth > 3, flat.count > evidenceWidth else { return flat }
        return String(flat.prefix(evidenceWidth - 3)) + "..."
    }

    private func shortList(_ names: [String], limit: Int = 8) -> String {
        names.count <= limit ? names.joined(separator: ", ")
            : names.prefix(limit).joined(separator: ", ") + ", ... (\(names.count - limit) more)"
    }

    private func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
