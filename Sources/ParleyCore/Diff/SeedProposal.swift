import Foundation

/// A model proposed from a vocabulary and its seed report (`parley model init`): the facts `absorb` reads from the
/// seed, each with a confidence derived from how its claim was read and, when doubtful, a `review` mark saying why
/// in plain words. Pure: the same vocabulary and report give the same proposal.
public struct SeedProposal: Sendable {
    public var model: NegotiationModel
    /// The facts marked for review.
    public var toReview: Int { model.facts.filter { $0.review != nil }.count }

    /// Below this confidence a fact is marked for review (a single strong doubt, or two mild ones).
    public static let reviewBelow = 0.75

    /// Absorbs `report` into `vocabulary` and grades each fact. Throws when the report is not about the
    /// negotiation at all (nothing would be proposed) or states no fact.
    public init(vocabulary: NegotiationModel, report: Report) throws {
        var tracker = NegotiationTracker(model: vocabulary)
        let focus = tracker.analyze(report)
        let detectedAt = report.published ?? Date(timeIntervalSince1970: 0)
        let outcome = tracker.absorb(report, detectedAt: detectedAt)
        guard outcome.explanation.relevant else {
            throw Failure("the seed report does not read as this negotiation's: "
                + outcome.explanation.relevance + " (check the vocabulary's parties, issues and context words)")
        }
        var model = tracker.model
        let documents = DocumentTrail(model: vocabulary, report: report)
        // Sentences whose claim on an issue is the sentence's focus (or one of its clauses), not a side mention.
        let focused = Set(focus.claims.filter { !$0.headline }
            .map { FocusKey(sentence: $0.sentenceIndex, issue: $0.issue) })
        let doubts = FactDoubts(model: vocabulary)
        // `ModelUpdate` makes one fact per member claim of an alert, ids `<alert>-f`, `<alert>-f2`...
        var claims: [String: Claim] = [:]
        var members: [String: Int] = [:]
        for decision in outcome.explanation.decisions {
            guard let alertID = decision.alertID else { continue }
            let index = members[alertID, default: 0]
            members[alertID] = index + 1
            claims[alertID + "-f" + (index == 0 ? "" : String(index + 1))] = decision.claim
        }
        for index in model.facts.indices {
            guard let claim = claims[model.facts[index].id] else { continue }
            let key = FocusKey(sentence: claim.sentenceIndex, issue: claim.issue)
            let grade = doubts.of(claim, filedUnder: model.facts[index].party,
                                  documents: documents.at(claim.sentenceIndex), sideIssue: !focused.contains(key),
                                  published: report.published)
            model.facts[index].confidence = grade.confidence
            model.facts[index].review = grade.review
        }
        guard !model.facts.isEmpty else {
            throw Failure("no fact read from the seed report: no sentence names an issue of the "
                + "vocabulary with a stance cue (check the issues' terms)")
        }
        if let last = model.history.indices.last {
            let marked = model.facts.filter { $0.review != nil }.count
            model.history[last].note = "seed facts proposed by parley model init (\(model.facts.count) facts, "
                + "\(marked) marked for review)"
        }
        self.model = model
    }

    /// Why no model could be proposed, for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    private struct FocusKey: Hashable {
        var sentence: Int
        var issue: String
    }
}

/// The documents a report names, sentence by sentence, with their owners: the owner named in the sentence itself,
/// or the last one named before it (as extraction carries it).
struct DocumentTrail {
    struct Entry {
        /// The document word of the sentence ("plan", "memorandum"), if it names one.
        var word: String?
        /// The owner of a document named in this sentence.
        var ownerHere: String?
        /// The owner of the last document named up to this sentence, and the word it was named by.
        var carried: (owner: String, word: String)?
    }

    private var entries: [Int: Entry] = [:]

    init(model: NegotiationModel, report: Report) {
        let extractor = ClaimExtractor(model: model)
        let vocabulary = extractor.model
        var index = 0
        var last: (owner: String, word: String)?
        for paragraph in extractor.text.paragraphs(report.text) {
            for sentence in SentenceSplitter.sentences(paragraph) {
                let tokens = Tokenizer.tokens(sentence)
                let documents = vocabulary.documents.matches(in: tokens)
                let mentions = vocabulary.parties.matches(in: tokens)
                var entry = Entry(word: nil, ownerHere: nil, carried: last)
                for document in documents {
                    let word = tokens[document.start..<document.end].map(\.text).joined(separator: " ")
                    entry.word = entry.word ?? word
                    if let owner = extractor.owner(of: document, tokens: tokens, mentions: mentions) {
                        entry.ownerHere = owner
                        last = (owner, word)
                    }
                }
                entries[index] = entry
                index += 1
            }
        }
    }

    func at(_ sentence: Int) -> Entry {
        entries[sentence] ?? Entry()
    }
}
