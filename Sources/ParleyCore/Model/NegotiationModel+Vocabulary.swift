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
}
