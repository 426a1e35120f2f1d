import Foundation

/// The parts of a summary sentence (`SummaryWriter.Parts`) read off a claim or off a fact the model holds, with the
/// names the model gives its parties and issues.
extension SummaryWriter.Parts {
    /// What a claim states, said of `party` (the alert's party, which may differ from the claim's) or of both sides.
    init(claim: Claim, party: String?, kind: Alert.Kind, model: NegotiationModel, published: Date?) {
        self.init(subject: Self.subject(party, model: model), stance: claim.stance, hedged: claim.hedged, kind: kind,
                  issueID: claim.issue, issueName: model.issue(claim.issue)?.name ?? claim.issue,
                  quantities: claim.quantities.filter { !$0.countsNothing }, places: AlertState.places(claim),
                  dates: claim.dates,
                  published: published)
        forecast = claim.forecast
        describe(issue: claim.issue, model: model)
    }

    /// What a fact of the model states ("reported" facts named no stance).
    init(fact: Fact, model: NegotiationModel, published: Date?) {
        self.init(subject: Self.subject(fact.party, model: model),
                  stance: fact.value == "reported" ? nil : fact.value, hedged: false,
                  kind: fact.attribute == .meeting ? .meetingNew : .positionChanged, issueID: fact.issue,
                  issueName: model.issue(fact.issue)?.name ?? fact.issue,
                  quantities: fact.quantities.compactMap(Quantity.init(parsing:)),
                  places: fact.places.map(AlertState.placeName), dates: fact.when, published: published)
        describe(issue: fact.issue, model: model)
    }

    /// The issue's phrase and meeting flag from the model; a name that begins with a party's name or alias is a
    /// proper name ("Armenia's constitution").
    private mutating func describe(issue id: String, model: NegotiationModel) {
        guard let issue = model.issue(id) else { return }
        meetingIssue = issue.meetings
        let names = Set(model.parties.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() })
        issuePhrase = issue.phrase ?? SummaryEnglish.defaultPhrase(issue.name) { names.contains($0.lowercased()) }
    }

    /// One party by its name; both sides together as the principal parties by name ("Russia and Ukraine"), else
    /// none ("both sides").
    static func subject(_ party: String?, model: NegotiationModel) -> [String] {
        if let party { return [model.party(party)?.name ?? party] }
        let principals = model.parties.filter(\.principal).map(\.name)
        return principals.count >= 2 ? principals : []
    }
}
