import Foundation

/// A fetched body that the daemon was processing, alone, when it stopped without finishing, after an earlier run had
/// stopped while processing it too: presumed to crash the daemon (issue 15), it is skipped until the feed's content
/// changes.
public struct QuarantinedBody: Sendable, Hashable {
    public var feedID: Int64
    public var feedURL: String
    public var bodyHash: String
    /// How many runs ended while processing this body.
    public var interruptions: Int
    public var quarantinedAt: Date

    public init(feedID: Int64, feedURL: String, bodyHash: String, interruptions: Int, quarantinedAt: Date) {
        self.feedID = feedID
        self.feedURL = feedURL
        self.bodyHash = bodyHash
        self.interruptions = interruptions
        self.quarantinedAt = quarantinedAt
    }
}

/// Whether a fetched body may be processed.
public enum BodyAdmission: Sendable, Hashable {
    /// Processing may start; the store has durably noted which feed and body it is. A suspect (a body an earlier
    /// run stopped while processing) is to be processed alone, after `markAlone`, so that if the daemon dies
    /// again the culprit is known: bodies processed beside it at a crash are bystanders, not suspects.
    case admitted(suspect: Bool)
    /// The body is quarantined: skip it.
    case quarantined
}

/// The durable note of which body each feed is processing, and the bodies quarantined after interrupted runs.
/// Separate from `StateStore` so a backend can add it on its own; `SQLiteStateStore` has it.
public protocol QuarantineStore: Sendable {
    /// Runs interrupted while processing one body before it is quarantined: the first makes it a suspect, the
    /// second, with the body processed alone, quarantines it. One interruption can be a SIGKILL, an OOM kill or a
    /// power cut that has nothing to do with the body, or another body's crash while both were in flight.
    static var interruptionsBeforeQuarantine: Int { get }

    /// Unless the body is quarantined, notes durably that `feedID` is processing the body with `bodyHash`.
    func beginProcessing(feedID: Int64, bodyHash: String, at date: Date) async throws -> BodyAdmission
    /// Notes that the feed's suspect body is now being processed with no other body in flight.
    func markAlone(feedID: Int64) async throws
    /// Clears the feed's note: its body was processed (or failed cleanly).
    func endProcessing(feedID: Int64) async throws
    /// At start: every note left by the previous run counts one interruption of its body (making it a suspect);
    /// a suspect that was being processed alone is quarantined. Returns the bodies quarantined now.
    func quarantineInterrupted(at date: Date) async throws -> [QuarantinedBody]
    /// Every quarantined body, oldest first.
    func quarantinedBodies() async throws -> [QuarantinedBody]
}

extension QuarantineStore {
    public static var interruptionsBeforeQuarantine: Int { 2 }
}
