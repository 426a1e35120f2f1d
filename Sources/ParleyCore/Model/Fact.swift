import Foundation

/// One thing the model holds about an issue: a party's stance, a quantity, a status, a meeting or a participant,
/// with the sentence that stated it and where that sentence came from.
public struct Fact: Sendable, Hashable, Codable {
    public enum Attribute: String, Sendable, Hashable, Codable, CaseIterable {
        case stance, quantity, status, meeting, participant
    }

    public var id: String
    public var issue: String
    /// `nil` when the fact concerns the issue as a whole.
    public var party: String?
    public var attribute: Attribute
    /// The stance, status or meeting state, e.g. `demands`, `agreed`, `held`.
    public var value: String
    /// Quantities stated with the fact, normalised (`1200 prisoners`, `30 days`).
    public var quantities: [String]
    /// Dates (`2025-07-23`) and places the fact names.
    public var when: [String]
    public var places: [String]
    public var evidence: String
    public var source: String
    public var outlet: String?
    /// Model version that added the fact.
    public var version: Int
    /// `document` when the fact is a clause of a document (the claim spoke for the document's owner).
    public var via: String?
    /// Whose document the fact's sentence is about, when it names one (see `Claim.documentOwner`).
    public var about: String?
    /// How surely extraction read the fact (0...1), set by `parley model init` on the facts it proposes from a
    /// seed report; hand review removes it. Old files and learned facts have none.
    public var confidence: Double?
    /// Why a proposed fact needs a reader's eye, in plain words ("party read from the previous sentence"); `nil`
    /// when nothing is doubtful or once reviewed. `parley model check` warns while a fact still carries it.
    public var review: String?

    public init(id: String, issue: String, party: String?, attribute: Attribute, value: String,
                quantities: [String] = [], when: [String] = [], places: [String] = [], evidence: String,
                source: String, outlet: String? = nil, version: Int, via: String? = nil, about: String? = nil,
                confidence: Double? = nil, review: String? = nil) {
        self.id = id
        self.issue = issue
        self.party = party
        self.attribute = attribute
        self.value = value
        self.quantities = quantities
        self.when = when
        self.places = places
        self.evidence = evidence
        self.source = source
        self.outlet = outlet
        self.version = version
        self.via = via
        self.about = about
        self.confidence = confidence
        self.review = review
    }
}
