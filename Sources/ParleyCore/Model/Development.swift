import Foundation

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
