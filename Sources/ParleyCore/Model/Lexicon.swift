import Foundation

/// The language cues extraction reads with, kept as data beside the issue and party vocabulary so that another
/// language variety or style of reporting needs only a new model file.
public struct Lexicon: Sendable, Hashable, Codable {
    /// Stance or event name (`proposes`, `rejects`, `agreed`, `held`, ...) -> the phrases that signal it.
    public var stances: [String: [String]]
    /// Phrases that look like a stance cue but are none ("held up a sign", "held out the prospect"): they win
    /// over the shorter cue inside them.
    public var notStances: [String] = []
    /// Stances that describe the state of an issue rather than a party's position.
    public var statusStances: [String]
    /// Stances that describe a meeting being set or held.
    public var meetingStances: [String]
    /// Stances that are a party's position (proposes, demands, accepts, rejects), not an event.
    var positionStances: Set<String> {
        Set(stances.keys).subtracting(statusStances).subtracting(meetingStances).subtracting(participantStances)
            .union(["proposes", "demands", "accepts", "rejects"])
    }

    /// Stances that describe a change of negotiator or mediator.
    public var participantStances: [String]
    public var negations: [String]
    /// Stance -> the stance it becomes under negation, beyond the built-in pairs.
    public var negationPairs: [String: String]
    /// Phrases that show a sentence looks ahead ("will", "next week"): weekdays then mean the next one.
    public var future: [String]
    /// Phrases that reverse a negation into a weak acceptance ("did not rule out").
    public var hedges: [String]
    /// Phrases that mark a sentence as recap of earlier facts rather than news.
    public var background: [String]
    /// Phrases in which a recap word is something else: the noun in "the remains of 12 hostages" is no "remains".
    public var notBackground: [String] = []
    /// Phrases that mark a sentence as analysis or opinion rather than a party's act.
    public var commentary: [String]
    /// Headline openings that mark a whole report as analysis or explainer ("Analysis:", "Explainer:"): its
    /// sentences weigh as commentary.
    public var analysisHeadlines: [String] = []
    /// Words every negotiation uses ("talks", "ceasefire", "sanctions"): a model's topic term among them does not on
    /// its own make a lead about that model's negotiation (`ClaimExtractor.relevance`).
    public var negotiationWords: [String] = []
    /// Paragraph openings or whole paragraphs that are site furniture, not report text.
    public var boilerplate: [String]
    /// Phrases naming both sides together: a joint act concerns the issue as a whole.
    public var joint: [String]
    public var attributionVerbs: [String]
    /// Words for documents ("memorandum", "draft", "plan"): a sentence whose subject is a document speaks for
    /// the party that owns it.
    public var documents: [String]
    /// Verbs by which a party owns a document ("handed", "published", "sent").
    public var documentActions: [String]
    /// Modal verbs: "X said Y should ..." is X's demand, not Y's act.
    public var modals: [String]
    public var numberWords: [String: Int]
    public var scaleWords: [String: Double]
    /// Normalised unit -> words that name it after a number.
    public var units: [String: [String]]
    /// Words after a span of time that make it an offset, not a quantity ("two days after", "a year ago").
    public var timeOffsets: [String]
    public var weekdays: [String]
    public var months: [String]
    public var stopwords: [String]
    /// The world's states, one entry each: its names, demonyms and capital ("Oman", "Omani", "Muscat"), then the
    /// best-known armed groups ("Houthis", "Houthi", "Ansar Allah"), which stand outside most negotiations alike. Every
    /// state a model does not name (`NegotiationModel.worldOutsiders`) is an outsider of that negotiation, so a
    /// new model need not list the rest of the world to keep stories about other countries out.
    public var world: [[String]] = []
    /// The world's capitals ("Doha", "Washington"): a party named by its capital right before a document word,
    /// without a possessive ("the Doha declaration", "the Washington agreement"), names where the document was
    /// made, not who owns it ("Moscow's memorandum" is Russia's).
    public var capitals: [String] = []
    /// How far each stance takes an issue's state (`proposes` and `scheduled` 0 ... `completed` 3): an account of an
    /// issue that names nothing recent alerts on it did not is other outlets catching up, unless its stance is a
    /// step further than theirs (the exchange agreed on Monday, carried out on Tuesday) or one not listed here
    /// that they did not take (a truce that collapses).
    public var stanceProgression: [String: Int] = [:]
    /// Function words for reading sentence structure (prepositions, determiners, conjunctions, ...).
    public var grammar = GrammarWords()
    /// The words and templates of alert summaries and titles (`"summary"`).
    public var summary = SummaryLanguage()
    /// The decision weights fitted for this language (its weights file); not part of the language file itself.
    public var weights: DecisionWeights?

    public init(stances: [String: [String]], statusStances: [String], meetingStances: [String],
                participantStances: [String], negations: [String], negationPairs: [String: String] = [:],
                future: [String], hedges: [String], background: [String],
                commentary: [String], boilerplate: [String], joint: [String], attributionVerbs: [String], documents: [String] = [],
                documentActions: [String] = [], modals: [String] = [],
                numberWords: [String: Int], scaleWords: [String: Double], units: [String: [String]],
                timeOffsets: [String] = [], weekdays: [String], months: [String], stopwords: [String]) {
        self.stances = stances
        self.statusStances = statusStances
        self.meetingStances = meetingStances
        self.participantStances = participantStances
        self.negations = negations
        self.negationPairs = negationPairs
        self.future = future
        self.hedges = hedges
        self.background = background
        self.commentary = commentary
        self.boilerplate = boilerplate
        self.joint = joint
        self.attributionVerbs = attributionVerbs
        self.documents = documents
        self.documentActions = documentActions
        self.modals = modals
        self.numberWords = numberWords
        self.scaleWords = scaleWords
        self.units = units
        self.timeOffsets = timeOffsets
        self.weekdays = weekdays
        self.months = months
        self.stopwords = stopwords
    }

    /// No cues at all: what a model decoded without its language holds until the loader supplies one.
    public static let empty = Lexicon(stances: [:], statusStances: [], meetingStances: [], participantStances: [],
                                      negations: [], future: [], hedges: [], background: [], commentary: [],
                                      boilerplate: [], joint: [], attributionVerbs: [], numberWords: [:],
                                      scaleWords: [:], units: [:], weekdays: [], months: [], stopwords: [])

    /// Decodes a language file (`seeds/english.language.json`).
    public static func load(from data: Data) throws -> Lexicon {
        try JSONNestingScan.check(data, what: "language file")
        do {
            let lexicon = try JSONDecoder().decode(Lexicon.self, from: data)
            if lexicon.stances.isEmpty { throw CoreError.invalidModel(reason: "the language file has no stances") }
            try lexicon.validateSummary()
            return lexicon
        } catch let error as DecodingError {
            throw CoreError.invalidModel(reason: "not a language file: \(error)")
        }
    }

    enum CodingKeys: String, CodingKey {
        case stances, notStances, statusStances, meetingStances, participantStances, negations, negationPairs, future, hedges
        case background, notBackground, commentary, analysisHeadlines, boilerplate, joint, attributionVerbs, documents, documentActions, modals, numberWords, scaleWords, units
        case timeOffsets, weekdays, months, stopwords, grammar, world, capitals, summary, negotiationWords
        case stanceProgression
    }

    /// The summary section is there and every template in it has the slots it needs.
    public func validateSummary() throws {
        if summary.isEmpty {
            throw CoreError.invalidModel(reason: "language file: no \"summary\" section (the templates of alert "
                + "summaries and titles)")
        }
        try summary.validate(months: months)
    }

    /// Every list may be omitted from a model file; an omitted list is empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
        stances = try c.decodeIfPresent([String: [String]].self, forKey: .stances) ?? [:]
        notStances = try list(.notStances)
        statusStances = try list(.statusStances)
        meetingStances = try list(.meetingStances)
        participantStances = try list(.participantStances)
        negations = try list(.negations)
        negationPairs = try c.decodeIfPresent([String: String].self, forKey: .negationPairs) ?? [:]
        future = try list(.future)
        hedges = try list(.hedges)
        background = try list(.background)
        notBackground = try list(.notBackground)
        commentary = try list(.commentary)
        analysisHeadlines = try list(.analysisHeadlines)
        negotiationWords = try list(.negotiationWords)
        boilerplate = try list(.boilerplate)
        joint = try list(.joint)
        attributionVerbs = try list(.attributionVerbs)
        documents = try list(.documents)
        documentActions = try list(.documentActions)
        modals = try list(.modals)
        numberWords = try c.decodeIfPresent([String: Int].self, forKey: .numberWords) ?? [:]
        scaleWords = try c.decodeIfPresent([String: Double].self, forKey: .scaleWords) ?? [:]
        units = try c.decodeIfPresent([String: [String]].self, forKey: .units) ?? [:]
        timeOffsets = try list(.timeOffsets)
        weekdays = try list(.weekdays)
        months = try list(.months)
        stopwords = try list(.stopwords)
        grammar = try c.decodeIfPresent(GrammarWords.self, forKey: .grammar) ?? GrammarWords()
        stanceProgression = try c.decodeIfPresent([String: Int].self, forKey: .stanceProgression) ?? [:]
        world = try c.decodeIfPresent([[String]].self, forKey: .world) ?? []
        capitals = try list(.capitals)
        summary = try c.decodeIfPresent(SummaryLanguage.self, forKey: .summary) ?? SummaryLanguage()
    }
}
