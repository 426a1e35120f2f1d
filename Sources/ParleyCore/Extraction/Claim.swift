/// What one sentence of a report says about one issue: who, which stance or event, with which numbers, dates
/// and names, and the signals that it is recap or commentary rather than news.
public struct Claim: Sendable, Hashable {
    public var issue: String
    /// Party the stance or act belongs to; `nil` when both sides act together or no party is named.
    public var party: String?
    /// Stance or event from the lexicon (`proposes`, `rejects`, `agreed`, `held`, ...), `nil` when the sentence
    /// only mentions the issue.
    public var stance: String?
    public var negated: Bool
    public var hedged: Bool
    /// The stance is an event of the issue in a modal verb phrase ("would be completed by the middle of next year",
    /// "will be signed"): the party expects or plans it; it has not happened. Read for the kind and the summary
    /// only, never for the score.
    public var forecast = false
    /// The stance is an event in a condition ("if Israel attacked Iran's nuclear facilities, ..."): the party says
    /// what would follow; the event has not happened. Read for the kind and the summary only, never for the score.
    public var conditional = false
    /// The party the subject joins to `party` with "and" ("Congo and M23 sign a declaration", "US and Ukraine
    /// draft a framework"): the two act together, and what they do is the issue's, not one party's position. Read
    /// for the kind and the summary only, never for the score.
    public var partner: String?
    /// For a claim of both sides together (`party` nil): the principal parties the sentence names, in the model's
    /// order ("Syrian and Israeli officials met": Israel and Syria, not a third principal). Read for the summary
    /// only, never for the score.
    public var namedPrincipals: [String] = []
    /// For a claim with no stance: the numbers standing in the few words after its issue term ("US tariffs on
    /// Chinese goods, which reached 145% in April, now stand at 30%"), as `Quantity.description`: what the issue
    /// itself measures, not a number of another matter later in the sentence. Read by the score's rate rule.
    public var issueQuantities: [String] = []
    /// The party the speaker (`attribution` `speaker`) names as the subject of the reported clause, too far from
    /// the cue to take the stance over ("Rubio said that Rwanda's actions in eastern Congo were a clear violation of
    /// the accords"): the event is the speaker's account of another party's act, its position, not the issue's
    /// state. Read for the kind and the summary only, never for the score.
    public var reportedActor: String?
    /// The party named right after the stance cue as its object ("Pashinyan said he had asked Russia ... to carry out
    /// a full repair of the line"): whom the stance is addressed to. Read for the kind only, never for the score.
    public var addressee: String?
    /// The event's cue owns the noun after it ("all provisions had expired, ten years after the nuclear agreement's
    /// adoption day"): the sentence names the event, it does not report it happening. Read for the kind only.
    public var namedEvent = false
    public var quantities: [Quantity]
    public var dates: [String]
    /// Other readings of the weekdays named (see `DateReader`).
    public var dateAlternates: [String]
    /// Capitalised words that name no party: places, people, companies.
    public var names: [String]
    /// Content words (stemmed), for restatement memory.
    public var terms: Set<String>
    /// Proper names inside the sentence (stemmed, not its first word, no party alias, weekday or month): a name
    /// the model has never read ("Rosneft", "Geneva") is concrete news.
    public var entities: [String] = []
    /// The sentence names a document (memorandum, draft, plan...).
    public var namesDocument = false
    /// Whose document the sentence names, when known ("Putin said the 28-point plan could form the basis": the
    /// United States'): a stance on another party's document is not a stance on one's own.
    public var documentOwner: String?
    /// The sentence's subject is a document ("The statement also called for ..."), whether or not its owner is
    /// known: the document speaks, not a person. Read for the kind only, never for the score.
    public var documentSubject = false
    public var sentence: String
    public var paragraph: Int
    public var sentenceIndex: Int
    /// Recap of earlier facts: background cue or a date well before publication.
    public var background: Bool
    /// What made it recap: the cue phrase, or the language's `recapDateCue` ("an earlier date").
    public var recapCue: String?
    /// The recap is only a date well before publication (weaker evidence than a recap phrase).
    public var recapByDate = false
    public var commentary: Bool
    public var lookingAhead: Bool
    /// Where the party came from: `subject`, `speaker`, `context` or `none`.
    public var attribution: String
    /// The report's headline marks it as analysis, opinion or an explainer.
    public var analysisPiece = false
    /// The claim was read from the report's headline.
    public var headline = false
    /// The issue was named only by one of its broad words (`weakTerms`).
    public var weakTerm = false
    /// The claim's cue is a status word right after the noun it describes ("the declaration signed in
    /// Washington"): often a known state named in passing (`AttributiveCueStage`).
    public var attributiveCue = false

    /// The keys of restatement memory this claim carries: terms, quantities and dates.
    var memoryKeys: Set<String> {
        var keys = terms
        for quantity in quantities { keys.insert(quantity.memoryKey) }
        for date in dates { keys.insert("d:" + date) }
        return keys
    }
}

/// What extraction made of one report.
public struct ReportAnalysis: Sendable, Hashable {
    public var relevant: Bool
    /// Why the report was or was not taken to concern this negotiation.
    public var relevance: String
    public var paragraphs: [String]
    public var claims: [Claim]
    /// Issues the title names: news headlines state what is new.
    public var titleIssues: Set<String>
    /// Parties the title names.
    public var titleParties: Set<String> = []
    /// Restatement memory of the whole report: content words, numbers and dates of every sentence.
    public var memory: Set<String>
}
