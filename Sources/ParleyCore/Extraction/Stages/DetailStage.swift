/// Details: numbers with their units, places (capitalised words after a locative), proper names the sentence
/// carries besides the parties (new names are concrete news) and its content words for restatement memory.
struct DetailStage: SentenceStage {
    let name = "details"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let model = x.model
        let tokens = s.tokens
        s.quantities = x.numbers.quantities(in: tokens, text: s.text,
                                             inNames: Set(s.mentions.flatMap { $0.start..<$0.end }))
        s.places = x.places(tokens)
        s.entities = tokens.indices.filter { i in
            i > 0 && tokens[i].isCapitalized && !model.aliasWords.contains(tokens[i].lower)
                && !model.calendarWords.contains(tokens[i].lower) && !model.stopwords.contains(tokens[i].lower)
                && tokens[i].lower.count > 2
        }.map { Stemmer.stem(tokens[$0].lower) }
        s.terms = x.contentTerms(tokens)
        s.detailsRead = true
    }
}
