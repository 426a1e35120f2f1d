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
    /// How far (in words) a word of meeting may stand from a meeting that is not the sentence's focus.
    static let meetingReach = 6
    /// How many words a negation may stand before the stance cue it negates.
    static let negationReach = 10
    /// Longest comma-delimited span taken as an aside.
    static let asideLength = 6
    /// Words before a name that make it a place rather than an actor ("talks in Paris", "troops to Ukraine").
    static let locatives: Set<String> = ["in", "at", "to", "from", "near", "outside", "inside", "across", "into",
                                         "over", "throughout", "around", "toward", "towards"]
    /// Prepositions that separate a party from a document it does not own.
    static let prepositions: Set<String> = ["on", "to", "with", "for", "about", "over", "against", "at", "in", "into",
                                            "from"]
    /// People nouns that make "from X" an actor rather than a place ("advisers from Britain, France and Germany").
    static let actorsFrom: Set<String> = ["officials", "advisers", "advisors", "diplomats", "envoys", "negotiators",
                                          "delegations", "delegation", "ministers", "leaders", "representatives",
                                          "delegates", "team", "teams", "lawmakers", "experts"]
    /// Words that put an obligation on the subject ("would be required to"): someone else imposes it.
    static let obligations: Set<String> = ["required", "obliged", "obligated", "forced", "have to", "has to"]
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
        analysis.titleParties = Set(model.parties.matches(in: titleTokens).compactMap { mention in
            mention.label < model.partyIDs.count ? model.partyIDs[mention.label] : nil
        })
        guard relevant else { return analysis }
        let analysisPiece = model.analysisHeadlines.contains { report.title.lowercased().hasPrefix($0) }
        var lastParty: String?
        var owner: String?
        var lastIssue: (paragraph: Int, label: Int)?
        for sentence in sentences {
            let found = claims(in: sentence.tokens, text: sentence.text, paragraph: sentence.paragraph,
                               index: sentence.index, published: report.published, carried: lastParty,
                               carriedIssue: lastIssue.flatMap { $0.paragraph == sentence.paragraph ? $0.label : nil },
                               documentOwner: &owner, everyIssue: everyIssue)
            if let party = found.last(where: { $0.attribution != "context" })?.party { lastParty = party }
            if let issue = found.first?.issue, let label = model.issueIDs.firstIndex(of: issue) {
                lastIssue = (sentence.paragraph, label)
            }
            analysis.claims += found.map { claim in
                var claim = claim
                if analysisPiece {
                    claim.commentary = true
                    claim.analysisPiece = true
                }
                return claim
            }
            analysis.memory.formUnion(memoryKeys(sentence.tokens, published: report.published))
        }
        if !everyIssue { analysis.claims += headlineClaims(report, tokens: titleTokens, analysisPiece: analysisPiece) }
        return analysis
    }

    /// The headline states the news in brief ("E3 trigger snapback of UN sanctions"): it is read as a sentence of
    /// its own, after the body and carrying nothing into it, and its claims are marked as the headline's.
    func headlineClaims(_ report: Report, tokens: [Token], analysisPiece: Bool) -> [Claim] {
        let headline = report.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !headline.isEmpty else { return [] }
        var owner: String?
        return claims(in: tokens, text: headline, paragraph: 0, index: -1, published: report.published,
                      carried: nil, documentOwner: &owner).map { claim in
            var claim = claim
            claim.headline = true
            claim.commentary = claim.commentary || analysisPiece
            claim.analysisPiece = analysisPiece
            return claim
        }
    }



    func claims(in tokens: [Token], text: String, paragraph: Int, index: Int, published: Date?,
                carried: String?, carriedIssue: Int? = nil, documentOwner: inout String?,
                everyIssue: Bool = false) -> [Claim] {
        let aside = relativeClauses(tokens, text: text)
        // Cues inside asides (", with the support of the EU,") do not carry the sentence.
        let stances = model.stances.matches(in: tokens).filter {
            !aside.contains($0.start) && $0.label < model.stanceNames.count
        }
        var issueMatches = issueMatches(tokens, stances: stances)
        let strong: Set<Int>? = issueMatches.isEmpty ? nil : strongStarts(tokens)
        // "Ukraine raised the Zaporizhzhia nuclear power plant at the talks. Medinsky said Russia rejected any
        // discussion of the plant": the head noun of the previous sentence's issue, made definite, names it again
        // (before any weak term such as "negotiator").
        if !stances.isEmpty, let carriedIssue, weakOnly(issueMatches, strong: strong ?? []), let heads = model.issueHeads[carriedIssue],
           let i = tokens.indices.first(where: { i in
               i > 0 && ["the", "this", "that"].contains(tokens[i - 1].lower) && heads.contains(tokens[i].lower)
           }) {
            issueMatches = [PhraseMatcher.Match(start: i, length: 1, label: carriedIssue)]
        }
        let allMentions = model.parties.matches(in: tokens)
        let documents = model.documents.matches(in: tokens)
        for document in documents {
            if let owner = owner(of: document, tokens: tokens, mentions: allMentions) { documentOwner = owner }
        }
        guard !issueMatches.isEmpty else { return [] }
        let issueCovered = Set(issueMatches.flatMap { $0.start..<$0.end })
        // Actors only: not inside an issue term, not a place after a locative, not inside a relative clause
        // (", who attended the meeting in Paris,").
        let mentions = allMentions.filter { mention in
            !issueCovered.contains(mention.start) && !aside.contains(mention.start)
                && !(mention.start > 0 && Self.locatives.contains(tokens[mention.start - 1].lower)
                    && !(mention.start > 1 && tokens[mention.start - 1].lower == "from"
                        && Self.actorsFrom.contains(tokens[mention.start - 2].lower)))
        }
        // A sentence whose subject is a document ("The memorandum also says...") speaks for its owner.
        // Its owner may stand right before it as an adjective or possessive ("The European document", "the US
        // draft, which ..., would cap"): the document is still the subject.
        let documentSubject: String? = documents.first.flatMap { document in
            document.start <= 3 && mentions.allSatisfy { $0.start >= document.start || document.start - $0.end <= 1 }
                ? documentOwner : nil
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
        let entities = tokens.indices.filter { i in
            i > 0 && tokens[i].isCapitalized && !model.aliasWords.contains(tokens[i].lower)
                && !model.calendarWords.contains(tokens[i].lower) && !model.stopwords.contains(tokens[i].lower)
                && tokens[i].lower.count > 2
        }.map { Stemmer.stem(tokens[$0].lower) }
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
        let strongStarts = strong ?? self.strongStarts(tokens)
        let contentStart = self.contentStart(tokens, documents: documents, documentSubject: documentSubject != nil)
        let clauses = self.clauses(issueMatches, documents: documents, from: contentStart)
        let meetingCues = self.meetingCues(issueMatches, stances: stances, focus: focus)
        let meetings = issueMatches.filter { meetingCues[$0.start] != nil }
        let coordinated = coordinatedCues(tokens, issueMatches: issueMatches, stances: stances, focus: focus)
        for match in everyIssue ? issueMatches : [focus] + clauses + meetings + coordinated.values.map(\.0).sorted(by: { $0.start < $1.start })
            where seen.insert(match.label).inserted {
            let issue = model.issueIDs[match.label]
            // The stance cue that governs the issue: the sentence's main cue when it comes first, else the
            // nearest after the issue term.
            let main = stances.first.flatMap { $0.start <= match.start ? $0 : nil }
            let cue = meetingCues[match.start] ?? coordinated[match.start]?.1 ?? main
                ?? stances.first { $0.start > match.start }
            let anchor = cue?.start ?? match.start
            var stance = cue.map { model.stanceNames[$0.label] }
            // A document handed over, delivered or sent is put forward, not an event under way.
            if let cue, model.documentActions.contains(tokens[cue.start].lower),
               documents.contains(where: { $0.start < match.end && match.start < $0.end }) {
                stance = "proposes"
            }
            let hedged = hedges.contains { abs($0.start - anchor) <= 4 }
            // Negation reaches the cue across a noun phrase ("no meeting ... was planned") but not past another cue.
            // ... or follows a modal cue ("would not give", "would also not accept").
            let negated = !hedged && negations.contains { negation in
                negation.start < anchor && anchor - negation.end <= Self.negationReach
                    && !stances.contains { $0.start > negation.start && $0.start < anchor }
                    || cue.map { cue in
                        model.modals.contains(tokens[cue.start].lower) && negation.start >= cue.end
                            && negation.start - cue.end <= 1
                    } ?? false
            }
            if negated, let current = stance { stance = model.negated(current) }
            if hedged { stance = "accepts" }
            // A meeting with someone outside the negotiation ("met Belarusian President Lukashenko") is not one.
            if let cue, model.meetingIssues.contains(match.label),
               let partner = allMentions.first(where: { $0.start >= cue.end && $0.start - cue.end <= 4 }),
               partner.label == model.outsiderLabel {
                continue
            }
            // An issue that requires a party names it as its target ("sanctions on Russia"): the target is
            // never the actor, so the stance belongs to another party or the sentence is the target's reaction.
            let targets = model.requiredParties[match.label] ?? []
            let mentions = mentions.filter { !targets.contains($0.label) }
            var party: String?
            var attribution = "none"
            if let documentSubject {
                attribution = "document"
                party = documentSubject
            } else if let speaker, speaker.verb <= anchor,
                      !mentions.contains(where: { $0.start == complementSubject && $0.end <= anchor
                          && anchor - $0.end <= 3 && !model.modals.contains(tokens[anchor].lower)
                          // (not across a comma: "Ukraine, with the support of the EU, was ..." is an aside)
                          && !commaBetween(text, tokens[$0.end - 1], tokens[anchor]) }) {
                // "X said (on Friday) that <no party> must ...": the speaker holds the stance; only a party
                // that is itself the subject of the reported clause takes it over.
                if speaker.mention.label == model.outsiderLabel { continue }
                attribution = "speaker"
                party = speaker.mention.label == model.jointLabel ? nil : model.partyIDs[speaker.mention.label]
            } else if let documentOwner, let agent = mentions.last(where: { $0.end <= anchor }),
                      ((agent.end..<min(agent.end + 3, tokens.count)).contains(where: { i in
                          Self.obligations.contains(tokens[i].lower)
                              || i + 1 < tokens.count && Self.obligations.contains(tokens[i].lower + " " + tokens[i + 1].lower)
                      }) || speaker == nil && cue.map { model.modals.contains(tokens[$0.start].lower) } == true
                          && agent.label < model.partyIDs.count && model.partyIDs[agent.label] != documentOwner) {
                // "Ukraine would be required to ...", "Ukraine's armed forces would be limited to ...": an obligation
                // or a conditional put on another party while a document is under discussion is the stance of the
                // text's owner, not of the party it binds.
                attribution = "document"
                party = documentOwner
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
            if let party, let index = model.partyIDs.firstIndex(of: party), targets.contains(index) { continue }
            // A bare modal ("troops ... would be targets", "contributions would depend on") is a proposal only when
            // it states a document's content; elsewhere the sentence's next real cue speaks, if any.
            // ("should" and "must" stay demands.)
            if let cue, attribution != "document", !(contentStart.map { match.start >= $0 } ?? false),
               let reading = bareModalReading(cue, tokens: tokens, stances: stances, negated: negated) {
                stance = reading
            }
            result.append(Claim(issue: issue, party: party, stance: stance, negated: negated, hedged: hedged,
                                quantities: quantities, dates: reading.dates,
                                dateAlternates: reading.alternates, names: names, terms: terms, entities: entities,
                                namesDocument: !documents.isEmpty,
                                documentOwner: documents.isEmpty || !model.documentIssues.contains(match.label)
                                    ? nil : documentOwner,
                                sentence: text, paragraph: paragraph, sentenceIndex: index,
                                background: recapCue != nil || reading.refersToPast,
                                recapCue: recapCue ?? (reading.refersToPast ? Self.earlierDate : nil), commentary: commentary,
                                lookingAhead: lookingAhead, attribution: attribution,
                                weakTerm: !strongStarts.contains(match.start)))
            // "Zelensky and European leaders said ...": each of two speakers joined by "and" holds the stance.
            if attribution == "speaker", let speaker, speaker.mention.start >= 2,
               tokens[speaker.mention.start - 1].lower == "and",
               let other = allMentions.last(where: { $0.end == speaker.mention.start - 1 }),
               other.label < model.partyIDs.count, model.partyIDs[other.label] != party,
               let claim = result.last {
                var second = claim
                second.party = model.partyIDs[other.label]
                result.append(second)
            }
        }
        return result
    }






}
