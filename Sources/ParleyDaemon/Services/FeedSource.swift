import Foundation
import ParleyStore

/// The poller's view of fetching one feed and scheduling its next poll. The production source is
/// `CurlFeedSource` (ParleyFetch's libcurl fetcher and `PollPolicy`); the poller itself only parses, hands the
/// items to the processor and stores the state the source computed.
protocol FeedSource: Sendable {
    func poll(_ feed: FeedRoster.Entry, limits: LimitsConfig) async -> PollStep
}

/// What one poll produced.
enum PollStep: Sendable {
    /// A body to parse and process. Its new state is stored only after every item is committed.
    case fetched(FetchedFeed)
    /// Nothing to process (not modified, or failed); the feed's new state and what to log.
    case finished(FeedState, PollEvent)
}

struct FetchedFeed: Sendable {
    let body: Data
    let charset: String?
    /// The URL the body came from (after redirects), for resolving relative links.
    let documentURL: String
    /// The state to store once the items are committed, given the feed's `<ttl>` minutes.
    let success: @Sendable (_ ttlMinutes: Int?) -> FeedState
    /// The state to store when the body could not be parsed or processed.
    let failure: @Sendable (_ reason: String) -> FeedState
}

/// How a finished poll is logged.
enum PollEvent: Sendable {
    case notModified
    case failed(String)
    case retired(String)
}
