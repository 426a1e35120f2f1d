/// A model's vocabulary is configuration and its facts are state: when a model file changes (a reload, a new
/// start), the stored state keeps what it learned and takes the file's parties, issues and topic terms.
extension NegotiationModel {
    /// Takes the vocabulary (title, parties, issues, topic terms, outsiders, joint phrases, language) of `file`,
    /// keeping this model's facts, memory, developments and history.
    public mutating func adoptVocabulary(of file: NegotiationModel) {
        title = file.title
        parties = file.parties
        issues = file.issues
        context = file.context
        outsiders = file.outsiders
        joint = file.joint
        language = file.language
    }

    /// Facts of this model that the vocabulary of `file` can no longer place (their issue or party is gone):
    /// reported by the daemon on start and reload, never dropped silently.
    public func orphanedFacts(under file: NegotiationModel) -> [Fact] {
        let issues = Set(file.issues.map(\.id))
        let parties = Set(file.parties.map(\.id))
        return facts.filter { !issues.contains($0.issue) || ($0.party.map { !parties.contains($0) } ?? false) }
    }

    /// The outsiders extraction reads: the model's own (`outsiders`) and every state of the language's `world`
    /// list the model does not name. A state is named when one of its names is a party's alias, a topic, issue or
    /// joint phrase of the model, or words of one (so Oman's capital is no outsider where Oman mediates, nor France
    /// where the E3 lists it, nor Belarus's capital where the "Minsk Group" is an issue). Depends on the vocabulary
    /// only, never on learned facts, so a restart reads as a replay does.
    public var allOutsiders: [String] {
        func words(_ phrase: String) -> [String] {
            Tokenizer.tokens(phrase.replacingOccurrences(of: "*", with: "")).map(\.lower)
        }
        var vocabulary = parties.flatMap(\.aliases) + context + joint
        for issue in issues { vocabulary += issue.terms + issue.weakTerms }
        // Every run of up to four consecutive words of the vocabulary, so that a name is looked up, not searched.
        var runs = Set<[String]>()
        for phrase in vocabulary {
            let w = words(phrase)
            for start in w.indices {
                for end in start + 1...min(w.count, start + 4) { runs.insert(Array(w[start..<end])) }
            }
        }
        let world = language.world.filter { state in !state.contains { runs.contains(words($0)) } }
        return outsiders + world.flatMap { $0 }
    }
}
