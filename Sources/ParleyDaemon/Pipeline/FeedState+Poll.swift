import Foundation
import ParleyCore
import ParleyFetch
import ParleyStore

/// A feed's next state after each way a poll can end, scheduled by ParleyFetch's `PollPolicy` (the feed's interval
/// within the limits, server hints, backoff with jitter, Retry-After, 410 retires). Pure: the poller
/// (`FeedPoll.swift`) decides which applies and stores the result.
struct PolledFeed: Sendable {
    let feed: FeedRoster.Entry
    let policy: PollPolicy
    /// When the fetch returned: the clock every next poll and timestamp is computed from.
    let fetchedAt: Date

    init(feed: FeedRoster.Entry, limits: LimitsConfig, fetchedAt: Date) {
        self.feed = feed
        self.policy = limits.pollPolicy(for: feed.config)
        self.fetchedAt = fetchedAt
    }

    private var state: FeedState { feed.state }

    /// A body whose items were all committed: the new URL (a permanent redirect moves the feed) and validators,
    /// the next poll after the interval or the server's freshness hint (`<ttl>` minutes among them).
    func fetched(_ outcome: FetchOutcome, http: FeedHTTPState, ttlMinutes: Int?) -> FeedState {
        var next = succeeded(policy.decide(after: outcome, errorCount: state.errorCount, ttlMinutes: ttlMinutes,
                                           now: fetchedAt))
        next.http = http
        return next
    }

    /// What every successful fetch records: the next poll, no error, the first and the last success.
    private func succeeded(_ decision: PollDecision) -> FeedState {
        var next = state
        next.errorCount = decision.errorCount
        next.nextPollAt = decision.nextPoll
        next.lastError = nil
        next.firstFetchedAt = state.firstFetchedAt ?? fetchedAt
        next.lastSuccessAt = fetchedAt
        return next
    }

    /// A body that could not be parsed or processed: the old validators stay, so the next poll fetches it again,
    /// after the backoff of a failed transfer.
    func unusableBody(_ reason: String) -> FeedState {
        let failed = FetchOutcome.failed(FetchError(url: state.url, feedName: feed.config.name,
                                                    reason: .transfer("unusable body: \(reason)")))
        let decision = policy.decide(after: failed, errorCount: state.errorCount, now: fetchedAt)
        var next = state
        next.errorCount = decision.errorCount
        next.nextPollAt = decision.nextPoll
        next.lastError = reason
        return next
    }

    /// 304 Not Modified: validators the server updated, the URL unchanged.
    func notModified(_ outcome: FetchOutcome, http: FeedHTTPState) -> FeedState {
        var next = succeeded(policy.decide(after: outcome, errorCount: state.errorCount, now: fetchedAt))
        next.etag = http.etag ?? state.etag
        next.lastModified = http.lastModified ?? state.lastModified
        return next
    }

    /// A failed fetch: backoff (or Retry-After), and a 410 Gone retires the feed.
    func failed(_ outcome: FetchOutcome, error: FetchError) -> FeedState {
        let decision = policy.decide(after: outcome, errorCount: state.errorCount, now: fetchedAt)
        var next = state
        next.errorCount = decision.errorCount
        next.nextPollAt = decision.nextPoll
        next.lastError = error.description
        next.retired = decision.retired
        return next
    }
}

extension LimitsConfig {
    /// The fetcher's settings from the config's limits.
    var fetchConfiguration: FetchConfiguration {
        FetchConfiguration(concurrency: concurrency, perHostConcurrency: perHostConcurrency,
                           connectTimeout: connectTimeout, totalTimeout: requestTimeout,
                           maxBodyBytes: maxBodyBytes, allowPrivateAddresses: allowPrivateAddresses)
    }

    /// The schedule of one feed: its own interval or the default, within the bounds.
    func pollPolicy(for feed: FeedConfig) -> PollPolicy {
        PollPolicy(interval: feed.interval ?? defaultPollInterval, minInterval: minPollInterval,
                   maxInterval: maxPollInterval)
    }
}
