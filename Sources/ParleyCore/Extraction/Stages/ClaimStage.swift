/// Claims: one claim per draft that was not dropped, with the sentence's numbers, dates, names and signals; and
/// when the speaker is one of two joined by "and" ("Zelensky and European leaders said ..."), the same claim for
/// the other speaker too.
struct ClaimStage: SentenceStage {
    let name = "claims"
    /// How many words after an issue term a number it states may stand ("tariffs on Chinese goods, which reached
    /// 145% in April, now stand at 30%").
    static let issueQuantityReach = 12

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        for draft in s.drafts where !draft.dropped {
            let label = draft.match.label
            var claim = Claim(issue: model.issueIDs[label], party: draft.party, stance: draft.stance,
                              negated: draft.negated, hedged: draft.hedged, quantities: s.quantities,
                              dates: s.dates.dates, dateAlternates: s.dates.alternates, names: s.places,
                              terms: s.terms, entities: s.entities, namesDocument: !s.documents.isEmpty,
                              documentOwner: s.documents.isEmpty || !model.documentIssues.contains(label)
                                  ? nil : s.documentOwner,
                              sentence: s.text, paragraph: s.paragraph, sentenceIndex: s.index,
                              background: s.recapCue != nil || s.dates.refersToPast,
                              recapCue: s.recapCue ?? (s.dates.refersToPast ? model.grammar.recapDateCue : nil),
                              commentary: s.commentary, lookingAhead: s.lookingAhead,
                              attribution: draft.attribution, weakTerm: !s.strongStarts.contains(draft.match.start))
            claim.recapByDate = s.recapCue == nil && s.dates.refersToPast
            claim.forecast = draft.forecast
            claim.conditional = draft.conditional
            claim.partner = draft.partner
            if draft.party == nil { claim.namedPrincipals = namedPrincipals(in: s, model: model) }
            claim.reportedActor = draft.reportedActor
            claim.addressee = draft.addressee
            claim.namedEvent = draft.namedEvent
            claim.documentSubject = s.documentLeads
            claim.attributiveCue = draft.cue.map { s.attributiveCues.contains($0.start) } ?? false
            // An event named in a participle after its noun ("the exchange agreed at talks in Istanbul last week",
            // "the declaration signed in Washington") is a state the report takes as known: a recap, unless the
            // sentence names another recap cue first.
            if claim.attributiveCue, claim.recapCue == nil || claim.recapByDate, let cue = draft.cue {
                claim.recapCue = s.tokens[cue.start..<cue.end].map(\.text).joined(separator: " ")
                claim.recapByDate = false
                claim.background = true
            }
            if draft.stance == nil, !s.quantities.isEmpty {
                let end = min(draft.match.end + Self.issueQuantityReach, s.tokens.count)
                claim.issueQuantities = x.numbers.quantities(in: Array(s.tokens[draft.match.end..<end]), text: s.text)
                    .map(\.description)
            }
            s.claims.append(claim)
            if draft.attribution == "speaker", let speaker = s.speaker, speaker.mention.start >= 2,
               model.grammar.coordinators.contains(s.word(speaker.mention.start - 1)),
               let other = s.mentions.last(where: { $0.end == speaker.mention.start - 1 }),
               other.label < model.partyIDs.count, model.partyIDs[other.label] != draft.party {
                var second = claim
                second.party = model.partyIDs[other.label]
                s.claims.append(second)
            }
        }
    }

    /// The principal parties the sentence names, by a mention of their own or inside a joint phrase.
    private func namedPrincipals(in s: SentenceReading, model: Vocabulary) -> [String] {
        var named = Set<Int>()
        for mention in s.mentions {
            if model.principal.contains(mention.label) {
                named.insert(mention.label)
            } else if mention.label == model.jointLabel {
                let words = Set((mention.start..<mention.end).map { s.tokens[$0].lower })
                named.formUnion(model.principalAliasWords.filter { !$0.value.isDisjoint(with: words) }.keys)
            }
        }
        return named.sorted().map { model.partyIDs[$0] }
    }
}
