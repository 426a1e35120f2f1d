import Foundation

/// Turns a report into claims using only the model's vocabulary: clean paragraphs, sentences, relevance,
/// attribution, issue, stance with negation and hedging, numbers, dates and names. Built once per model
/// vocabulary; holds no state between reports.
public struct ClaimExtractor: Sendable {
    let model: Vocabulary
    let text: ReportText
    let numbers: NumberReader
    let dates: DateReader
    /// The stages each sentence is read through: `stages` less the ones skipped (all of them unless a diagnostic
    /// asked otherwise).
    let pipeline: [any SentenceStage]
    /// The names of the stages skipped (`--without-stage`, to measure what each contributes); empty by default.
    public let skippedStages: Set<String>

    /// How far (in words) from a word of meeting both leaders must be named.
    static let leaderWindow = 12
    /// How far (in words) a word of meeting may stand from a meeting that is not the sentence's focus.
    static let meetingReach = 6

    public init(model: NegotiationModel) {
        self.init(model: model, validSkips: [])
    }

    /// An extractor that reads every sentence with the stages named in `skipping` left out: a diagnostic, to measure
    /// what each stage contributes (`parley replay --without-stage NAME`, `seeds/ablate_stages.py`). Every stage
    /// may be skipped; without `issues`, `targets` or `claims` no sentence makes a claim. Throws `UnknownStage`
    /// for a name that is no stage's.
    public init(model: NegotiationModel, skipping: Set<String>) throws(UnknownStage) {
        if let unknown = skipping.sorted().first(where: { !Self.stageNames.contains($0) }) {
            throw UnknownStage(name: unknown)
        }
        self.init(model: model, validSkips: skipping)
    }

    /// `skipping` holds stage names only (checked by the caller).
    init(model: NegotiationModel, validSkips skipping: Set<String>) {
        self.model = Vocabulary(model)
        text = ReportText(model.language)
        numbers = NumberReader(model.language)
        dates = DateReader(model.language)
        skippedStages = skipping
        pipeline = skipping.isEmpty ? Self.stages : Self.stages.filter { !skipping.contains($0.name) }
    }

    /// The names of the stages, in the order a sentence is read through them.
    public static var stageNames: [String] { stages.map(\.name) }

    /// A stage name given to skip that is no stage's; its description lists the stages.
    public struct UnknownStage: Error, CustomStringConvertible, Sendable {
        public let name: String
        public var description: String {
            "unknown stage '\(name)'; the stages are: " + ClaimExtractor.stageNames.joined(separator: ", ")
        }
    }

    /// The fewest words a lead holds: a first paragraph shorter than this is a teaser or a one-line summary ("This
    /// week in one line: Washington set a deadline, Brussels finally moved"), and the lead runs on into the next.
    static let leadWords = 25

    /// How many sentences make the lead: the first paragraph's, and the next paragraphs' while fewer than
    /// `leadWords` words have been read.
    static func leadCount(_ sentences: [(paragraph: Int, words: Int)]) -> Int {
        var count = 0
        var words = 0
        var paragraph = 0
        for sentence in sentences {
            if sentence.paragraph != paragraph {
                if words >= leadWords { break }
                paragraph = sentence.paragraph
            }
            count += 1
            words += sentence.words
        }
        return count
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
                                          leadCount: Self.leadCount(sentences.map { ($0.paragraph, $0.tokens.count) }))
        var analysis = ReportAnalysis(relevant: relevant, relevance: reason, paragraphs: paragraphs, claims: [],
                                      titleIssues: titleIssues, memory: [])
        analysis.titleParties = Set(model.partyMentions(in: titleTokens).compactMap { mention in
            mention.label < model.partyIDs.count ? model.partyIDs[mention.label] : nil
        })
        guard relevant else { return analysis }
        let analysisPiece = model.analysisHeadlines.contains { report.title.lowercased().hasPrefix($0) }
        var lastParty: String?
        var owner = DocumentsInDiscussion()
        var lastIssue: (paragraph: Int, label: Int)?
        var lastDate: String?
        for sentence in sentences {
            let reading = self.reading(sentence.tokens, text: sentence.text, paragraph: sentence.paragraph,
                                       index: sentence.index, published: report.published, carried: lastParty,
                                       carriedIssue: lastIssue.flatMap {
                                           $0.paragraph == sentence.paragraph ? $0.label : nil
                                       },
                                       documents: &owner, everyIssue: everyIssue, carriedDate: lastDate)
            if let date = reading.dates.dates.last(where: { $0.count == 10 }) { lastDate = date }
            let found = reading.claims
            if let party = found.last(where: { $0.attribution != "context" })?.party {
                lastParty = party
            } else if found.isEmpty, let speaker = speakerParty(of: reading) {
                lastParty = speaker
            }
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
            analysis.memory.formUnion(memoryKeys(sentence.tokens, text: sentence.text, published: report.published,
                                                 read: reading))
        }
        if !everyIssue { analysis.claims += headlineClaims(report, tokens: titleTokens, analysisPiece: analysisPiece) }
        return analysis
    }

    /// The party a sentence that makes no claim reports, when it speaks first ("Araghchi said the understanding
    /// reached in Cairo was no longer valid."): a follow-on "He said ..." is that speaker's, not the party of an
    /// earlier claim. Not a speaker after another actor ("Rubio welcomed the European move and said ...": the verb
    /// is Rubio's). The sentence stopped before its actors and speaker were read (no issue term), so those two
    /// stages read it here.
    func speakerParty(of reading: SentenceReading) -> String? {
        var reading = reading
        for stage in pipeline where stage is ActorStage || stage is SpeakerStage {
            stage.read(&reading, with: self)
        }
        guard let speaker = reading.speaker?.mention, speaker.label < model.partyIDs.count,
              !reading.actors.contains(where: { $0.start < speaker.start }) else { return nil }
        return model.partyIDs[speaker.label]
    }

    /// The headline states the news in brief ("E3 trigger snapback of UN sanctions"): it is read as a sentence of
    /// its own, after the body and carrying nothing into it, and its claims are marked as the headline's.
    func headlineClaims(_ report: Report, tokens: [Token], analysisPiece: Bool) -> [Claim] {
        let headline = report.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !headline.isEmpty else { return [] }
        var owner = DocumentsInDiscussion()
        return claims(in: tokens, text: headline, paragraph: 0, index: -1, published: report.published,
                      carried: nil, documents: &owner).map { claim in
            var claim = claim
            claim.headline = true
            claim.commentary = claim.commentary || analysisPiece
            claim.analysisPiece = analysisPiece
            return claim
        }
    }



    /// The stages a sentence is read through, in order (docs/model-and-extraction.md describes each). A new rule
    /// belongs in the stage that owns what it reads and sets; a new stage goes where its inputs are ready.
    static let stages: [any SentenceStage] = [
        AsideStage(), CueStage(), IssueStage(), DocumentStage(), AttributiveCueStage(), VoiceStage(), ActorStage(),
        DocumentSubjectStage(), OutsiderStage(), DateStage(), DetailStage(), SpeakerStage(), TargetStage(),
        StanceStage(), AttributionStage(), ModalStage(), ClaimStage(),
    ]

    /// Reads one sentence through the stages (all of them, or up to and including the one named `until`), less
    /// the ones skipped (`until` names a stage that is read).
    func read(_ sentence: SentenceReading, until last: String? = nil) -> SentenceReading {
        var sentence = sentence
        for stage in pipeline {
            stage.read(&sentence, with: self)
            if sentence.finished || stage.name == last { break }
        }
        return sentence
    }

    func claims(in tokens: [Token], text: String, paragraph: Int, index: Int, published: Date?,
                carried: String?, carriedIssue: Int? = nil, documents: inout DocumentsInDiscussion,
                everyIssue: Bool = false) -> [Claim] {
        reading(tokens, text: text, paragraph: paragraph, index: index, published: published, carried: carried,
                carriedIssue: carriedIssue, documents: &documents, everyIssue: everyIssue).claims
    }

    /// One sentence read through every stage (its claims and what the stages found on the way).
    func reading(_ tokens: [Token], text: String, paragraph: Int, index: Int, published: Date?,
                 carried: String?, carriedIssue: Int? = nil, documents: inout DocumentsInDiscussion,
                 everyIssue: Bool = false, carriedDate: String? = nil) -> SentenceReading {
        var sentence = SentenceReading(tokens: tokens, text: text, paragraph: paragraph, index: index,
                                       published: published, carriedParty: carried, carriedIssue: carriedIssue,
                                       documentOwner: documents.owner, everyIssue: everyIssue,
                                       carriedDate: carriedDate)
        sentence.ownersByNoun = documents.ownersByNoun
        let reading = read(sentence)
        documents = DocumentsInDiscussion(owner: reading.documentOwner, ownersByNoun: reading.ownersByNoun)
        return reading
    }
}

/// What a report's sentences carry forward about its documents: the owner of the one under discussion, and the
/// owner of each document word named with one (`SentenceReading.ownersByNoun`).
struct DocumentsInDiscussion: Sendable {
    var owner: String?
    var ownersByNoun: [String: String] = [:]
}
