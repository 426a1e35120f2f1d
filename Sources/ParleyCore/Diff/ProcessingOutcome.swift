/// What processing one report did: the alerts raised, the new model version if it changed, and why.
public struct ProcessingOutcome: Sendable, Hashable {
    public var alerts: [Alert]
    public var modelChanged: Bool
    /// The record of the new version when the model changed.
    public var version: VersionRecord?
    public var explanation: Explanation
}
