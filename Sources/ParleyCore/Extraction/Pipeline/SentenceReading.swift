import Foundation

/// What extraction has read of one sentence so far. The stages of `ClaimExtractor.stages` fill it in order: each
/// reads the fields earlier stages set and sets its own (the comment of each group names its stage).
struct SentenceReading: Sendable {
    typealias Match = PhraseMatcher.Match

    // The sentence and what earlier sentences of the report left.
    let tokens: [Token]
    let text: String
    let paragraph: Int
    /// Index of the sentence in the report; -1 for the headline.
    let index: Int
    let published: Date?
    /// The last party an earlier sentence of the report made a claim for.
    let carriedParty: String?
    /// The issue the previous sentence of the same paragraph was about.
    let carriedIssue: Int?
    /// The last day an earlier sentence of the report named (`yyyy-MM-dd`), for "the next day".
    let carriedDate: String?
    /// Make a claim of every issue the sentence names, not only its focus (to found a model).
    let everyIssue: Bool
    /// The owner of the document under discussion: set by `DocumentStage`, carried to the next sentence.
    var documentOwner: String?
    /// The owner of each document word the report has named with one so far ("plan": Egypt's, "proposal": Trump's),
    /// carried like `documentOwner`: a later bare "the plan" is Egypt's though Trump's proposal came last.
    var ownersByNoun: [String: String] = [:]

    /// Set by a stage that finds the sentence can make no claim: later stages are skipped.
    var finished = false

    // AsideStage: token indices inside ", who ... ," asides and short comma-delimited spans.
    var asides: Set<Int> = []
    // CueStage: stance cues outside asides, and the sentence's other cues.
    var stances: [Match] = []
    var negations: [Match] = []
    var hedges: [Match] = []
    /// Where the first look-ahead cue ("will", "next week") starts, when there is one.
    var aheadFrom: Int?
    var lookingAhead: Bool { aheadFrom != nil }
    /// The recap phrase ("has long", "last year"), when there is one.
    var recapCue: String?
    /// Where the commentary cues ("analysts", "experts say") start; IssueStage leaves out those inside a term.
    var commentaryCues: [Int] = []
    var commentary: Bool { !commentaryCues.isEmpty }
    // IssueStage: the issues named, in order, and where strong terms start.
    var issues: [Match] = []
    var strongStarts: Set<Int> = []
    // DocumentStage: every party mention and every document named.
    var mentions: [Match] = []
    var documents: [Match] = []
    // AttributiveCueStage: where status cues describe the noun before them ("the declaration signed in ...").
    var attributiveCues: Set<Int> = []
    // VoiceStage: the issue that is the subject of a passive main cue ("The release ... has been postponed").
    var passiveSubject: Match?
    // ActorStage: the mentions that can act (not places, not inside an issue term or an aside).
    var actors: [Match] = []
    // DocumentSubjectStage: the owner of a document that is the sentence's subject, and where its content starts.
    var documentSubject: String?
    /// A document is the sentence's subject, whether or not its owner is known ("The statement also called for ...").
    var documentLeads = false
    var contentStart: Int?
    // DateStage: event dates (statement dates left out).
    var dates = DateReader.Reading()
    // DetailStage: numbers, places, proper names and content words.
    var quantities: [Quantity] = []
    var places: [String] = []
    var entities: [String] = []
    var terms: Set<String> = []
    // What DateStage and DetailStage read, kept for the report's restatement memory (`ClaimExtractor.memoryKeys`),
    // which would read the sentence again otherwise: the dates looking back, before statement dates are left out
    // (nil when the stage did not run or read looking ahead), and whether `quantities` and `terms` were read.
    var datesLookingBack: DateReader.Reading?
    var detailsRead = false
    // SpeakerStage: who the sentence reports ("..., Peskov said"), and the subject of the reported clause.
    var speaker: Speaker?
    var complementSubject: Int?

    /// The mention opens the reported clause: it starts where the clause's subject stands, or spans it from a word
    /// the speaker stage skipped ("said the two sides had agreed": the joint phrase takes in "the").
    func opensComplement(_ mention: PhraseMatcher.Match) -> Bool {
        guard let subject = complementSubject, let speaker else { return false }
        return mention.start == subject
            || mention.start >= speaker.verb && mention.start < subject && mention.end > subject
    }
    // TargetStage: one draft per issue the sentence makes a claim on; Stance-, Attribution- and ModalStage fill them.
    var drafts: [ClaimDraft] = []
    // ClaimStage: the claims.
    var claims: [Claim] = []

    init(tokens: [Token], text: String, paragraph: Int, index: Int, published: Date?, carriedParty: String?,
         carriedIssue: Int?, documentOwner: String?, everyIssue: Bool, carriedDate: String? = nil) {
        self.tokens = tokens
        self.text = text
        self.paragraph = paragraph
        self.index = index
        self.published = published
        self.carriedParty = carriedParty
        self.carriedIssue = carriedIssue
        self.carriedDate = carriedDate
        self.documentOwner = documentOwner
        self.everyIssue = everyIssue
    }

    /// The lowercased word at `index`, or "" past either end.
    func word(_ index: Int) -> String {
        index >= 0 && index < tokens.count ? tokens[index].lower : ""
    }
}

/// A party mention next to an attribution verb, and where the reported clause starts.
struct Speaker: Sendable, Hashable {
    var mention: PhraseMatcher.Match
    var verb: Int
}

/// A claim in the making: the issue term, the cue that governs it, and what the stages read of its stance and party.
struct ClaimDraft: Sendable, Hashable {
    var match: PhraseMatcher.Match
    var cue: PhraseMatcher.Match?
    /// Where the stance is read from: the cue, else the issue term.
    var anchor: Int { cue?.start ?? match.start }
    var stance: String?
    var negated = false
    var hedged = false
    /// The stance is an event in a modal verb phrase ("would be completed"): expected or planned, not done.
    var forecast = false
    /// The stance is an event in a condition ("if Israel attacked"): it has not happened.
    var conditional = false
    var party: String?
    /// The party the subject joins to `party` with "and" ("Congo and M23 sign"): both act together.
    var partner: String?
    /// The party the speaker names as the reported clause's subject, when the stance stays the speaker's ("Rubio
    /// said Rwanda's actions were a clear violation"): the speaker's account of that party's act.
    var reportedActor: String?
    /// The party named right after the cue, as its object ("asked Russia ... to repair the line").
    var addressee: String?
    /// The event's cue is a possessor ("the nuclear agreement's adoption day"): the event is named, not reported.
    var namedEvent = false
    /// `subject`, `speaker`, `document`, `context` or `none`.
    var attribution = "none"
    /// Set by a stage that finds this issue makes no claim here (a meeting with an outsider, an outsider's words).
    var dropped = false

    init(match: PhraseMatcher.Match, cue: PhraseMatcher.Match?) {
        self.match = match
        self.cue = cue
    }
}

/// One named step of reading a sentence. Stages run in the order of `ClaimExtractor.stages`; a stage reads what
/// earlier stages set on the `SentenceReading` and sets its own fields, and sets `finished` when the sentence can
/// make no claim. Each stage has its own fixture test (Tests/ParleyCoreTests/Stages).
protocol SentenceStage: Sendable {
    /// The stage's name, as docs/model-and-extraction.md lists it.
    var name: String { get }
    func read(_ sentence: inout SentenceReading, with extractor: ClaimExtractor)
}
