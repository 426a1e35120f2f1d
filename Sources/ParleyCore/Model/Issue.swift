/// One negotiated issue and the vocabulary that signals it. A term ending in `*` matches any word it begins.
public struct Issue: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var terms: [String]
    /// Issues about meetings (`talks`, `leaders-meeting`): dates and places make a new meeting.
    public var meetings: Bool
    /// How much a change on this issue matters by default.
    public var severity: Alert.Severity

    public init(id: String, name: String, terms: [String], meetings: Bool = false,
                severity: Alert.Severity = .notable) {
        self.id = id
        self.name = name
        self.terms = terms
        self.meetings = meetings
        self.severity = severity
    }

    enum CodingKeys: String, CodingKey { case id, name, terms, meetings, severity }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        terms = try c.decode([String].self, forKey: .terms)
        meetings = try c.decodeIfPresent(Bool.self, forKey: .meetings) ?? false
        severity = try c.decodeIfPresent(Alert.Severity.self, forKey: .severity) ?? .notable
    }
}
