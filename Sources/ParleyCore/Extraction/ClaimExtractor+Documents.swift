/// Documents in a sentence: who owns them, where their content starts, which issues are their clauses; and the
/// meetings a sentence names besides its focus.
extension ClaimExtractor {
    /// A document's owner: the party just before it ("Moscow's memorandum", "Driscoll presented the draft"), the
    /// agent after "by" ("the draft, delivered to Zelensky ... by Driscoll"), or the party just after it that acts
    /// on it ("the memorandum Russia presented").
    func owner(of document: PhraseMatcher.Match, tokens: [Token], mentions: [PhraseMatcher.Match]) -> String? {
        // "The Trump administration has drafted a 28-point plan": a cue between owner and document. Not across a
        // preposition: "work with its European partners on the text" is not Europe's text.
        // "The Doha declaration", "the Washington agreement": a capital right before the document word, without a
        // possessive, is where the document was made ("Moscow's memorandum" is Russia's).
        let venues = Set(model.capitals.matches(in: tokens).filter { capital in
            capital.end == document.start && !tokens[capital.end - 1].possessive
        }.map(\.start))
        let before = mentions.last { mention in
            !venues.contains(mention.start) && mention.end <= document.start && (document.start - mention.end <= 3
                && !(mention.end..<document.start).contains { model.grammar.ownerBreakers.contains(tokens[$0].lower) }
                || document.start - mention.end <= 8 && (mention.end..<document.start).contains { i in
                    model.documentActions.contains(tokens[i].lower)
                })
        }
        let acted = (document.end..<min(document.end + 3, tokens.count))
            .contains { model.documentActions.contains(tokens[$0].lower) }
        let byAgent = acted
            ? (document.end..<min(document.end + 12, tokens.count)).first { model.grammar.agentMarkers.contains(tokens[$0].lower) }
                .flatMap { by in mentions.first { $0.start > by && $0.start - by <= 4 } }
            : nil
        // "the memorandum Russia's delegation handed over": the action may follow the owner's noun.
        let after = mentions.first { mention in
            mention.start >= document.end && mention.start - document.end <= 1 && mention.end < tokens.count
                && (mention.end..<min(mention.end + 3, tokens.count)).contains { i in
                    model.documentActions.contains(tokens[i].lower)
                }
        }
        guard let near = byAgent ?? before ?? after, near.label < model.partyIDs.count else { return nil }
        return model.partyIDs[near.label]
    }

    /// The issues a document's content states a clause on: every issue named from `start` on, except meetings and
    /// the document's own issue (the one whose term is the document word).
    func clauses(_ issueMatches: [PhraseMatcher.Match], documents: [PhraseMatcher.Match], from start: Int?)
        -> [PhraseMatcher.Match] {
        guard let start else { return [] }
        let documentIssues = Set(issueMatches.filter { match in
            documents.contains { $0.start < match.end && match.start < $0.end }
        }.map(\.label))
        return issueMatches.filter { match in
            match.start >= start && !model.meetingIssues.contains(match.label) && !documentIssues.contains(match.label)
        }
    }

    /// Meetings named beside a word of meeting ("two days of talks in Berlin ... ended on Monday"), other than the
    /// focus, keyed by their position, with the nearest such word: claims of their own whatever else the sentence
    /// is about. Only events count (held, set, called off); a proposal is the sentence's own stance.
    func meetingCues(_ issueMatches: [PhraseMatcher.Match], stances: [PhraseMatcher.Match],
                     focus: PhraseMatcher.Match) -> [Int: PhraseMatcher.Match] {
        var cues: [Int: PhraseMatcher.Match] = [:]
        for match in issueMatches where model.meetingIssues.contains(match.label) && match.label != focus.label {
            let near = stances.filter { model.meetingStanceLabels.contains($0.label)
                && !model.positionLabels.contains($0.label) && abs($0.start - match.start) <= Self.meetingReach }
            if let nearest = near.min(by: { abs($0.start - match.start) < abs($1.start - match.start) }) {
                cues[match.start] = nearest
            }
        }
        return cues
    }

    /// Issues a second verb phrase of the sentence governs ("met for two hours ... and agreed to return the bodies
    /// of 3,000 soldiers"): a cue right after "and", the issue within a few words after it, keyed by position.
    func coordinatedCues(_ tokens: [Token], issueMatches: [PhraseMatcher.Match], stances: [PhraseMatcher.Match],
                         focus: PhraseMatcher.Match) -> [Int: (PhraseMatcher.Match, PhraseMatcher.Match)] {
        var cues: [Int: (PhraseMatcher.Match, PhraseMatcher.Match)] = [:]
        for cue in stances where cue.start > focus.end && cue.start > 0 && model.grammar.coordinators.contains(tokens[cue.start - 1].lower) {
            if let match = issueMatches.first(where: { $0.label != focus.label && $0.start >= cue.end
                && $0.start - cue.end <= 4 }) {
                cues[match.start] = (match, cue)
            }
        }
        return cues
    }

    /// How many words an infinitive's verb phrase may run before the issue it names ("and to lift Rwanda's
    /// defensive measures"), and how far before "and" the focus's own term may end ("the FDLR militia and").
    static let infinitiveReach = 4

    /// Issues a coordinated infinitive names ("agreed an operational order to neutralise the FDLR militia and to
    /// lift Rwanda's defensive measures"): right after a term of the focus's issue (no comma between), "and", the
    /// grammar's infinitive marker, another issue within a few words. The cue right after the marker governs it when
    /// there is one ("and to reject the plan"), else the sentence's main cue, before the focus ("agreed"): the
    /// second infinitive is as agreed as the first. Keyed by position.
    func coordinatedInfinitives(_ tokens: [Token], text: String, issueMatches: [PhraseMatcher.Match],
                                stances: [PhraseMatcher.Match], focus: PhraseMatcher.Match)
        -> [Int: (PhraseMatcher.Match, PhraseMatcher.Match)] {
        let grammar = model.grammar
        guard let main = stances.first(where: { $0.start <= focus.start }) else { return [:] }
        var found: [Int: (PhraseMatcher.Match, PhraseMatcher.Match)] = [:]
        for i in tokens.indices.dropLast(2) where i >= focus.end && grammar.coordinators.contains(tokens[i].lower)
            && grammar.infinitiveMarkers.contains(tokens[i + 1].lower) {
            guard let own = issueMatches.last(where: { $0.label == focus.label && $0.end <= i }),
                  i - own.end <= Self.infinitiveReach / 2, !commaBetween(text, tokens[own.end - 1], tokens[i]),
                  let match = issueMatches.first(where: { $0.label != focus.label && $0.start > i + 1
                      && $0.start - (i + 2) <= Self.infinitiveReach }),
                  !commaBetween(text, tokens[i], tokens[match.start]) else { continue }
            let cue = stances.first { $0.start == i + 2 } ?? main
            found[match.start] = (match, cue)
        }
        return found
    }
}
