import Foundation
@testable import ParleyCore

/// Reads one fixture sentence through the extractor's stages up to a named one, with the seed model's vocabulary
/// (seeds/russia-ukraine.model.json and the shared English language file).
struct StageReader {
    let extractor: ClaimExtractor
    let model: NegotiationModel

    init() throws {
        model = try Fixtures.seedModel()
        extractor = ClaimExtractor(model: model)
    }

    /// With another shipped seed model (seeds/ID.model.json).
    init(model id: String) throws {
        model = try Fixtures.seedModel(id)
        extractor = ClaimExtractor(model: model)
    }

    /// With the seed model, reading every sentence without the stages named in `skipping`.
    init(skipping: Set<String>) throws {
        model = try Fixtures.seedModel()
        extractor = try ClaimExtractor(model: model, skipping: skipping)
    }

    /// Publication time of every fixture sentence: Wednesday 4 June 2025, noon UTC.
    static let published = Date(timeIntervalSince1970: 1_749_038_400)

    func read(_ text: String, until stage: String, carriedParty: String? = nil, carriedIssue: String? = nil,
              documentOwner: String? = nil, carriedDate: String? = nil) -> SentenceReading {
        let reading = SentenceReading(tokens: Tokenizer.tokens(text), text: text, paragraph: 0, index: 0,
                                      published: Self.published, carriedParty: carriedParty,
                                      carriedIssue: carriedIssue.flatMap { model.issues.map(\.id).firstIndex(of: $0) },
                                      documentOwner: documentOwner, everyIssue: false, carriedDate: carriedDate)
        return extractor.read(reading, until: stage)
    }

    /// The words of the token indices `indices`, in order.
    func words(_ reading: SentenceReading, _ indices: Set<Int>) -> [String] {
        indices.sorted().map { reading.tokens[$0].text }
    }

    func issue(_ match: PhraseMatcher.Match) -> String { extractor.model.issueIDs[match.label] }

    func party(_ match: PhraseMatcher.Match) -> String? {
        match.label < extractor.model.partyIDs.count ? extractor.model.partyIDs[match.label] : nil
    }
}
