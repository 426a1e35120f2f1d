import Foundation

/// The parts of a summary sentence (`SummaryWriter.Parts`) read off a claim or off a fact the model holds, with the
/// names the model gives its parties and issues.
extension SummaryWriter.Parts {
    /// What a claim states, said of `party` (the alert's party, which may differ from the claim's) or of both sides;
    /// with the claim's partner when the two acted as one subject ("DR Congo and M23 / AFC propose").
    init(claim: Claim, party: String?, kind: Alert.Kind, model: NegotiationModel, published: Date?) {
        let partner = claim.partner.flatMap { $0 != party && party != nil && party == claim.party ? $0 : nil }
        let subject = (partner.map { Self.subject($0, model: model) } ?? [])
            + Self.subject(party, model: model, named: party == nil ? claim.namedPrincipals : [])
        self.init(subject: subject, stance: claim.stance, hedged: claim.hedged, kind: kind,
                  issueID: claim.issue, issueName: model.issue(claim.issue)?.name ?? claim.issue,
                  quantities: claim.quantities.filter { !$0.countsNothing }, places: AlertState.places(claim),
                  dates: claim.dates,
                  published: published)
        forecast = claim.forecast
        conditional = claim.conditional
        reported = claim.reportedActor != nil && claim.party == party
        describe(issue: claim.issue, model: model)
    }

    /// What a fact of the model states ("reported" facts named no stance).
    init(fact: Fact, model: NegotiationModel, published: Date?) {
        self.init(subject: Self.subject(fact.party, model: model),
                  stance: fact.value == "reported" ? nil : fact.value, hedged: false,
                  kind: fact.attribute == .meeting ? .meetingNew : .positionChanged, issueID: fact.issue,
                  issueName: model.issue(fact.issue)?.name ?? fact.issue,
                  quantities: fact.quantities.compactMap(Quantity.init(parsing:)),
                  places: AlertState.places(fact.places, in: fact.evidence), dates: fact.when, published: published)
        describe(issue: fact.issue, model: model)
    }

    /// The issue's phrase and meeting flag from the model; a name that begins with a name the model or the language
    /// knows (a party's name or alias, a topic term, a state of the world list) begins with a proper name
    /// ("Armenia's constitution", "the Doha agreement").
    private mutating func describe(issue id: String, model: NegotiationModel) {
        guard let issue = model.issue(id) else { return }
        meetingIssue = issue.meetings
        // The model's names (the world list among them) are gathered only for an issue without a phrase: this
        // runs for every alert.
        if let phrase = issue.phrase {
            issuePhrase = phrase
            return
        }
        let known = model.parties.flatMap { [$0.name] + $0.aliases } + model.context + model.language.world.joined()
        let names = Set(known.filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
        issuePhrase = SummaryWriter(model.language).defaultPhrase(issue.name) { names.contains($0.lowercased()) }
    }

    /// One party by its name; both sides together as the principal parties by name ("Russia and Ukraine"): those
    /// the sentence names (`named`) when it names two or more, else all of them; else none ("both sides"). A party
    /// that is a group named by its members ("Russia and China") is those members, so the verb agrees with them
    /// ("Russia and China propose").
    static func subject(_ party: String?, model: NegotiationModel, named: [String] = []) -> [String] {
        if let party {
            guard let known = model.party(party) else { return [party] }
            return members(of: known) ?? [known.name]
        }
        let principals = model.parties.filter(\.principal)
        let chosen = named.count >= 2 ? principals.filter { named.contains($0.id) } : principals
        return chosen.count >= 2 ? chosen.map(\.name) : []
    }

    /// The members a party's name coordinates ("Russia and China", "the African Union and regional blocs"), when
    /// it names a group: every member is a name the party also goes by alone, or a plural noun ("regional
    /// blocs"). A country whose name joins two words it never goes by alone ("Trinidad and Tobago") is one.
    static func members(of party: Party) -> [String]? {
        let parts = party.name.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, !parts.contains(where: \.isEmpty) else { return nil }
        let aliases = Set(party.aliases.map { $0.lowercased() })
        let group = parts.allSatisfy { part in
            aliases.contains(part.lowercased()) || part.first?.isLowercase == true && part.hasSuffix("s")
        }
        return group ? parts : nil
    }
}
