import Foundation

/// A change alert: one JSON object per line of the alert log and per generic webhook body.
/// Follows `parley.alert/v1` (docs/alert.schema.json, the published shared/spec/alert.schema.json with `before`,
/// `after` and `title` described); field names are the schema's.
public struct Alert: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case meetingNew = "meeting.new"
        case participantChanged = "participant.changed"
        case proposalNew = "proposal.new"
        case positionNew = "position.new"
        case positionChanged = "position.changed"
        case statusChanged = "status.changed"
        case quantityChanged = "quantity.changed"
        case issueNew = "issue.new"
    }

    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case minor, notable, major

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.minor, .notable, .major]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public struct ReportRef: Sendable, Hashable, Codable {
        public var url: String
        public var title: String
        public var published: Date?
        public var feed: String?

        public init(url: String, title: String, published: Date?, feed: String?) {
            self.url = url
            self.title = title
            self.published = published
            self.feed = feed
        }

        public init(_ report: Report) {
            self.init(url: report.url, title: report.title, published: report.published, feed: report.feed)
        }
    }

    public var schema: String = "parley.alert/v1"
    /// Stable unique id; the same id on every retry of its delivery.
    public var id: String
    public var detectedAt: Date
    public var negotiation: String
    public var kind: Kind
    public var issue: String
    public var party: String?
    public var attribute: String?
    public var before: JSONValue?
    public var after: JSONValue?
    public var summary: String
    /// A short line naming the issue and what changed ("Ceasefire: Russia changes its position"), for chat
    /// sinks and notifications; absent in records written before it existed.
    public var title: String?
    public var severity: Severity
    public var confidence: Double
    public var report: ReportRef
    public var evidence: [String]
    public var corroboratingSources: Int

    enum CodingKeys: String, CodingKey {
        case schema, id, negotiation, kind, issue, party, attribute, before, after, summary, title, severity, confidence
        case report, evidence
        case detectedAt = "detected_at"
        case corroboratingSources = "corroborating_sources"
    }

    public init(id: String, detectedAt: Date, negotiation: String, kind: Kind, issue: String, party: String?,
                attribute: String?, before: JSONValue?, after: JSONValue?, summary: String, severity: Severity,
                confidence: Double, report: ReportRef, evidence: [String], corroboratingSources: Int) {
        self.id = id
        self.detectedAt = detectedAt
        self.negotiation = negotiation
        self.kind = kind
        self.issue = issue
        self.party = party
        self.attribute = attribute
        self.before = before
        self.after = after
        self.summary = summary
        self.severity = severity
        self.confidence = confidence
        self.report = report
        self.evidence = evidence
        self.corroboratingSources = corroboratingSources
    }

    /// Encodes the fields the schema requires even when null (`party`, `before`), in a stable key order.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(detectedAt, forKey: .detectedAt)
        try c.encode(negotiation, forKey: .negotiation)
        try c.encode(kind, forKey: .kind)
        try c.encode(issue, forKey: .issue)
        try c.encode(party, forKey: .party)
        try c.encode(attribute, forKey: .attribute)
        try c.encode(before ?? .null, forKey: .before)
        try c.encode(after ?? .null, forKey: .after)
        try c.encode(summary, forKey: .summary)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encode(severity, forKey: .severity)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(report, forKey: .report)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(corroboratingSources, forKey: .corroboratingSources)
    }
}
