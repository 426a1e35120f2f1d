import Foundation

/// The parts of reading a report and its sentences that stages share: relevance, issue matching, places, memory
/// keys and modal readings.
extension ClaimExtractor {
    /// A report concerns the negotiation when its own subject does: its title or lead names a principal party
    /// and speaks of the negotiation's topic (a topic or issue term of the model, not only the party named in
    /// passing), it uses the vocabulary of negotiation, and other actors do not dominate its lead.
    func relevance(title: [Token], sentences: [[Token]], leadCount: Int) -> (Bool, String) {
        let lead = title + sentences.prefix(max(leadCount, 1)).flatMap { $0 }
        // A party named in a compound modifier ("the Iran-backed group", "US-hosted talks") describes something
        // else: the story is not about that party, so the mention does not count for relevance.
        let leadMentions = model.partyMentions(in: lead).filter { mention in
            !(lead[mention.end - 1].hyphenNext && mention.end < lead.count && !lead[mention.end].isCapitalized
                && !lead[mention.end].isNumber)
        }
        let principalInLead = leadMentions.filter { mention in
            model.principal.contains(mention.label) || mention.label == model.jointLabel
                && lead[mention.start..<mention.end].contains { model.principalWords.contains($0.lower) }
        }.count
        // An outsider named as the place where something happens ("talks in Rome") is a venue, not an actor the
        // story is about; a phrase naming both sides ("Iran and the United States") counts as the two parties.
        let outsidersInLead = leadMentions.filter { mention in
            mention.label == model.outsiderLabel
                && !(mention.start > 0 && model.grammar.locatives.contains(lead[mention.start - 1].lower))
        }.count
        let partiesInLead = leadMentions.filter { $0.label < model.partyIDs.count }.count
            + 2 * leadMentions.filter { $0.label == model.jointLabel }.count
        let leadIssues = model.issues.matches(in: lead)
        let topics = model.context.matches(in: lead) + leadIssues
        if principalInLead == 0 {
            // An institution or a mediator acting on the negotiation's own matter ("The OSCE has decided to close
            // the Minsk Process"): the lead's sentences name two of the model's topic or issue terms as proper
            // names (capitalised inside a sentence, or numbers such as a resolution's), more than other actors.
            let named = sentences.prefix(max(leadCount, 1)).map { tokens in
                (model.context.matches(in: tokens) + model.issues.matches(in: tokens)).filter { match in
                    match.start > 0 && (tokens[match.start].isCapitalized || tokens[match.start].isNumber)
                }.map { tokens[$0.start..<$0.end].map(\.lower).joined(separator: " ") }
            }
            let properTopics = Set(named.joined()).count
            // A mediator of the model doing something to one of its issues on the negotiation's named ground ("Arab
            // leaders in Cairo adopted Egypt's plan to rebuild Gaza"): one proper topic term is enough.
            let mediator = leadMentions.contains { mention in
                mention.label < model.partyIDs.count && !model.principal.contains(mention.label)
                    && !model.observers.contains(mention.label)
            }
            let needed = mediator && !leadIssues.isEmpty
                && namesGround(sentences.prefix(max(leadCount, 1))) ? 1 : 2
            guard properTopics >= needed, outsidersInLead < properTopics else {
                return (false, "neither the title nor the lead names a principal party")
            }
        }
        // Leaders of two parties named together ("Trump to meet Putin") are the negotiation's topic too.
        let leaderLabels = Set(model.leaders.matches(in: lead).map(\.label))
        let topicInLead = topics.count + (leaderLabels.count >= 2 ? 1 : 0)
        if topicInLead == 0 {
            return (false, "the title and lead name a party but nothing of the negotiation's topic")
        }
        // One side named (observers aside) and only words every negotiation uses ("Trump gives Putin 50 days to reach
        // a deal" for a model of the Iran talks whose observers include Russia): another negotiation's news.
        let sides = Set(leadMentions.filter { $0.label < model.partyIDs.count && !model.observers.contains($0.label) }
            .map(\.label)).count + (leadMentions.contains { $0.label == model.jointLabel } ? 2 : 0)
        let generic = Set(model.negotiationWords.matches(in: lead).flatMap { $0.start..<$0.end })
        let specific = topics.contains { match in !(match.start..<match.end).allSatisfy(generic.contains) }
        let sideLeaders = leaderLabels.subtracting(model.observers).count
        if sides < 2, !specific, sideLeaders < 2 {
            return (false, "the title and lead name one side only, with words any negotiation uses")
        }
        if outsidersInLead > partiesInLead, principalInLead > 0 {
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
    /// Whether the sentences name the negotiation's ground: a capitalised topic term inside a sentence that is not
    /// where something is held ("rebuild Gaza", not "talks in Kuala Lumpur" or "at the United Nations").
    private func namesGround(_ sentences: ArraySlice<[Token]>) -> Bool {
        sentences.contains { tokens in
            model.context.matches(in: tokens).contains { match in
                guard match.start > 0, tokens[match.start].isCapitalized else { return false }
                var before = match.start - 1
                if before > 0, model.grammar.placeDeterminers.contains(tokens[before].lower) { before -= 1 }
                return !model.grammar.locatives.contains(tokens[before].lower)
            }
        }
    }

    /// Where the words naming a meeting start: the model's meeting terms, or any word of negotiation the terms do not
    /// take. An outsider right before one names where the meeting is ("the Rome round", "the postponement of the Rome
    /// meeting"): a venue, not an actor or a partner (`ActorStage`, `OutsiderStage`).
    func meetingNameStarts(_ s: SentenceReading) -> Set<Int> {
        Set(s.issues.filter { model.meetingIssues.contains($0.label) }.map(\.start))
            .union(model.negotiationWords.matches(in: s.tokens).map(\.start))
    }

    /// Issue matches of a sentence: strong terms, leaders' meetings, and weak terms when nothing stronger is
    /// there (or, for meeting issues, when a meeting verb governs them); then issues yield to their betters.
    func issueMatches(_ tokens: [Token], stances: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        var strong = model.issues.matches(in: tokens)
        // Leaders of two parties close to a word of meeting: "Trump and Putin met", "would meet Vladimir Putin".
        let leaders = model.leaders.matches(in: tokens)
        // The one who meets must be a leader too: "Witkoff would meet Vladimir Putin" is envoys' talks.
        let mentions = model.partyMentions(in: tokens)
        for trigger in model.leaderTriggers.matches(in: tokens) {
            let near = leaders.filter { abs($0.start - trigger.start) <= Self.leaderWindow }
            guard Set(near.map(\.label)).count >= 2 else { continue }
            // (A place after "to" or "in" is not the one who meets: "would travel to Washington to meet Trump".)
            let subject = mentions.last { $0.end <= trigger.start && trigger.start - $0.end <= Self.leaderWindow
                && !($0.start > 0 && model.grammar.locatives.contains(tokens[$0.start - 1].lower)) }
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
        let named = Set(model.partyMentions(in: tokens).map(\.label))
        // "talks on security guarantees", "negotiations over territory": the talks' topic is the claim.
        result.removeAll { match in
            model.meetingIssues.contains(match.label) && match.end < tokens.count
                && model.grammar.topicPrepositions.contains(tokens[match.end].lower)
                && strong.contains { $0.label != match.label && $0.start > match.end && $0.start - match.end <= 5 }
        }
        // "after a ceasefire", "once a peace deal is signed": an issue named as a point in time is not a claim.
        // ("ahead of any new round of talks": only determiners and such adjectives between.)
        let temporal = model.grammar.temporalMarkers
        let between = model.grammar.temporalFillers
        result.removeAll { match in
            var i = match.start - 1
            while i >= 0, i >= match.start - 4, between.contains(tokens[i].lower) { i -= 1 }
            return i >= 0 && temporal.contains(tokens[i].lower)
        }
        return result.filter { (model.yields[$0.label] ?? []).isDisjoint(with: present) }
            .filter { match in model.requiredParties[match.label].map { !$0.isDisjoint(with: named) } ?? true }
            .sorted { $0.start < $1.start }
    }
    /// Content words, numbers and dates of a sentence, for restatement memory: what the stages of `read` (the
    /// sentence's reading) already found is taken from it, the rest read here.
    func memoryKeys(_ tokens: [Token], text: String, published: Date?, read: SentenceReading? = nil) -> Set<String> {
        let details = read.map(\.detailsRead) ?? false
        var keys = details ? read?.terms ?? [] : contentTerms(tokens)
        for quantity in details ? read?.quantities ?? [] : numbers.quantities(in: tokens, text: text) {
            keys.insert(quantity.memoryKey)
        }
        let reading = read?.datesLookingBack ?? dates.read(tokens, published: published, lookingAhead: false)
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
    /// Places: capitalised words after a locative that means a location (the grammar's `placePrepositions`: "in
    /// Budapest", "at Joint Base Elmendorf", not "an investigation into Google"), not party aliases and not calendar
    /// words. A title first ("an aide to President Ahmed al-Sharaa") makes the capitals
    /// after it a person, not a place.
    func places(_ tokens: [Token]) -> [String] {
        var result: [String] = []
        var afterLocative = false
        var firstCapital = false
        for (i, token) in tokens.enumerated() {
            if model.grammar.placePrepositions.contains(token.lower)
                || model.grammar.placeDeterminers.contains(token.lower) && afterLocative {
                afterLocative = true
                firstCapital = true
                continue
            }
            defer { if !token.isCapitalized { afterLocative = false } }
            if afterLocative, firstCapital, token.isCapitalized {
                firstCapital = false
                if model.grammar.titles.contains(token.lower) {
                    afterLocative = false
                    continue
                }
            }
            // A capital after a locative is a place even when it is also a party's alias ("to Moscow").
            guard afterLocative, i > 0, token.isCapitalized, !model.calendarWords.contains(token.lower),
                  !model.stopwords.contains(token.lower) else { continue }
            result.append(token.lower)
        }
        return result
    }

    /// What a bare conditional modal cue ("would") means outside a document's content, or `nil` when the cue is
    /// not one: the next cue in its own verb phrase ("would also accept"), a demand for a conditional offer ("he
    /// would end the war if Ukraine withdrew ..."), else no stance ("troops ... would be legitimate targets"). A
    /// negated modal with its own verb ("would not give up") is left a refusal; "would not be" and "would not
    /// significantly affect" describe rather than refuse.
    func bareModalReading(_ cue: PhraseMatcher.Match, tokens: [Token], stances: [PhraseMatcher.Match],
                          negated: Bool) -> String?? {
        guard cue.length == 1, model.modals.contains(tokens[cue.start].lower),
              model.stanceNames[cue.label] == "proposes" else { return nil }
        let verb = tokens[min(cue.end + 1, tokens.count - 1)].lower
        let grammar = model.grammar
        if negated && !grammar.auxiliaries.contains(verb) && !(!grammar.adverbSuffix.isEmpty && verb.hasSuffix(grammar.adverbSuffix)) {
            return nil
        }
        let next = stances.first { $0.start > cue.start && $0.start - cue.end <= 3
            && !($0.length == 1 && model.modals.contains(tokens[$0.start].lower)) }
        let conditional = (cue.end..<min(cue.end + 10, tokens.count)).contains { grammar.conditionals.contains(tokens[$0].lower) }
        return .some(next.map { model.stanceNames[$0.label] } ?? (conditional ? "demands" : nil))
    }

    /// Whether a modal stands within four words before the word at `index`: its verb phrase governs it ("would be
    /// completed", "will have been signed", "will trigger the return").
    func modalBefore(_ index: Int, tokens: [Token]) -> Bool {
        var i = index - 1
        while i >= 0, index - i <= 4 {
            if model.modals.contains(tokens[i].lower) { return true }
            i -= 1
        }
        return false
    }

    /// Whether a verb of hoping or expecting (the grammar's `wishes`) stands within six words before the event word at
    /// `index`: "Washington hoped to see the peace agreement signed", expected, not done.
    func wishBefore(_ index: Int, tokens: [Token]) -> Bool {
        (max(0, index - 6)..<index).contains { model.grammar.wishes.contains(tokens[$0].lower) }
    }

    /// Whether a conditional ("if") stands within four words before the event word at `index`, which is its verb,
    /// not a noun of a determiner's phrase (one of the two words before it): the event is a condition ("if Israel
    /// attacked Iran's nuclear facilities"), not something that happened; "if the (ceasefire) agreement failed"
    /// names the agreement, it does not make one.
    func conditionalBefore(_ index: Int, tokens: [Token]) -> Bool {
        let grammar = model.grammar
        let determiners = grammar.appositiveOpeners.union(grammar.definiteDeterminers)
        guard !(max(0, index - 2)..<index).contains(where: { determiners.contains(tokens[$0].lower) }) else {
            return false
        }
        return (max(0, index - 4)..<index).contains { grammar.conditionals.contains(tokens[$0].lower) }
    }

    /// Where the sentence's strong issue terms and words of leaders' meeting start.
    func strongStarts(_ tokens: [Token]) -> Set<Int> {
        Set((model.issues.matches(in: tokens) + model.leaderTriggers.matches(in: tokens)).map(\.start))
    }

    /// Whether the issue matches are all weak terms (none starts where a strong one does, `strong`).
    func weakOnly(_ matches: [PhraseMatcher.Match], strong: Set<Int>) -> Bool {
        matches.allSatisfy { !strong.contains($0.start) }
    }

    /// Whether the sentence has a comma between two of its tokens.
    func commaBetween(_ text: String, _ first: Token, _ last: Token) -> Bool {
        text.dropFirst(first.offset).prefix(last.offset - first.offset).contains(",")
    }
}

extension ClaimExtractor {
    /// Every place a report's text names, read as extraction reads a sentence's places (capitalised words after a
    /// locative: "in Walikale", "to Goma"), lowercased; for `parley model check`, which compares an issue's strong
    /// terms with the places of the seed before any fact exists.
    public func places(inText body: String) -> Set<String> {
        var found = Set<String>()
        for paragraph in text.paragraphs(body) {
            for sentence in SentenceSplitter.sentences(paragraph) { found.formUnion(places(Tokenizer.tokens(sentence))) }
        }
        return found
    }
}
