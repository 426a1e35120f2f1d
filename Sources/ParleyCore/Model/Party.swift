/// A party to the negotiation and every name the news uses for it: people, titles, capitals, delegations,
/// state media. Matching is by whole words; an alias with a capital letter matches only as written.
public struct Party: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var aliases: [String]
    /// Heads of state or government among the aliases: two of them meeting is a leaders' meeting.
    public var leaders: [String]
    /// The belligerents themselves (the sides that negotiate directly): their joint acts concern the issue as a
    /// whole. A model may say `principal` or give the `role` `belligerent`.
    public var principal: Bool
    /// `belligerent`, `mediator`, `guarantor` or `observer`; `nil` when the model does not say.
    public var role: Role?

    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case belligerent, mediator, guarantor, observer
    }

    public init(id: String, name: String, aliases: [String], leaders: [String] = [], principal: Bool = false,
                role: Role? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.leaders = leaders
        self.principal = principal || role == .belligerent
        self.role = role ?? (principal ? .belligerent : nil)
    }

    enum CodingKeys: String, CodingKey { case id, name, aliases, leaders, principal, role }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        leaders = try c.decodeIfPresent([String].self, forKey: .leaders) ?? []
        role = try c.decodeIfPresent(Role.self, forKey: .role)
        principal = try c.decodeIfPresent(Bool.self, forKey: .principal) ?? (role == .belligerent)
    }
}
