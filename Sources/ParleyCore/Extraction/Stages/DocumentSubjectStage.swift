/// Document subject: a sentence whose subject is a document ("The memorandum also says ...", "Under the draft,
/// Ukraine would ...") speaks for its owner. The owner may stand right before it as an adjective or possessive
/// ("The European document"). Also where a document's content starts: everywhere when it is the subject, after
/// "which"/"whereby" when those follow it ("a counter-proposal under which Ukraine's army would be capped").
struct DocumentSubjectStage: SentenceStage {
    let name = "document-subject"
    /// How far into the sentence a document may start and still be its subject.
    static let subjectReach = 3

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let actors = s.actors
        s.documentLeads = s.documents.first.map { document in
            document.start <= Self.subjectReach
                && actors.allSatisfy { $0.start >= document.start || document.start - $0.end <= 1 }
        } ?? false
        s.documentSubject = s.documentLeads ? s.documentOwner : nil
        if s.documentSubject != nil {
            s.contentStart = 0
        } else {
            let markers = x.model.grammar.contentMarkers
            s.contentStart = s.documents.first { document in
                (document.end..<min(document.end + 2, s.tokens.count)).contains { markers.contains(s.tokens[$0].lower) }
            }?.end
        }
    }
}
