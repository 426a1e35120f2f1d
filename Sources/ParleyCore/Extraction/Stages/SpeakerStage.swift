/// Speaker: the actor next to an attribution verb ("..., Peskov said", "according to X"), and where the reported
/// clause's subject stands ("X said on Friday that <subject> ..."). A name set off by commas right before the verb
/// speaks too (", the Kremlin's spokesman, Dmitry Peskov, said"), though an aside carries no stance of its own.
struct SpeakerStage: SentenceStage {
    let name = "speaker"
    /// How many words may stand between a speaker and the attribution verb.
    static let reach = 2

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let actors = s.actors
        let named = s.mentions.filter { mention in
            s.asides.contains(mention.start) && !x.model.grammar.locatives.contains(s.word(mention.start - 1))
        }
        let before = (actors + named).sorted { $0.start < $1.start }
        for verb in x.model.attribution.matches(in: s.tokens) {
            if let mention = before.last(where: { $0.end <= verb.start && verb.start - $0.end <= Self.reach }) {
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
