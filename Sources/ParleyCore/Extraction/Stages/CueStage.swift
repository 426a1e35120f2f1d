/// Cues: stance and event cues outside asides (", with the support of the EU," carries nothing), also when an adverb
/// stands inside one ("has formally closed"); negations, hedges ("did not rule out"), looking ahead ("will", "next
/// week"), recap ("has long") and commentary ("analysts").
struct CueStage: SentenceStage {
    let name = "cues"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let tokens = s.tokens
        let asides = s.asides
        s.stances = stanceMatches(tokens, with: x).filter {
            !asides.contains($0.start) && $0.label < model.stanceNames.count
        }
        s.negations = model.negations.matches(in: tokens)
        s.hedges = model.hedges.matches(in: tokens)
        s.aheadFrom = model.future.matches(in: tokens).first?.start
        s.recapCue = model.background.matches(in: tokens).first { $0.label == 0 }
            .map { tokens[$0.start..<$0.end].map(\.text).joined(separator: " ") }
        s.commentaryCues = model.commentary.matches(in: tokens).map(\.start)
    }

    /// The shortest word the adverb suffix marks as an adverb ("only", "July" and "Italy" are none).
    static let adverbLength = 6

    /// Stance cues, and those an adverb inside hides ("has formally closed", "was finally signed"): the phrases read
    /// again without the sentence's lowercase words of the grammar's adverb suffix, kept where nothing else was found.
    private func stanceMatches(_ tokens: [Token], with x: ClaimExtractor) -> [PhraseMatcher.Match] {
        let model = x.model
        var found = model.stances.matches(in: tokens)
        let suffix = model.grammar.adverbSuffix
        guard !suffix.isEmpty else { return found }
        let kept = tokens.indices.filter { i in
            let token = tokens[i]
            return i == 0 || i == tokens.count - 1 || token.isCapitalized || token.lower.count < Self.adverbLength
                || !token.lower.hasSuffix(suffix)
        }
        guard kept.count < tokens.count else { return found }
        for match in model.stances.matches(in: kept.map { tokens[$0] }) {
            let start = kept[match.start], end = kept[match.end - 1] + 1
            guard end - start > match.length, !found.contains(where: { $0.start < end && $0.end > start }) else {
                continue
            }
            found.append(PhraseMatcher.Match(start: start, length: end - start, label: match.label))
        }
        return found.sorted { $0.start < $1.start }
    }
}
