/// Issues: the issue terms of the sentence (`ClaimExtractor.issueMatches`: strong terms, leaders' meetings, weak
/// terms when nothing stronger is there), and an issue named again by its head noun: "Ukraine raised the
/// Zaporizhzhia nuclear power plant at the talks. Medinsky said Russia rejected any discussion of the plant" (only
/// when a cue is there and the sentence names no strong term of its own). A commentary cue inside one of the
/// model's terms is no commentary. A cue that moves a measure (the grammar's `measureVerbs`: "cut its", "lowered")
/// governs only an issue it takes as its object, starting a few words after it; elsewhere it is no cue ("The IMF cut
/// its forecast for world growth, blaming US tariffs").
struct IssueStage: SentenceStage {
    let name = "issues"
    /// How many words may stand between a measure's cue and the issue it moves ("cut its reciprocal tariff").
    static let measureReach = 3

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let tokens = s.tokens
        let measures = model.grammar.measureVerbs
        if s.stances.contains(where: { measures.contains(tokens[$0.start].lower) }) {
            let named = x.issueMatches(tokens, stances: s.stances).map(\.start)
            s.stances.removeAll { cue in
                measures.contains(tokens[cue.start].lower)
                    && !named.contains { $0 >= cue.end && $0 - cue.end <= Self.measureReach }
            }
        }
        s.issues = x.issueMatches(tokens, stances: s.stances)
        s.strongStarts = x.strongStarts(tokens)
        if !s.stances.isEmpty, let carried = s.carriedIssue, x.weakOnly(s.issues, strong: s.strongStarts),
           let heads = model.issueHeads[carried],
           let i = tokens.indices.first(where: { i in
               i > 0 && model.grammar.definiteDeterminers.contains(tokens[i - 1].lower) && heads.contains(tokens[i].lower)
           }) {
            s.issues = [PhraseMatcher.Match(start: i, length: 1, label: carried)]
        }
        // A commentary word inside the model's own term ("the ASEAN observer team", where observers are an issue)
        // names the matter, not an analyst's view.
        if s.commentary {
            let terms = s.issues + model.context.matches(in: tokens)
            s.commentaryCues.removeAll { cue in terms.contains { $0.start <= cue && cue < $0.end } }
        }
    }
}
