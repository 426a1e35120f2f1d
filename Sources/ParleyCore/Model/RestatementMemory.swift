/// The bound of restatement memory (`NegotiationModel.knownTerms`), by size: each issue keeps at most `perIssue`
/// keys and the memory of whole reports (`ModelUpdate.everyIssue`) at most `wholeReports`. Keys are kept in the
/// order they were learned (a seed's keys first); when a report's new keys take an issue past its bound, the
/// oldest-learned keys are forgotten first. A key forgotten and read again is learned again, at the end. So a
/// daemon's memory stops growing, deterministically: the same reports in the same order forget the same keys.
/// The standard bounds sit well above what the development streams learn (at most 1,247 keys on one issue and
/// 4,718 for whole reports), so nothing they score is forgotten.
public struct RestatementMemory: Sendable, Hashable {
    public var perIssue: Int
    public var wholeReports: Int

    public init(perIssue: Int, wholeReports: Int) {
        self.perIssue = max(1, perIssue)
        self.wholeReports = max(1, wholeReports)
    }

    /// The bounds the daemon, replays and the demo use.
    public static let standard = RestatementMemory(perIssue: 3_000, wholeReports: 10_000)

    /// The most keys `issue` keeps.
    public func limit(of issue: String) -> Int {
        issue == ModelUpdate.everyIssue ? wholeReports : perIssue
    }
}
