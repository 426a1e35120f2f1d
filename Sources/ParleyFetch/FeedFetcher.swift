/// The seam between the poller and HTTP: fetch one feed given its stored state. Never throws: every failure is a
/// `FetchOutcome.failed` naming the feed, so one bad feed is just one outcome among many.
public protocol FeedFetcher: Sendable {
    func fetch(_ request: FetchRequest) async -> FetchOutcome
}
