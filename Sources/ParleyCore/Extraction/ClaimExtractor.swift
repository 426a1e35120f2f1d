import Foundation

/// Turns a report into claims using only the model's vocabulary: clean paragraphs, sentences, relevance,
/// attribution, issue, stance with negation and hedging, numbers, dates and names. Built once per model
/// vocabulary; holds no state between reports.
public struct ClaimExtractor: Sendable {
    let model: Vocabulary
    let text: ReportText
    let numbers: NumberReader
    let dates: DateReader

    public init(model: NegotiationModel) {
        self.model = Vocabulary(model)
        text = ReportText(model.language)
        numbers = NumberReader(model.language)
        dates = DateReader(model.language)
    }

    public func analyze(_ report: Report) -> ReportAnalysis {
        let paragraphs = text.paragraphs(report.text)
        let titleTokens = Tokenizer.tokens(report.title)
        let titleIssues = Set(model.issues.matches(in: titleTokens).map { model.issueIDs[$0.label] })
        var sentences: [(paragraph: Int, index: Int, text: String, tokens: [Token])] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for sentence in SentenceSplitter.sentences(paragraph) {
                sentences.append((p, sentences.count, sentence, Tokenizer.tokens(sentence)))
            }
        }
        let (relevant, reason) = relevance(title: titleTokens, sentences: sentences.map(\.tokens),
                                          leadCount: sentences.filter { $0.paragraph == 0 }.count)
        var analysis = ReportAnalysis(relevant: relevant, relevance: reason, paragraphs: paragraphs, claims: [],
                                      titleIssues: titleIssues)
        guard relevant else { return analysis }
        var lastParty: String?
        for sentence in sentences {
            let found = claims(in: sentence.tokens, text: sentence.text, paragraph: sentence.paragraph,
                               index: sentence.index, published: report.published, carried: lastParty)
            if let party = found.last(where: { $0.attribution != "context" })?.party { lastParty = party }
            analysis.claims += found
        }
        return analysis
    }

    /// A report concerns the negotiation when its title or lead names a principal party, it uses the vocabulary
    /// of negotiation, and other actors do not dominate its lead.
    func relevance(title: [Token], sentences: [[Token]], leadCount: Int) -> (Bool, String) {
        let lead = title + sentences.prefix(max(leadCount, 1)).flatMap { $0 }
        let leadMentions = model.parties.matches(in: lead)
        let principalInLead = leadMentions.filter { model.isPrincipal($0.label) }.count
        let outsidersInLead = leadMentions.filter { $0.label == model.outsiderLabel }.count
        let partiesInLead = leadMentions.filter { $0.label < model.partyIDs.count }.count
        if principalInLead == 0 {
            return (false, "neither the title nor the lead names a principal party")
        }
        if outsidersInLead > partiesInLead {
            return (false, "the lead is about other actors (\(outsidersInLead) outsider mentions against "
                + "\(partiesInLead) party mentions)")
        }
        let all = title + sentences.flatMap { $0 }
        let contextHits = model.context.matches(in: all).count
        let issueHits = model.issues.matches(in: all).count
        if contextHits + issueHits < 2 {
            return (false, "too little negotiation vocabulary (\(contextHits + issueHits) terms)")
        }
        return (true, "names \(principalInLead) principal-party mention(s) in its lead and "
            + "\(contextHits + issueHits) negotiation terms")
    }

    func claims(in tokens: [Token], text: String, paragraph: Int, index: Int, published: Date?,
                carried: String?) -> [Claim] {
        let issueMatches = model.issues.matches(in: tokens)
        guard !issueMatches.isEmpty else { return [] }
        let issueCovered = Set(issueMatches.flatMap { $0.start..<$0.end })
        let mentions = model.parties.matches(in: tokens).filter { !issueCovered.contains($0.start) }
        let outsiders = mentions.filter { $0.label == model.outsiderLabel }
        let principal = mentions.contains { model.isPrincipal($0.label) }
        if !outsiders.isEmpty && !principal { return [] }
        let stances = model.stances.matches(in: tokens)
        let negations = model.negations.matches(in: tokens)
        let hedges = model.hedges.matches(in: tokens)
        let lookingAhead = !model.future.matches(in: tokens).isEmpty
        let background = !model.background.matches(in: tokens).isEmpty
        let commentary = !model.commentary.matches(in: tokens).isEmpty
        let reading = dates.read(tokens, published: published, lookingAhead: lookingAhead)
        let quantities = numbers.quantities(in: tokens)
        let names = self.names(tokens, excluding: Set(mentions.flatMap { $0.start..<$0.end }))
        let terms = Set(tokens.filter { !$0.isNumber && $0.lower.count > 2 && !model.stopwords.contains($0.lower)
            && !model.aliasWords.contains($0.lower) }.map { Stemmer.stem($0.lower) })
        let speaker = self.speaker(tokens, mentions: mentions)

        var result: [Claim] = []
        var seen = Set<String>()
        for match in issueMatches {
            let issue = model.issueIDs[match.label]
            guard seen.insert(issue).inserted else { continue }
            // The stance cue that governs the issue: the nearest before it, else the nearest after.
            let before = stances.last { $0.start < match.start }
            let after = stances.first { $0.start > match.start }
            let cue = before ?? after
            let anchor = cue?.start ?? match.start
            var stance = cue.map { model.stanceNames[$0.label] }
            let hedged = hedges.contains { abs($0.start - anchor) <= 4 }
            let negated = !hedged && negations.contains { $0.start < anchor && anchor - $0.end <= 3 }
            if negated, let current = stance { stance = model.negated(current) }
            if hedged { stance = "accepts" }
            var party: String?
            var attribution = "none"
            if let agent = mentions.last(where: { $0.end <= anchor }) {
                if agent.label == model.outsiderLabel { continue }
                attribution = "subject"
                party = agent.label == model.jointLabel ? nil : model.partyIDs[agent.label]
            } else if let speaker {
                if speaker.label == model.outsiderLabel { continue }
                attribution = "speaker"
                party = speaker.label == model.jointLabel ? nil : model.partyIDs[speaker.label]
            } else if let carried {
                attribution = "context"
                party = carried
            } else if let first = mentions.first(where: { $0.label < model.partyIDs.count }) {
                attribution = "subject"
                party = model.partyIDs[first.label]
            }
            result.append(Claim(issue: issue, party: party, stance: stance, negated: negated, hedged: hedged,
                                quantities: quantities, dates: reading.dates, names: names, terms: terms,
                                sentence: text, paragraph: paragraph, sentenceIndex: index,
                                background: background || reading.refersToPast, commentary: commentary,
                                lookingAhead: lookingAhead, attribution: attribution))
        }
        return result
    }

    /// "..., Peskov said", "X told reporters", "according to X": the party mention next to an attribution verb.
    private func speaker(_ tokens: [Token], mentions: [PhraseMatcher.Match]) -> PhraseMatcher.Match? {
        for verb in model.attribution.matches(in: tokens) {
            if let mention = mentions.last(where: { $0.end <= verb.start && verb.start - $0.end <= 2 }) {
                return mention
            }
            if let mention = mentions.first(where: { $0.start >= verb.end && $0.start - verb.end <= 2 }) {
                return mention
            }
        }
        return nil
    }

    /// Capitalised words that are not sentence-initial, not party aliases and not calendar words.
    private func names(_ tokens: [Token], excluding covered: Set<Int>) -> [String] {
        var result: [String] = []
        for (i, token) in tokens.enumerated() where i > 0 && token.isCapitalized && !covered.contains(i) {
            if model.calendarWords.contains(token.lower) || model.stopwords.contains(token.lower) { continue }
            result.append(token.lower)
        }
        return result
    }
}
