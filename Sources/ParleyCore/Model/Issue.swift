/// One negotiated issue and the vocabulary that signals it. A term ending in `*` matches any word it begins.
public struct Issue: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// What the issue covers, in a sentence (documentation for the reader of the model; not used to match).
    public var covers: String?
    public var terms: [String]
    /// Terms that signal the issue only when no other issue's term is in the sentence ("plan", "deal", "talks").
    public var weakTerms: [String]
    /// Issues that take a sentence over from this one: when one of them is found, this one is not.
    public var yieldsTo: [String]
    /// For meetings of heads of state: words of meeting that signal the issue when the sentence names leaders of
    /// two different parties (`Party.leaders`).
    public var leaderTriggers: [String]
    /// Parties a sentence must name for this issue to be about this negotiation (sanctions on Russia, not on a
    /// domestic suspect). Empty: no requirement.
    public var requiresParty: [String]
    /// Issues about meetings (`talks`, `leaders-meeting`): dates and places make a new meeting.
    public var meetings: Bool
    /// How much a change on this issue matters by default.
    public var severity: Alert.Severity
    /// How an alert's summary names the issue as the object of a verb ("a ceasefire", "the return of the dead").
    /// Absent: the name, after "the" unless it begins with a proper name (`SummaryWriter.defaultPhrase`, with the language file's `summary.issue`).
    public var phrase: String?

    public init(id: String, name: String, terms: [String], weakTerms: [String] = [], yieldsTo: [String] = [],
                leaderTriggers: [String] = [], requiresParty: [String] = [], meetings: Bool = false, severity: Alert.Severity = .notable) {
        self.id = id
        self.name = name
        self.terms = terms
        self.weakTerms = weakTerms
        self.yieldsTo = yieldsTo
        self.leaderTriggers = leaderTriggers
        self.requiresParty = requiresParty
        self.meetings = meetings
        self.severity = severity
    }

    enum CodingKeys: String, CodingKey {
        case id, name, covers, terms, weakTerms, yieldsTo, leaderTriggers, requiresParty, meetings, severity, phrase
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        covers = try c.decodeIfPresent(String.self, forKey: .covers)
        terms = try c.decode([String].self, forKey: .terms)
        weakTerms = try c.decodeIfPresent([String].self, forKey: .weakTerms) ?? []
        yieldsTo = try c.decodeIfPresent([String].self, forKey: .yieldsTo) ?? []
        leaderTriggers = try c.decodeIfPresent([String].self, forKey: .leaderTriggers) ?? []
        requiresParty = try c.decodeIfPresent([String].self, forKey: .requiresParty) ?? []
        meetings = try c.decodeIfPresent(Bool.self, forKey: .meetings) ?? false
        severity = try c.decodeIfPresent(Alert.Severity.self, forKey: .severity) ?? .notable
        phrase = try c.decodeIfPresent(String.self, forKey: .phrase)
    }
}
