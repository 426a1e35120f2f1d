import Foundation

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
