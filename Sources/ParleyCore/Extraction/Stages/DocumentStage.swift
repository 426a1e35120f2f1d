/// Documents: every party mention and every document word of the sentence; a document's owner ("Moscow's
/// memorandum", "the draft ... delivered by Driscoll") becomes the report's document under discussion, carried to
/// later sentences; a document named again without an owner ("under the plan") is the one of that word named
/// before. A sentence with no issue ends here (after its document owner is noted).
struct DocumentStage: SentenceStage {
    let name = "documents"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        s.mentions = x.model.partyMentions(in: s.tokens)
        s.documents = x.model.documents.matches(in: s.tokens)
        for document in s.documents {
            let noun = s.tokens[document.start..<document.end].map(\.lower).joined(separator: " ")
            if let owner = x.owner(of: document, tokens: s.tokens, mentions: s.mentions) {
                s.documentOwner = owner
                s.ownersByNoun[noun] = owner
            } else if let known = s.ownersByNoun[noun] {
                // "Under the plan, ...": the plan named earlier with its owner, not the last document named.
                s.documentOwner = known
            }
        }
        if s.issues.isEmpty { s.finished = true }
    }
}
