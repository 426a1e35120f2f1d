/// What to take back from a model to return it to the version before one report (`NegotiationTracker.undo`): the
/// version and its history record, the facts and developments the report appended, the developments it corroborated
/// as they were, the restatement memory it learned (appended) and forgot (the oldest keys, put back in front).
///
/// The daemon processes an item, then commits it; when the commit fails the item is retried from the model before
/// it. Keeping that model as a copy would make every change of the report copy whole arrays the copy shares (every
/// fact, every history record, the memory of an issue), so the cost of an item would grow with the model; this
/// record is what the report changed, so taking it back costs what the report changed.
public struct ModelUndo: Sendable, Hashable {
    /// The version before the report.
    var version: Int
    /// Whether the report appended a history record.
    var record: Bool
    /// How many facts and developments the report appended.
    var facts: Int
    var developments: Int
    /// Developments held before the report that it corroborated, as they were, by index.
    var corroborated: [Int: Development]
    /// Per issue, how many memory keys the report appended.
    var learned: [String: Int]
    /// Per issue, the oldest keys forgotten after appending (`RestatementMemory`), in order.
    var forgotten: [String: [String]]
    /// Issues whose memory the report started (absent before it).
    var newIssues: Set<String>

    /// Returns `model` (the model right after the report) to the version before it.
    func apply(to model: inout NegotiationModel) {
        for (issue, keys) in forgotten where !keys.isEmpty {
            model.knownTerms[issue] = keys + (model.knownTerms[issue] ?? [])
        }
        for (issue, count) in learned {
            model.knownTerms[issue]?.removeLast(count)
        }
        for issue in newIssues { model.knownTerms[issue] = nil }
        for (index, development) in corroborated { model.developments[index] = development }
        model.developments.removeLast(developments)
        model.facts.removeLast(facts)
        if record { model.history.removeLast() }
        model.version = version
    }
}
