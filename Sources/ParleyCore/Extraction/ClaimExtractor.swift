import Foundation

/// Turns a report into claims using only the model's vocabulary: clean paragraphs, sentences, relevance,
/// attribution, issue, stance with negation and hedging, numbers, dates and names. Built once per model
/// vocabulary; holds no state between reports.
public struct ClaimExtractor: Sendable {
    let model: Vocabulary
    let text: ReportText
    let numbers: NumberReader
    let dates: DateReader

    /// How far (in words) from a word of meeting both leaders must be named.
    static let leaderWindow = 12
    /// How many words a negation may stand before the stance cue it negates.
    static let negationReach = 10
    /// Longest comma-delimited span taken as an aside.
    static let asideLength = 6
    /// Words before a name that make it a place rather than an actor ("talks in Paris", "troops to Ukraine").
    static let locatives: Set<String> = ["in", "at", "to", "from", "near", "outside", "inside", "across", "into",
                                         "over", "throughout", "around", "toward", "towards"]
    /// The recap cue recorded when a sentence names a date well before publication.
    static let earlierDate = "an earlier date"

    public init(model: NegotiationModel) {
        self.model = Vocabulary(model)
        text = ReportText(model.language)
        numbers = NumberReader(model.language)
        dates = DateReader(model.language)
    }

    /// `everyIssue` makes a claim of every issue a sentence names, not only its focus (to found a model).
    public func analyze(_ report: Report, everyIssue: Bool = false) -> ReportAnalysis {
        let paragraphs = text.paragraphs(report.text)
        let titleTokens = Tokenizer.tokens(report.title)
        let titleIssues = Set((model.issues.matches(in: titleTokens) + model.weakIssues.matches(in: titleTokens))
            .map { model.issueIDs[$0.label] })
        var sentences: [(paragraph: Int, index: Int, text: String, tokens: [Token])] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for sentence in SentenceSplitter.sentences(paragraph) {
                sentences.append((p, sentences.count, sentence, Tokenizer.tokens(sentence)))
            }
        }
        let (relevant, reason) = relevance(title: titleTokens, sentences: sentences.map(\.tokens),
                                          leadCount: sentences.filter { $0.paragraph == 0 }.count)
        var analysis = ReportAnalysis(relevant: relevant, relevance: reason, paragraphs: paragraphs, claims: [],
                                      titleIssues: titleIssues, memory: [])
        guard relevant else { return analysis }
        var lastParty: String?
        var owner: String?
        for sentence in sentences {
            let found = claims(in: sentence.tokens, text: sentence.text, paragraph: sentence.paragraph,
                               index: sentence.index, published: report.published, carried: lastParty,
                               documentOwner: &owner, everyIssue: everyIssue)
            if let party = found.last(where: { $0.attribution != "context" })?.party { lastParty = party }
            analysis.claims += found
            analysis.memory.formUnion(memoryKeys(sentence.tokens, published: report.published))
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
        let issueHits = model.issues.matches(in: all).count + model.weakIssues.matches(in: all).count
        if contextHits + issueHits < 2 {
            return (false, "too little negotiation vocabulary (\(contextHits + issueHits) terms)")
        }
        return (true, "names \(principalInLead) principal-party mention(s) in its lead and "
            + "\(contextHits + issueHits) negotiation terms")
    }

    /// Issue matches of a sentence: strong terms, leaders' meetings, and weak terms when nothing stronger is
    /// there (or, for meeting issues, when a meeting verb governs them); then issues yield to their betters.
    func issueMatches(_ tokens: [Token], stances: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        var strong = model.issues.matches(in: tokens)
        // Leaders of two parties close to a word of meeting: "Trump and Putin met", "would meet Vladimir Putin".
        let leaders = model.leaders.matches(in: tokens)
        // The one who meets must be a leader too: "Witkoff would meet Vladimir Putin" is envoys' talks.
        let mentions = model.parties.matches(in: tokens)
        for trigger in model.leaderTriggers.matches(in: tokens) {
            let near = leaders.filter { abs($0.start - trigger.start) <= Self.leaderWindow }
            guard Set(near.map(\.label)).count >= 2 else { continue }
            let subject = mentions.last { $0.end <= trigger.start && trigger.start - $0.end <= Self.leaderWindow }
            let subjectIsLeader = subject.map { s in leaders.contains { $0.start == s.start } } ?? false
            let following = leaders.filter { $0.start >= trigger.end && $0.start - trigger.end <= 4 }
            if subjectIsLeader || Set(following.map(\.label)).count >= 2 { strong.append(trigger) }
        }
        var result = strong
        for weak in model.weakIssues.matches(in: tokens) {
            let cue = stances.last { $0.start < weak.start } ?? stances.first { $0.start > weak.start }
            let meetingCue = cue.map { model.meetingStanceLabels.contains($0.label) } ?? false
            if strong.isEmpty || model.meetingIssues.contains(weak.label) && meetingCue
                && !strong.contains(where: { model.meetingIssues.contains($0.label) }) {
                result.append(weak)
            }
        }
        let present = Set(result.map(\.label))
        let named = Set(model.parties.matches(in: tokens).map(\.label))
        return result.filter { (model.yields[$0.label] ?? []).isDisjoint(with: present) }
            .filter { match in model.requiredParties[match.label].map { !$0.isDisjoint(with: named) } ?? true }
            .sorted { $0.start < $1.start }
    }

    func claims(in tokens: [Token], text: String, paragraph: Int, index: Int, published: Date?,
                carried: String?, documentOwner: inout String?, everyIssue: Bool = false) -> [Claim] {
        let aside = relativeClauses(tokens, text: text)
        // Cues inside asides (", with the support of the EU,") do not carry the sentence.
        let stances = model.stances.matches(in: tokens).filter { !aside.contains($0.start) }
        let issueMatches = issueMatches(tokens, stances: stances)
        let allMentions = model.parties.matches(in: tokens)
        let documents = model.documents.matches(in: tokens)
        // A document's owner: the party just before it ("Moscow's memorandum", "Driscoll presented the draft"),
        // or just after it when that party acts on it ("the memorandum Russia presented").
        for document in documents {
            // "The Trump administration has drafted a 28-point plan": a cue between owner and document.
            let before = allMentions.last { mention in
                mention.end <= document.start && (document.start - mention.end <= 3
                    || document.start - mention.end <= 6 && (mention.end..<document.start).contains { i in
                        model.documentActions.contains(tokens[i].lower)
                    })
            }
            let after = allMentions.first { mention in
                mention.start >= document.end && mention.start - document.end <= 1 && mention.end < tokens.count
                    && model.documentActions.contains(tokens[mention.end].lower)
            }
            if let near = before ?? after, near.label < model.partyIDs.count {
                documentOwner = model.partyIDs[near.label]
            }
        }
        guard !issueMatches.isEmpty else { return [] }
        let issueCovered = Set(issueMatches.flatMap { $0.start..<$0.end })
        // Actors only: not inside an issue term, not a place after a locative, not inside a relative clause
        // (", who attended the meeting in Paris,").
        let mentions = allMentions.filter { mention in
            !issueCovered.contains(mention.start) && !aside.contains(mention.start)
                && !(mention.start > 0 && Self.locatives.contains(tokens[mention.start - 1].lower))
        }
        // A sentence whose subject is a document ("The memorandum also says...") speaks for its owner.
        let documentSubject: String? = documents.first.flatMap { document in
            document.start <= 3 && !mentions.contains(where: { $0.start < document.start }) ? documentOwner : nil
        }
        let outsiders = mentions.filter { $0.label == model.outsiderLabel }
        let principal = mentions.contains { model.isPrincipal($0.label) }
        if !outsiders.isEmpty && !principal { return [] }
        let negations = model.negations.matches(in: tokens)
        let hedges = model.hedges.matches(in: tokens)
        let lookingAhead = !model.future.matches(in: tokens).isEmpty
        let recapCue = model.background.matches(in: tokens).first
            .map { tokens[$0.start..<$0.end].map(\.text).joined(separator: " ") }
        let commentary = !model.commentary.matches(in: tokens).isEmpty
        var reading = dates.read(tokens, published: published, lookingAhead: lookingAhead)
        // "said on Friday" dates the statement, not the event.
        let attributions = model.attribution.matches(in: tokens)
        let statementDates = Set(reading.positions.indices.filter { index in
            attributions.contains { reading.positions[index] >= $0.end && reading.positions[index] - $0.end <= 2 }
        })
        if !statementDates.isEmpty {
            func keep<T>(_ items: [T]) -> [T] {
                items.enumerated().filter { !statementDates.contains($0.offset) }.map(\.element)
            }
            reading.dates = keep(reading.dates)
            reading.alternates = keep(reading.alternates)
            reading.positions = keep(reading.positions)
        }
        let quantities = numbers.quantities(in: tokens)
        let names = self.places(tokens)
        let terms = contentTerms(tokens)
        let speaker = self.speaker(tokens, mentions: mentions)

        // A sentence whose subject is another actor ("Poland shot down...") is about someone else.
        if let first = allMentions.first, first.start <= 2, first.label == model.outsiderLabel { return [] }
        // Focus: the issue the sentence's main stance governs, i.e. the first issue term after the first stance
        // cue, else the sentence's first (its topic). Other issues in the sentence are its context, not its claim.
        // When a document is the subject ("The draft would cap..."), the claim is about its content.
        let subjectDocument = documentSubject == nil ? nil : documents.first
        let candidates = issueMatches.count > 1
            ? issueMatches.filter { match in !(subjectDocument.map { match.start < $0.end } ?? false) }
            : issueMatches
        let pool = candidates.isEmpty ? issueMatches : candidates
        let focus: PhraseMatcher.Match
        if let main = stances.first {
            focus = pool.first { $0.start >= main.start } ?? pool[0]
        } else {
            focus = pool[0]
        }
        let complementSubject = speaker.map { complementStart(tokens, after: $0.verb) }

        var result: [Claim] = []
        var seen = Set<Int>()
        for match in everyIssue ? issueMatches : [focus] where seen.insert(match.label).inserted {
            let issue = model.issueIDs[match.label]
            // The stance cue that governs the issue: the sentence's main cue when it comes first, else the
            // nearest after the issue term.
            let main = stances.first.flatMap { $0.start <= match.start ? $0 : nil }
            let cue = main ?? stances.first { $0.start > match.start }
            let anchor = cue?.start ?? match.start
            var stance = cue.map { model.stanceNames[$0.label] }
            let hedged = hedges.contains { abs($0.start - anchor) <= 4 }
            // Negation reaches the cue across a noun phrase ("no meeting ... was planned") but not past another cue.
            let negated = !hedged && negations.contains { negation in
                negation.start < anchor && anchor - negation.end <= Self.negationReach
                    && !stances.contains { $0.start > negation.start && $0.start < anchor }
            }
            if negated, let current = stance { stance = model.negated(current) }
            if hedged { stance = "accepts" }
            // A meeting with someone outside the negotiation ("met Belarusian President Lukashenko") is not one.
            if let cue, model.meetingIssues.contains(match.label),
               let partner = allMentions.first(where: { $0.start >= cue.end && $0.start - cue.end <= 4 }),
               partner.label == model.outsiderLabel {
                continue
            }
            var party: String?
            var attribution = "none"
            if let documentSubject {
                attribution = "document"
                party = documentSubject
            } else if let speaker, speaker.verb <= anchor,
                      !mentions.contains(where: { $0.start == complementSubject && $0.end <= anchor
                          && anchor - $0.end <= 3 && !model.modals.contains(tokens[anchor].lower) }) {
                // "X said (on Friday) that <no party> must ...": the speaker holds the stance; only a party
                // that is itself the subject of the reported clause takes it over.
                if speaker.mention.label == model.outsiderLabel { continue }
                attribution = "speaker"
                party = speaker.mention.label == model.jointLabel ? nil : model.partyIDs[speaker.mention.label]
            } else if let agent = mentions.last(where: { $0.end <= anchor }) {
                if agent.label == model.outsiderLabel { continue }
                attribution = "subject"
                party = agent.label == model.jointLabel ? nil : model.partyIDs[agent.label]
            } else if let speaker {
                if speaker.mention.label == model.outsiderLabel { continue }
                attribution = "speaker"
                party = speaker.mention.label == model.jointLabel ? nil : model.partyIDs[speaker.mention.label]
            } else if let documentOwner, let cue, model.modals.contains(tokens[cue.start].lower) {
                // "... would be restarted": the content of the document under discussion.
                attribution = "document"
                party = documentOwner
            } else if let carried {
                attribution = "context"
                party = carried
            } else if let first = mentions.first(where: { $0.label < model.partyIDs.count }) {
                attribution = "subject"
                party = model.partyIDs[first.label]
            }
            result.append(Claim(issue: issue, party: party, stance: stance, negated: negated, hedged: hedged,
                                quantities: quantities, dates: reading.dates,
                                dateAlternates: reading.alternates, names: names, terms: terms,
                                sentence: text, paragraph: paragraph, sentenceIndex: index,
                                background: recapCue != nil || reading.refersToPast,
                                recapCue: recapCue ?? (reading.refersToPast ? Self.earlierDate : nil), commentary: commentary,
                                lookingAhead: lookingAhead, attribution: attribution))
        }
        return result
    }

    /// Content words, numbers and dates of a sentence, for restatement memory.
    func memoryKeys(_ tokens: [Token], published: Date?) -> Set<String> {
        var keys = contentTerms(tokens)
        for quantity in numbers.quantities(in: tokens) { keys.insert(quantity.memoryKey) }
        let reading = dates.read(tokens, published: published, lookingAhead: false)
        for date in reading.dates { keys.insert("d:" + date) }
        return keys
    }

    /// Content words (stemmed) and pairs of consecutive content words (`b:` keys): a new development often
    /// combines known words in a new way ("revised" + "framework").
    func contentTerms(_ tokens: [Token]) -> Set<String> {
        let words = tokens.filter { !$0.isNumber && $0.lower.count > 2 && !model.stopwords.contains($0.lower)
            && !model.aliasWords.contains($0.lower) }.map { Stemmer.stem($0.lower) }
        var terms = Set(words)
        for (a, b) in zip(words, words.dropFirst()) { terms.insert("b:" + a + "_" + b) }
        return terms
    }

    /// Token indices inside ", who ... ," and ", which ... ," asides.
    private func relativeClauses(_ tokens: [Token], text: String) -> Set<Int> {
        let chars = Array(text)
        var inside = Set<Int>()
        // Short comma-delimited spans (", Europe's largest,", ", a reference to NATO,") are asides too.
        let commas = chars.indices.filter { chars[$0] == "," }
        for (a, b) in zip(commas, commas.dropFirst()) {
            let span = tokens.indices.filter { tokens[$0].offset > a && tokens[$0].offset < b }
            if !span.isEmpty, span.count <= Self.asideLength { inside.formUnion(span) }
        }
        for (i, token) in tokens.enumerated() where ["who", "which", "the", "a", "an"].contains(token.lower) {
            var k = token.offset - 1
            while k >= 0, chars[k] == " " { k -= 1 }
            guard k >= 0, chars[k] == ",", i > 0 else { continue }
            // ", the head of ..., resigned": an appositive only right after a capitalised name.
            if !(token.lower == "who" || token.lower == "which") && !tokens[i - 1].isCapitalized { continue }
            let end = chars[token.offset...].firstIndex(of: ",") ?? chars.count
            for j in i..<tokens.count where tokens[j].offset < end { inside.insert(j) }
        }
        return inside
    }

    /// Index of the subject of a reported clause: after the attribution verb, past "on Friday", "that".
    private func complementStart(_ tokens: [Token], after verb: Int) -> Int {
        var i = verb
        let skippable: Set<String> = ["that", "on", "last", "this", "late", "early", "reporters", "journalists",
                                      "the", "a", "also", "then", "later"]
        while i < tokens.count, skippable.contains(tokens[i].lower) || model.calendarWords.contains(tokens[i].lower) {
            i += 1
        }
        return i
    }

    /// "..., Peskov said", "X told reporters", "according to X": the party mention next to an attribution verb.
    private func speaker(_ tokens: [Token], mentions: [PhraseMatcher.Match])
        -> (mention: PhraseMatcher.Match, verb: Int)? {
        for verb in model.attribution.matches(in: tokens) {
            if let mention = mentions.last(where: { $0.end <= verb.start && verb.start - $0.end <= 2 }) {
                return (mention, verb.end)
            }
            if let mention = mentions.first(where: { $0.start >= verb.end && $0.start - verb.end <= 2 }) {
                return (mention, mention.end)
            }
        }
        return nil
    }

    /// Places: capitalised words after a locative ("in Budapest", "at Joint Base Elmendorf"), not party
    /// aliases and not calendar words.
    private func places(_ tokens: [Token]) -> [String] {
        var result: [String] = []
        var afterLocative = false
        for (i, token) in tokens.enumerated() {
            if Self.locatives.contains(token.lower) || token.lower == "the" && afterLocative {
                afterLocative = true
                continue
            }
            defer { if !token.isCapitalized { afterLocative = false } }
            // A capital after a locative is a place even when it is also a party's alias ("to Moscow").
            guard afterLocative, i > 0, token.isCapitalized, !model.calendarWords.contains(token.lower),
                  !model.stopwords.contains(token.lower) else { continue }
            result.append(token.lower)
        }
        return result
    }
}
