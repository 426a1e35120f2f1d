/// Asides: the token indices inside ", who ... ," / ", which ... ," clauses, appositives after a capitalised name
/// (", the head of ...,", ", its ambassador to ...,") and short comma-delimited spans (", Europe's largest,"). Cues
/// and mentions inside an aside do not carry the sentence.
struct AsideStage: SentenceStage {
    let name = "asides"
    /// Longest comma-delimited span taken as an aside.
    static let asideLength = 6

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let grammar = x.model.grammar
        let tokens = s.tokens
        let chars = Array(s.text)
        var inside = Set<Int>()
        let commas = chars.indices.filter { chars[$0] == "," }
        for (a, b) in zip(commas, commas.dropFirst()) {
            let span = tokens.indices.filter { tokens[$0].offset > a && tokens[$0].offset < b }
            if !span.isEmpty, span.count <= Self.asideLength { inside.formUnion(span) }
        }
        for (i, token) in tokens.enumerated()
            where grammar.relativePronouns.contains(token.lower) || grammar.appositiveOpeners.contains(token.lower) {
            var k = token.offset - 1
            while k >= 0, chars[k] == " " { k -= 1 }
            guard k >= 0, chars[k] == ",", i > 0 else { continue }
            // ", the head of ..., resigned": an appositive only right after a capitalised name, and not after an
            // opening phrase that ends in one ("In Washington, the White House said", "Separately, a diplomat said").
            if !grammar.relativePronouns.contains(token.lower)
                && (!tokens[i - 1].isCapitalized || opensTheSentence(before: k, tokens, chars, x)) { continue }
            let end = chars[token.offset...].firstIndex(of: ",") ?? chars.count
            for j in i..<tokens.count where tokens[j].offset < end { inside.insert(j) }
        }
        s.asides = inside
    }

    /// The comma at `comma` closes the sentence's opening phrase: the first comma, after a phrase that starts with a
    /// function word ("In Washington", "On Friday"), a sentence adverb ("Separately") or a day or month.
    private func opensTheSentence(before comma: Int, _ tokens: [Token], _ chars: [Character],
                                  _ x: ClaimExtractor) -> Bool {
        guard let first = tokens.first, !chars[..<comma].contains(",") else { return false }
        let model = x.model
        return model.stopwords.contains(first.lower) || model.calendarWords.contains(first.lower)
            || !model.grammar.adverbSuffix.isEmpty && first.lower.hasSuffix(model.grammar.adverbSuffix)
    }
}
