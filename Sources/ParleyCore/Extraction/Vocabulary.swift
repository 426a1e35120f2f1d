/// The model's vocabulary compiled into phrase matchers once per model.
struct Vocabulary: Sendable {
    let partyIDs: [String]
    let principal: Set<Int>
    /// Parties whose role is `observer`: they watch; naming one does not make a lead about the negotiation.
    let observers: Set<Int>
    /// The language's `negotiationWords`, lowercased.
    let negotiationWords: PhraseMatcher
    /// The language's `capitals`: a party named by one right before a document word is the document's venue.
    let capitals: PhraseMatcher
    /// Label of outsider mentions in `parties`, after the party labels.
    let outsiderLabel: Int
    /// Label of joint mentions ("both sides") in `parties`.
    let jointLabel: Int
    let parties: PhraseMatcher
    let issueIDs: [String]
    let issues: PhraseMatcher
    let weakIssues: PhraseMatcher
    let meetingIssues: Set<Int>
    /// Issue index -> the head nouns of its multi-word terms ("plant" of "nuclear power plant"), by which a later
    /// sentence may name it again ("the plant").
    let issueHeads: [Int: Set<String>]
    /// Issues whose own terms are document words (the peace plan): a stance there is a stance on a document.
    let documentIssues: Set<Int>
    /// Issue index -> party labels the sentence must name.
    let requiredParties: [Int: Set<Int>]
    /// Issue index -> indices of the issues it yields to.
    let yields: [Int: Set<Int>]
    let leaders: PhraseMatcher
    let leaderTriggers: PhraseMatcher
    let documents: PhraseMatcher
    let stanceNames: [String]
    let stances: PhraseMatcher
    let meetingStanceLabels: Set<Int>
    /// Labels of the position stances (proposes, demands, accepts, rejects and any other that is not an event).
    let positionLabels: Set<Int>
    let negations: PhraseMatcher
    let hedges: PhraseMatcher
    /// Recap cues (label 0) and the phrases in which their words are something else (label 1, `notBackground`).
    let background: PhraseMatcher
    let commentary: PhraseMatcher
    /// Lowercased headline openings of analysis pieces.
    let analysisHeadlines: [String]
    let future: PhraseMatcher
    let attribution: PhraseMatcher
    let context: PhraseMatcher
    let stopwords: Set<String>
    /// Verbs by which a party owns a document ("the memorandum Moscow handed to Kyiv").
    let documentActions: Set<String>
    /// Modal verbs: "X said Y should ..." is X's demand, not Y's act.
    let modals: Set<String>
    /// The stances that are states of an issue (agreed, underway, completed, ...), not a party's position.
    let statusNames: Set<String>
    let aliasWords: Set<String>
    /// Words of the principal parties' aliases: a joint phrase with one of them ("Moscow and Kyiv") names the
    /// principals; one without ("the delegations") may be anyone's.
    let principalWords: Set<String>
    /// Each principal party's alias words, by label: which principals a joint phrase names ("Syrian and Israeli").
    let principalAliasWords: [Int: Set<String>]
    let calendarWords: Set<String>
    let opposite: [String: String]
    /// The language's function words, as sets.
    let grammar: GrammarSets

    init(_ model: NegotiationModel) {
        let language = model.language
        partyIDs = model.parties.map(\.id)
        principal = Set(model.parties.indices.filter { model.parties[$0].principal })
        observers = Set(model.parties.indices.filter { model.parties[$0].role == .observer })
        negotiationWords = PhraseMatcher([language.negotiationWords])
        capitals = PhraseMatcher([language.capitals])
        outsiderLabel = model.parties.count
        jointLabel = model.parties.count + 1
        parties = PhraseMatcher(model.parties.map(\.aliases) + [model.allOutsiders, language.joint + model.joint])
        issueIDs = model.issues.map(\.id)
        issues = PhraseMatcher(model.issues.map(\.terms))
        weakIssues = PhraseMatcher(model.issues.map(\.weakTerms))
        meetingIssues = Set(model.issues.indices.filter { model.issues[$0].meetings })
        var heads: [Int: Set<String>] = [:]
        for (index, issue) in model.issues.enumerated() {
            for term in issue.terms {
                let words = Tokenizer.tokens(term.replacingOccurrences(of: "*", with: ""))
                if words.count >= 2, let last = words.last?.lower, last.count > 3 { heads[index, default: []].insert(last) }
            }
        }
        issueHeads = heads
        let documentWords = Set(language.documents.map { $0.lowercased() })
        documentIssues = Set(model.issues.indices.filter { index in
            (model.issues[index].terms + model.issues[index].weakTerms).contains { documentWords.contains($0.lowercased()) }
        })
        let partyIDs = model.parties.map(\.id)
        var required: [Int: Set<Int>] = [:]
        for (index, issue) in model.issues.enumerated() where !issue.requiresParty.isEmpty {
            required[index] = Set(issue.requiresParty.compactMap { partyIDs.firstIndex(of: $0) })
        }
        requiredParties = required
        let ids = model.issues.map(\.id)
        var yields: [Int: Set<Int>] = [:]
        for (index, issue) in model.issues.enumerated() {
            yields[index] = Set(issue.yieldsTo.compactMap { ids.firstIndex(of: $0) })
        }
        self.yields = yields
        leaders = PhraseMatcher(model.parties.map(\.leaders))
        leaderTriggers = PhraseMatcher(model.issues.map(\.leaderTriggers))
        documents = PhraseMatcher([language.documents])
        let stanceNames = language.stances.keys.sorted()
        self.stanceNames = stanceNames
        // The phrases that are no cue come last, under a label of their own that claims drop.
        stances = PhraseMatcher(stanceNames.map { language.stances[$0] ?? [] } + [language.notStances])
        meetingStanceLabels = Set(stanceNames.indices.filter { language.meetingStances.contains(stanceNames[$0]) })
        positionLabels = Set(stanceNames.indices.filter { language.positionStances.contains(stanceNames[$0]) })
        negations = PhraseMatcher([language.negations])
        hedges = PhraseMatcher([language.hedges])
        background = PhraseMatcher([language.background, language.notBackground])
        commentary = PhraseMatcher([language.commentary])
        analysisHeadlines = language.analysisHeadlines.map { $0.lowercased() }
        future = PhraseMatcher([language.future])
        attribution = PhraseMatcher([language.attributionVerbs])
        context = PhraseMatcher([model.context])
        stopwords = Set(language.stopwords.map { $0.lowercased() })
        modals = Set(language.modals.map { $0.lowercased() })
        statusNames = Set(language.statusStances)
        documentActions = Set(language.documentActions.map { $0.lowercased() })
        aliasWords = Set(model.parties.flatMap(\.aliases).flatMap { Tokenizer.tokens($0).map(\.lower) })
        principalAliasWords = Dictionary(uniqueKeysWithValues: principal.map { label in
            (label, Set(model.parties[label].aliases.flatMap { Tokenizer.tokens($0).map(\.lower) }))
        })
        principalWords = Set(model.parties.filter(\.principal).flatMap(\.aliases)
            .flatMap { Tokenizer.tokens($0).filter(\.isCapitalized).map(\.lower) })
        calendarWords = Set((language.weekdays + language.months).map { $0.lowercased() })
        opposite = language.negationPairs
        grammar = GrammarSets(language.grammar)
    }

    /// Principal parties, and joint mentions ("Russia and Ukraine", "both sides") which name them together.
    func isPrincipal(_ label: Int) -> Bool { principal.contains(label) || label == jointLabel }

    /// The party mentions of `tokens`, leaving out names that only qualify something else ("pro-Russian
    /// opposition figures", "anti-American protests").
    func partyMentions(in tokens: [Token]) -> [PhraseMatcher.Match] {
        parties.matches(in: tokens).filter { mention in
            !(mention.start > 0 && grammar.notPartyPrefixes.contains(tokens[mention.start - 1].lower))
        }
    }

    /// The stance a negation turns `stance` into (the language's `negationPairs`); a refusal when none is given.
    func negated(_ stance: String) -> String { opposite[stance] ?? Self.refusal }

    /// The stance of a refusal.
    static let refusal = "rejects"
}

/// `GrammarWords` as sets, for lookups while reading.
struct GrammarSets: Sendable {
    let locatives, actorPrepositions, actorNouns, ownerBreakers, obligations, temporalMarkers, temporalFillers,
        complementSkips, relativePronouns, appositiveOpeners, definiteDeterminers, topicPrepositions, conditionals,
        agentMarkers, coordinators, contentMarkers, auxiliaries, placeDeterminers, notPartyPrefixes, wishes,
        passiveAuxiliaries, titles, infinitiveMarkers, placePrepositions, measureVerbs, forceVerbs,
        indefiniteArticles: Set<String>
    let adverbSuffix: String
    let recapDateCue: String

    init(_ words: GrammarWords) {
        locatives = Set(words.locatives)
        actorPrepositions = Set(words.actorPrepositions)
        actorNouns = Set(words.actorNouns)
        ownerBreakers = Set(words.ownerBreakers)
        obligations = Set(words.obligations)
        temporalMarkers = Set(words.temporalMarkers)
        temporalFillers = Set(words.temporalFillers)
        complementSkips = Set(words.complementSkips)
        relativePronouns = Set(words.relativePronouns)
        appositiveOpeners = Set(words.appositiveOpeners)
        definiteDeterminers = Set(words.definiteDeterminers)
        topicPrepositions = Set(words.topicPrepositions)
        conditionals = Set(words.conditionals)
        wishes = Set(words.wishes)
        agentMarkers = Set(words.agentMarkers)
        coordinators = Set(words.coordinators)
        contentMarkers = Set(words.contentMarkers)
        infinitiveMarkers = Set(words.infinitiveMarkers)
        forceVerbs = Set(words.forceVerbs)
        indefiniteArticles = Set(words.indefiniteArticles)
        auxiliaries = Set(words.auxiliaries)
        passiveAuxiliaries = Set(words.passiveAuxiliaries)
        placeDeterminers = Set(words.placeDeterminers)
        titles = Set(words.titles)
        placePrepositions = Set(words.placePrepositions.isEmpty ? words.locatives : words.placePrepositions)
        measureVerbs = Set(words.measureVerbs)
        notPartyPrefixes = Set(words.notPartyPrefixes)
        adverbSuffix = words.adverbSuffix
        recapDateCue = words.recapDateCue
    }
}
