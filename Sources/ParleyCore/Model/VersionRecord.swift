import Foundation

/// Why a version of the model exists: the report that produced it, the alerts it raised, the facts it changed.
public struct VersionRecord: Sendable, Hashable, Codable {
    public var version: Int
    public var reportURL: String
    public var reportTitle: String
    /// When the detection happened (wall clock in the daemon, the report's publication time in a replay): a
    /// record, never reasoned on.
    public var detectedAt: Date
    /// The time the core reasons on for this version: its report's publication time, or for an undated report the
    /// previous version's report time. Nil in versions made before it was recorded (their `detectedAt` stands in).
    public var reportTime: Date?
    public var alertIDs: [String]
    public var factsChanged: [String]
    public var note: String

    enum CodingKeys: String, CodingKey {
        case version
        case reportURL = "report_url"
        case reportTitle = "report_title"
        case detectedAt = "detected_at"
        case reportTime = "report_time"
        case alertIDs = "alert_ids"
        case factsChanged = "facts_changed"
        case note
    }

    public init(version: Int, reportURL: String, reportTitle: String, detectedAt: Date, reportTime: Date? = nil,
                alertIDs: [String], factsChanged: [String], note: String) {
        self.version = version
        self.reportURL = reportURL
        self.reportTitle = reportTitle
        self.detectedAt = detectedAt
        self.reportTime = reportTime
        self.alertIDs = alertIDs
        self.factsChanged = factsChanged
        self.note = note
    }
}
