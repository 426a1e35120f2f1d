/// Attribution: whose stance each claim is, by the first rule that applies:
/// 1. `document`: the sentence's subject is a document: its owner.
/// 2. `speaker`: a speaker before the cue ("X said (on Friday) that <no party> must ..."), unless a party is itself
///    the subject of the reported clause right before the cue (not across a comma, not before a modal); a party
///    that is the reported clause's subject further from the cue is its `reportedActor` ("Rubio said that Rwanda's
///    actions ... were a clear violation").
/// 3. `document`: an obligation ("Ukraine would be required to ...") or, with no speaker, a modal clause binding
///    another party while a document is under discussion: the document owner's stance.
/// 4. `speaker`: a speaker after a demand put on another party ("Rwanda must withdraw its troops, Boulos said").
/// 5. `subject`: the last actor before the cue that is not the object of an issue term ("China's tariff on all
///    American goods took effect" is China's); a party joined to it by "and" just before it is its `partner`
///    ("Congo and M23 sign": they act together).
/// 6. `speaker`: a speaker after the cue ("..., Peskov said").
/// 7. `document`: a modal cue with a document under discussion ("... would be restarted").
/// 8. `context`: the party of the report's previous claim.
/// 9. `subject`: the sentence's first actor.
/// An issue that requires a party names it as its target ("sanctions on Russia"): the target is never the actor,
/// and a sentence with the target as its subject ("Russia imposes export controls") makes no claim on the issue.
/// Outsiders' stances and joint mentions ("both sides": party `nil`) are handled here too. For a passive cue on the
/// issue that is the subject (`VoiceStage`), the agent after "by" comes first and rules 3, 4, 5 and 9 (which read
/// the actor before the cue as its subject) do not apply.
struct AttributionStage: SentenceStage {
    let name = "attribution"
    /// How close before the cue a reported clause's subject must stand to take the stance over from the speaker.
    static let complementReach = 3
    /// How far into the sentence a target party stands as its subject.
    static let subjectReach = 1
    /// The stance of a demand.
    static let demand = "demands"
    /// How far after an issue term its object may start ("tariff on all American goods": two words).
    static let objectReach = 2
    /// How many words may stand between two parties joined as one subject ("Congo 's government and the M23").
    static let partnerGap = 4
    /// How many words after "by" the agent of a passive cue may start ("signed by the two foreign ministers").
    static let agentReach = 3
    /// How many words after a party an obligation word may stand.
    static let obligationReach = 3

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        for k in s.drafts.indices where !s.drafts[k].dropped {
            attribute(&s.drafts[k], in: s, with: x)
            if jointMeeting(s.drafts[k], in: s, with: x) {
                s.drafts[k].party = nil
                s.drafts[k].partner = nil
            }
        }
    }

    /// The meeting states two sides share: a meeting set or held.
    static let jointMeetingStances: Set<String> = ["held", "scheduled"]

    /// A meeting two principal parties hold or set ("Trump and Xi spoke by phone", "Bessent and Greer will meet He
    /// Lifeng"): its subject is a principal, and its partner, or the one it meets named right after the cue, another
    /// principal. The meeting is both sides', no single party's.
    private func jointMeeting(_ draft: ClaimDraft, in s: SentenceReading, with x: ClaimExtractor) -> Bool {
        let model = x.model
        guard !draft.dropped, draft.attribution == "subject", model.meetingIssues.contains(draft.match.label),
              let stance = draft.stance, Self.jointMeetingStances.contains(stance), let cue = draft.cue,
              let party = draft.party, let own = model.partyIDs.firstIndex(of: party), model.principal.contains(own)
        else { return false }
        let partner = draft.partner.flatMap { model.partyIDs.firstIndex(of: $0) }
        let met = s.actors.first { $0.start >= cue.end && $0.start - cue.end <= StanceStage.partnerReach }?.label
        return [partner, met].contains { other in other.map { $0 != own && model.principal.contains($0) } ?? false }
    }

    private func attribute(_ draft: inout ClaimDraft, in s: SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let tokens = s.tokens
        let anchor = draft.anchor
        let targets = model.requiredParties[draft.match.label] ?? []
        // The target as the sentence's subject ("Russia imposes export controls on ..."): its own act or its
        // reaction, not a measure against it.
        if let first = s.actors.first, targets.contains(first.label), first.start <= Self.subjectReach,
           first.end <= anchor {
            draft.dropped = true
            return
        }
        let actors = s.actors.filter { !targets.contains($0.label) }
        func id(_ label: Int) -> String? { label == model.jointLabel ? nil : model.partyIDs[label] }
        func isModal(_ i: Int) -> Bool { model.modals.contains(tokens[i].lower) }
        let speaker = s.speaker
        // A passive cue on the issue that is the subject ("The release of Israeli hostages has been postponed"):
        // the parties before the cue are inside the subject, not its agent; the agent follows "by".
        let passive = s.passiveSubject.map { $0.start == draft.match.start && $0.label == draft.match.label } ?? false
        let subjects = passive ? [] : actors
        let byAgent = passive ? draft.cue.flatMap { cue in
            cue.end < tokens.count && model.grammar.agentMarkers.contains(tokens[cue.end].lower)
                ? actors.first { $0.start > cue.end && $0.start - cue.end <= Self.agentReach } : nil
        } : nil
        if let agent = byAgent {
            if agent.label == model.outsiderLabel { draft.dropped = true; return }
            draft.attribution = "subject"
            draft.party = id(agent.label)
        } else if let documentSubject = s.documentSubject {
            draft.attribution = "document"
            draft.party = documentSubject
        } else if let speaker, speaker.verb <= anchor,
                  !actors.contains(where: { s.opensComplement($0) && $0.end <= anchor
                      && anchor - $0.end <= Self.complementReach && !isModal(anchor)
                      && !x.commaBetween(s.text, tokens[$0.end - 1], tokens[anchor]) }) {
            if speaker.mention.label == model.outsiderLabel { draft.dropped = true; return }
            draft.attribution = "speaker"
            draft.party = id(speaker.mention.label)
            if let other = actors.first(where: { s.opensComplement($0) && $0.end <= anchor }),
               other.label < model.partyIDs.count, model.partyIDs[other.label] != draft.party {
                draft.reportedActor = model.partyIDs[other.label]
            }
        } else if let owner = s.documentOwner, let agent = subjects.last(where: { $0.end <= anchor }),
                  obliged(agent, tokens, x) || speaker == nil && draft.cue.map({ isModal($0.start) }) == true
                      && agent.label < model.partyIDs.count && model.partyIDs[agent.label] != owner {
            draft.attribution = "document"
            draft.party = owner
        } else if let speaker, speaker.verb > anchor, let cue = draft.cue, isModal(cue.start),
                  draft.stance == Self.demand, let agent = subjects.last(where: { $0.end <= anchor }),
                  agent.label != speaker.mention.label, speaker.mention.label < model.partyIDs.count {
            draft.attribution = "speaker"
            draft.party = model.partyIDs[speaker.mention.label]
        } else if let agent = subjects.last(where: { $0.end <= anchor && !objectOfIssue($0, in: s, with: x) }) {
            if agent.label == model.outsiderLabel { draft.dropped = true; return }
            draft.attribution = "subject"
            draft.party = id(agent.label)
            draft.partner = partner(of: agent, among: actors, in: s, with: x).flatMap(id)
        } else if let speaker {
            if speaker.mention.label == model.outsiderLabel { draft.dropped = true; return }
            draft.attribution = "speaker"
            draft.party = id(speaker.mention.label)
        } else if let owner = s.documentOwner, let cue = draft.cue, isModal(cue.start) {
            draft.attribution = "document"
            draft.party = owner
        } else if let carried = s.carriedParty {
            draft.attribution = "context"
            draft.party = carried
        } else if let first = subjects.first(where: { $0.label < model.partyIDs.count }) {
            draft.attribution = "subject"
            draft.party = model.partyIDs[first.label]
        }
        if let party = draft.party, let index = model.partyIDs.firstIndex(of: party), targets.contains(index) {
            draft.dropped = true
        }
    }

    /// The mention is the object of an issue term right before it, after a preposition ("China's tariff on all
    /// American goods took effect": the goods the tariff taxes; "talks with Russia"): inside the subject, not its head.
    /// A number between is no object's determiner ("In Goma, about 1,400 Congolese soldiers"). An outsider stays
    /// where it stands: a measure on an outsider's goods ("a US tariff on Indian goods") is another matter's.
    private func objectOfIssue(_ mention: PhraseMatcher.Match, in s: SentenceReading, with x: ClaimExtractor) -> Bool {
        let breakers = x.model.grammar.ownerBreakers
        return mention.label < x.model.partyIDs.count && s.issues.contains { issue in
            issue.end < mention.start && mention.start - issue.end <= Self.objectReach
                && breakers.contains(s.word(issue.end))
                && (issue.end + 1..<mention.start).allSatisfy { !s.tokens[$0].isCapitalized && !s.tokens[$0].isNumber }
        }
    }

    /// The party joined to the subject by a coordinator, a few words before it with no comma between ("Congo and
    /// M23", "Congo's government and the M23 rebels"), or by a dash right between the two names ("the Congo–M23
    /// deadline"); another party than the subject's, not an outsider, and one of the two a principal party: a
    /// belligerent acting with another. Third parties listed together ("Ankara, Tehran and Moscow welcome the text")
    /// each speak for themselves.
    private func partner(of agent: PhraseMatcher.Match, among actors: [PhraseMatcher.Match], in s: SentenceReading,
                         with x: ClaimExtractor) -> Int? {
        let model = x.model
        guard let other = actors.last(where: { $0.end <= agent.start }), other.label != agent.label,
              other.label < model.partyIDs.count,
              model.principal.contains(other.label) || model.principal.contains(agent.label),
              agent.start - other.end <= Self.partnerGap,
              (other.end..<agent.start).contains(where: { model.grammar.coordinators.contains(s.word($0)) })
                  || agent.start == other.end && dashJoins(s.tokens[other.end - 1], s.tokens[agent.start], in: s.text),
              !x.commaBetween(s.text, s.tokens[other.end - 1], s.tokens[agent.start]) else { return nil }
        return other.label
    }

    /// Dashes that join two names into one ("Congo–M23", "Russia-Ukraine"): punctuation, not words of a language.
    static let joiningDashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"]

    /// Nothing but one dash stands between the two tokens (no space).
    private func dashJoins(_ first: Token, _ second: Token, in text: String) -> Bool {
        let end = first.offset + first.text.count
        guard second.offset == end + 1 else { return false }
        return text.dropFirst(end).first.map(Self.joiningDashes.contains) ?? false
    }

    /// "Ukraine would be required to ...", "has to": an obligation word (or two-word phrase) just after the party.
    private func obliged(_ agent: PhraseMatcher.Match, _ tokens: [Token], _ x: ClaimExtractor) -> Bool {
        let obligations = x.model.grammar.obligations
        return (agent.end..<min(agent.end + Self.obligationReach, tokens.count)).contains { i in
            obligations.contains(tokens[i].lower)
                || i + 1 < tokens.count && obligations.contains(tokens[i].lower + " " + tokens[i + 1].lower)
        }
    }
}
