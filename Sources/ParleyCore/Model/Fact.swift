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

    public init(id: String, issue: String, party: String?, attribute: Attribute, value: String,
                quantities: [String] = [], when: [String] = [], places: [String] = [], evidence: String,
                source: String, outlet: String? = nil, version: Int) {
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
    }
}

/// A development that was alerted, and the distinct outlets that have reported it so far.
public struct Development: Sendable, Hashable, Codable {
    public var alertID: String
    public var issue: String
    public var party: String?
    public var reportURL: String
    /// Content words of its evidence, to recognise later reports of the same development.
    public var terms: [String]
    public var outlets: [String]

    enum CodingKeys: String, CodingKey {
        case alertID = "alert_id"
        case issue, party
        case reportURL = "report_url"
        case terms, outlets
    }

    public init(alertID: String, issue: String, party: String?, reportURL: String, terms: [String],
                outlets: [String]) {
        self.alertID = alertID
        self.issue = issue
        self.party = party
        self.reportURL = reportURL
        self.terms = terms
        self.outlets = outlets
    }
}

/// Why a version of the model exists: the report that produced it, the alerts it raised, the facts it changed.
public struct VersionRecord: Sendable, Hashable, Codable {
    public var version: Int
    public var reportURL: String
    public var reportTitle: String
    public var detectedAt: Date
    public var alertIDs: [String]
    public var factsChanged: [String]
    public var note: String

    enum CodingKeys: String, CodingKey {
        case version
        case reportURL = "report_url"
        case reportTitle = "report_title"
        case detectedAt = "detected_at"
        case alertIDs = "alert_ids"
        case factsChanged = "facts_changed"
        case note
    }

    public init(version: Int, reportURL: String, reportTitle: String, detectedAt: Date, alertIDs: [String],
                factsChanged: [String], note: String) {
        self.version = version
        self.reportURL = reportURL
        self.reportTitle = reportTitle
        self.detectedAt = detectedAt
        self.alertIDs = alertIDs
        self.factsChanged = factsChanged
        self.note = note
    }
}
