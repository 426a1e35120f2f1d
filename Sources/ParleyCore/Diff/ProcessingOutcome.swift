/// What processing one report did: the alerts raised, the new model version if it changed, and why.
public struct ProcessingOutcome: Sendable, Hashable {
    public var alerts: [Alert]
    public var modelChanged: Bool
    /// The record of the new version when the model changed.
    public var version: VersionRecord?
    public var explanation: Explanation
    /// What the new version changed, made from the model before and after the report (nil when it did not change).
    public var delta: ModelDelta?
    /// What to take back to return the tracker to the model before the report (`NegotiationTracker.undo`; nil when
    /// the model did not change).
    public var undo: ModelUndo?

    public init(alerts: [Alert], modelChanged: Bool, version: VersionRecord?, explanation: Explanation,
                delta: ModelDelta? = nil, undo: ModelUndo? = nil) {
        self.undo = undo
        self.alerts = alerts
        self.modelChanged = modelChanged
        self.version = version
        self.explanation = explanation
        self.delta = delta
    }
}
