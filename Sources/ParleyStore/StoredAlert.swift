import Foundation
import ParleyCore

/// An alert as stored: its id and the exact JSON line every sink sends (`AlertCoding.line`), so what the
/// log holds and what a webhook receives are byte-for-byte the record that was committed.
public struct StoredAlert: Sendable, Hashable, Codable {
    public var id: String
    public var negotiation: String
    public var json: String
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, negotiation, json
        case createdAt = "created_at"
    }

    public init(id: String, negotiation: String, json: String, createdAt: Date) {
        self.id = id
        self.negotiation = negotiation
        self.json = json
        self.createdAt = createdAt
    }

    public init(_ alert: Alert, createdAt: Date) throws {
        self.init(id: alert.id, negotiation: alert.negotiation, json: try AlertCoding.line(alert),
                  createdAt: createdAt)
    }

    /// The alert decoded back from its JSON.
    public func decoded() throws -> Alert {
        try AlertCoding.decoder().decode(Alert.self, from: Data(json.utf8))
    }
}
