/// Speaker: the actor next to an attribution verb ("..., Peskov said", "according to X"), and where the reported
/// clause's subject stands ("X said on Friday that <subject> ...").
struct SpeakerStage: SentenceStage {
    let name = "speaker"
    /// How many words may stand between a speaker and the attribution verb.
    static let reach = 2

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let actors = s.actors
        for verb in x.model.attribution.matches(in: s.tokens) {
            if let mention = actors.last(where: { $0.end <= verb.start && verb.start - $0.end <= Self.reach }) {
                s.speaker = Speaker(mention: mention, verb: verb.end)
                break
            }
            if let mention = actors.first(where: { $0.start >= verb.end && $0.start - verb.end <= Self.reach }) {
                s.speaker = Speaker(mention: mention, verb: mention.end)
                break
            }
        }
        if let speaker = s.speaker {
            var i = speaker.verb
            let skips = x.model.grammar.complementSkips
            while i < s.tokens.count, skips.contains(s.tokens[i].lower) || x.model.calendarWords.contains(s.tokens[i].lower) {
                i += 1
            }
            s.complementSubject = i
        }
    }
}
