/// Actors: the party mentions that can act. Not a mention inside an issue term ("sanctions on Russia"), inside an
/// aside (", who attended the meeting in Paris,"), or a place after a locative ("talks in Paris", "troops to
/// Ukraine"), except people from somewhere ("advisers from Britain, France and Germany"); nor an outsider that names
/// a meeting ("the Rome round", "the Rome meeting": its venue).
struct ActorStage: SentenceStage {
    let name = "actors"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let grammar = x.model.grammar
        let issueCovered = Set(s.issues.flatMap { $0.start..<$0.end })
        let asides = s.asides
        let meetingStarts = x.meetingNameStarts(s)
        s.actors = s.mentions.filter { mention in
            let i = mention.start
            let peopleFrom = grammar.actorPrepositions.contains(s.word(i - 1)) && grammar.actorNouns.contains(s.word(i - 2))
            let venue = mention.label == x.model.outsiderLabel && meetingStarts.contains(mention.end)
            return !issueCovered.contains(i) && !asides.contains(i) && !venue
                && !(grammar.locatives.contains(s.word(i - 1)) && !peopleFrom)
        }
    }
}
