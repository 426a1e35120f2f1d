/// A party to the negotiation and every name the news uses for it: people, titles, capitals, delegations,
/// state media. Matching is by whole words; an alias with a capital letter matches only as written.
public struct Party: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var aliases: [String]
    /// Heads of state or government among the aliases: two of them meeting is a leaders' meeting.
    public var leaders: [String]
    /// The belligerents themselves: a report must name one of them to concern the negotiation.
    public var principal: Bool

    public init(id: String, name: String, aliases: [String], leaders: [String] = [], principal: Bool = false) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.leaders = leaders
        self.principal = principal
    }

    enum CodingKeys: String, CodingKey { case id, name, aliases, leaders, principal }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        leaders = try c.decodeIfPresent([String].self, forKey: .leaders) ?? []
        principal = try c.decodeIfPresent(Bool.self, forKey: .principal) ?? false
    }
}
