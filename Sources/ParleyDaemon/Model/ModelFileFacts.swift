import Logging
import ParleyCore

/// What a model file says about facts next to what the daemon learned (issue 12: a model file's vocabulary is
/// configuration, the facts learned from reports are state). When the state carries on from a stored version,
/// the file's facts are not taken; those that disagree with the learned state are reported, never dropped
/// silently, and so are learned facts the file's vocabulary can no longer place.
public enum ModelFileFacts {
    /// A fact of the file and what the learned state holds under its id (nil: nothing).
    public struct Disagreement: Sendable, Equatable {
        public var file: Fact
        public var learned: Fact?
    }

    /// Facts of `file` the learned model does not hold as the file states them: absent (added to the file after
    /// the state began), or present under the same id with another issue, party or value.
    public static func disagreements(learned: NegotiationModel, file: NegotiationModel) -> [Disagreement] {
        let byID = Dictionary(learned.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return file.facts.compactMap { fact in
            guard let held = byID[fact.id] else { return Disagreement(file: fact, learned: nil) }
            let same = held.issue == fact.issue && held.party == fact.party && held.value == fact.value
                && held.attribute == fact.attribute
            return same ? nil : Disagreement(file: fact, learned: held)
        }
    }

    /// Takes the vocabulary of `file` into a learned model (`adoptVocabulary`) and keeps every learned fact, also
    /// those the file no longer places: their issue or party stays in the model, retired (no terms, aliases or
    /// leaders, so the edited vocabulary decides what is read), so the facts stay in the state and each stored
    /// version still loads (a model's facts must name its issues and parties). A file that names the issue or
    /// party again brings its own back. Returns the facts so kept.
    @discardableResult
    public static func adopt(_ file: NegotiationModel, into model: inout NegotiationModel) -> [Fact] {
        let orphans = model.orphanedFacts(under: file)
        let oldIssues = model.issues, oldParties = model.parties
        model.adoptVocabulary(of: file)
        let issueIDs = Set(model.issues.map(\.id)), partyIDs = Set(model.parties.map(\.id))
        for issue in oldIssues where !issueIDs.contains(issue.id) && orphans.contains(where: { $0.issue == issue.id }) {
            var retired = issue
            retired.name = issue.name.hasSuffix(retiredMark) ? issue.name : issue.name + retiredMark
            retired.terms = []
            retired.weakTerms = []
            retired.leaderTriggers = []
            retired.yieldsTo = []
            retired.requiresParty = []
            retired.meetings = false
            model.issues.append(retired)
        }
        for party in oldParties where !partyIDs.contains(party.id) && orphans.contains(where: { $0.party == party.id }) {
            var retired = party
            retired.name = party.name.hasSuffix(retiredMark) ? party.name : party.name + retiredMark
            retired.aliases = []
            retired.leaders = []
            retired.principal = false
            model.parties.append(retired)
        }
        return orphans
    }

    /// Appended to the name of an issue or party kept only for the learned facts that name it.
    public static let retiredMark = " (retired: no longer in the model file)"

    /// Logs the file's disagreeing facts and the learned facts the file's vocabulary no longer places.
    static func log(learned: NegotiationModel, file: NegotiationModel, logger: Logger) {
        for disagreement in disagreements(learned: learned, file: file) {
            let fact = disagreement.file
            var metadata: Logger.Metadata = [
                "negotiation": "\(file.id)", "fact.id": "\(fact.id)", "fact.issue": "\(fact.issue)",
                "fact.party": "\(fact.party ?? "both")", "fact.value": "\(fact.value)",
            ]
            if let held = disagreement.learned {
                metadata["learned.issue"] = "\(held.issue)"
                metadata["learned.party"] = "\(held.party ?? "both")"
                metadata["learned.value"] = "\(held.value)"
                logger.warning("a fact of the model file contradicts the learned state; the learned fact is kept",
                               metadata: metadata)
            } else {
                logger.warning("""
                    a fact of the model file is not in the learned state and is not taken (the stored model \
                    carries on); alerts will report it if the news does
                    """, metadata: metadata)
            }
        }
        logOrphans(learned: learned, file: file, logger: logger)
    }

    /// Logs every learned fact whose issue or party the file's vocabulary no longer has (kept in the state).
    static func logOrphans(learned: NegotiationModel, file: NegotiationModel, logger: Logger) {
        let issues = Set(file.issues.map(\.id))
        for fact in learned.orphanedFacts(under: file) {
            let missing = issues.contains(fact.issue) ? "party" : "issue"
            logger.warning("a learned fact is no longer placed by the model file's vocabulary; it stays in the state",
                           metadata: [
                               "negotiation": "\(file.id)", "fact.id": "\(fact.id)", "fact.issue": "\(fact.issue)",
                               "fact.party": "\(fact.party ?? "both")", "fact.value": "\(fact.value)",
                               "missing": "\(missing)",
                           ])
        }
    }
}
