import Foundation

/// One stored version of a negotiation model, so users can see what the model held at any time and why.
public struct ModelVersion: Sendable, Hashable, Codable {
    public var negotiation: String
    /// 1, 2, 3, ... per negotiation, assigned by the store.
    public var version: Int
    /// The model as JSON (the core's `NegotiationModel` encoding).
    public var model: Data
    /// The report that caused this version; nil for a seed or an imported model.
    public var reportURL: String?
    public var createdAt: Date
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case negotiation, version, model, reason
        case reportURL = "report_url"
        case createdAt = "created_at"
    }

    public init(negotiation: String, version: Int, model: Data, reportURL: String?, createdAt: Date,
                reason: String) {
        self.negotiation = negotiation
        self.version = version
        self.model = model
        self.reportURL = reportURL
        self.createdAt = createdAt
        self.reason = reason
    }
}
