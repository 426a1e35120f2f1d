/// Outsiders: a sentence about someone outside the negotiation makes no claim: its only actors are outsiders, or an
/// outsider is its subject ("Poland shot down ..."), or it tells of a meeting between one party of the model and an
/// outsider ("Lavrov arrived in China for talks": Russia's talks with China, not this negotiation's), unless the
/// outsider only names the meeting's venue ("the Rome round"), or of a meeting on another matter ("talks with the
/// United States about receiving migrants"); nor a sentence of force used on an outsider and on no principal party
/// ("US warplanes struck targets around Sanaa": another conflict). An outsider named inside an aside (", its
/// ambassador to the World Trade Organization,") describes someone else: it does not make the sentence an
/// outsider's.
struct OutsiderStage: SentenceStage {
    let name = "outsiders"
    /// How far into the sentence an outsider must stand to be its subject.
    static let subjectReach = 2
    /// How many words after a verb of force its target or its place may stand.
    static let targetReach = 6
    /// How many words after a meeting's word its topic preposition may stand ("talks with the United States about").
    static let topicReach = 5
    /// How many words of a meeting's topic are read.
    static let topicLength = 4

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let outsiders = s.actors.filter { $0.label == model.outsiderLabel }
        let principal = s.actors.contains { model.isPrincipal($0.label) }
        if !outsiders.isEmpty && !principal { s.finished = true }
        let asides = s.asides
        let mentions = s.mentions.filter { !asides.contains($0.start) }
        if let first = mentions.first, first.start <= Self.subjectReach, first.label == model.outsiderLabel {
            s.finished = true
        }
        let parties = Set(s.actors.map(\.label).filter { $0 != model.outsiderLabel })
        let meetingOnly = !s.issues.isEmpty && s.issues.allSatisfy { model.meetingIssues.contains($0.label) }
        // (An outsider naming the meeting, "Oman postpones Rome round", is its venue, not its partner.)
        let meetingStarts = x.meetingNameStarts(s)
        if meetingOnly, parties.count == 1, !parties.contains(model.jointLabel),
           mentions.contains(where: { $0.label == model.outsiderLabel && !meetingStarts.contains($0.end) }) {
            s.finished = true
        }
        // A meeting on another matter ("Rwanda is in talks with the United States about receiving migrants"): what
        // the topic preposition after the meeting's word takes names nothing of the negotiation.
        if meetingOnly {
            let model = x.model
            let named = model.context.matches(in: s.tokens) + model.issues.matches(in: s.tokens)
                + model.weakIssues.matches(in: s.tokens) + model.negotiationWords.matches(in: s.tokens) + s.mentions
                + s.documents
            if s.issues.allSatisfy({ onAnotherMatter($0, naming: named, in: s, with: x) }) { s.finished = true }
        }
        // Force used on an outsider: the first party or outsider named after the verb is its target or its place.
        let grammar = model.grammar
        if let force = s.tokens.indices.first(where: { grammar.forceVerbs.contains(s.tokens[$0].lower) }),
           let target = mentions.first(where: { $0.start > force && $0.start - force <= Self.targetReach }),
           target.label == model.outsiderLabel {
            s.finished = true
        }
    }

    /// The meeting's word is followed, within `topicReach` words and no comma, by a topic preposition ("about", "on",
    /// "over") whose next `topicLength` words (to a comma) name nothing of the negotiation: no topic, issue or
    /// negotiation word, party or document (`named`: the sentence's), no day and no number ("talks on Monday" is a
    /// time).
    private func onAnotherMatter(_ meeting: PhraseMatcher.Match, naming named: [PhraseMatcher.Match],
                                 in s: SentenceReading, with x: ClaimExtractor) -> Bool {
        let model = x.model
        let grammar = model.grammar
        let tokens = s.tokens
        guard meeting.end < tokens.count,
              let preposition = (meeting.end..<min(tokens.count, meeting.end + Self.topicReach)).first(where: {
                  grammar.topicPrepositions.contains(tokens[$0].lower)
              }), preposition + 1 < tokens.count,
              !x.commaBetween(s.text, tokens[meeting.end - 1], tokens[preposition]) else { return false }
        var end = min(tokens.count, preposition + 1 + Self.topicLength)
        while end > preposition + 2, x.commaBetween(s.text, tokens[preposition + 1], tokens[end - 1]) { end -= 1 }
        let topic = (preposition + 1)..<end
        // A topic opening with an article ("on the sidelines", "over the weekend", "on a deal") is left alone.
        let first = tokens[topic.lowerBound].lower
        if grammar.definiteDeterminers.contains(first) || grammar.indefiniteArticles.contains(first) { return false }
        if topic.contains(where: { tokens[$0].isNumber || model.calendarWords.contains(tokens[$0].lower) }) {
            return false
        }
        return !named.contains { $0.start < topic.upperBound && $0.end > topic.lowerBound }
    }
}
