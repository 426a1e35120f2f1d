import Foundation
import Logging
import ParleyFetch
import ParleyStore

/// The production `FeedSource`: ParleyFetch's libcurl fetcher (conditional GET, redirects, limits, address
/// policy) and its `PollPolicy` (interval, server hints, backoff with jitter, Retry-After, 410 retires).
struct CurlFeedSource: FeedSource {
    let fetcher: any FeedFetcher

    init(limits: LimitsConfig, logger: Logger) {
        fetcher = CurlFeedFetcher(configuration: Self.configuration(limits), logger: logger)
    }

    init(fetcher: any FeedFetcher) {
        self.fetcher = fetcher
    }

    static func configuration(_ limits: LimitsConfig) -> FetchConfiguration {
        FetchConfiguration(concurrency: limits.concurrency, perHostConcurrency: limits.perHostConcurrency,
                           connectTimeout: limits.connectTimeout, totalTimeout: limits.requestTimeout,
                           maxBodyBytes: limits.maxBodyBytes, allowPrivateAddresses: limits.allowPrivateAddresses)
    }

    static func policy(_ feed: FeedRoster.Entry, _ limits: LimitsConfig) -> PollPolicy {
        PollPolicy(interval: feed.config.interval ?? limits.defaultPollInterval, minInterval: limits.minPollInterval,
                   maxInterval: limits.maxPollInterval)
    }

    func poll(_ feed: FeedRoster.Entry, limits: LimitsConfig) async -> PollStep {
        let state = feed.state
        let request = FetchRequest(state: FeedHTTPState(url: state.url, etag: state.etag,
                                                        lastModified: state.lastModified),
                                   feedName: feed.config.name)
        let outcome = await fetcher.fetch(request)
        let policy = Self.policy(feed, limits)
        switch outcome {
        case .fetched(let body, let charset, let http, let info):
            let fetchedAt = Date()
            return .fetched(FetchedFeed(
                body: body, charset: charset, documentURL: info.finalURL,
                success: { ttl in
                    var next = state
                    let decision = policy.decide(after: outcome, errorCount: state.errorCount, ttlMinutes: ttl,
                                                 now: fetchedAt)
                    next.url = info.permanentRedirectURL ?? http.url
                    next.etag = http.etag
                    next.lastModified = http.lastModified
                    next.errorCount = decision.errorCount
                    next.nextPollAt = decision.nextPoll
                    next.lastError = nil
                    next.firstFetchedAt = state.firstFetchedAt ?? fetchedAt
                    next.lastSuccessAt = fetchedAt
                    return next
                },
                failure: { reason in
                    // The body could not be used: keep the old validators so the next poll fetches it again.
                    var next = state
                    let failed = FetchOutcome.failed(FetchError(url: state.url, feedName: feed.config.name,
                                                                reason: .transfer("unusable body: \(reason)")))
                    let decision = policy.decide(after: failed, errorCount: state.errorCount, now: fetchedAt)
                    next.errorCount = decision.errorCount
                    next.nextPollAt = decision.nextPoll
                    next.lastError = reason
                    return next
                }))
        case .notModified(let http, _):
            var next = state
            let decision = policy.decide(after: outcome, errorCount: state.errorCount)
            next.etag = http.etag ?? state.etag
            next.lastModified = http.lastModified ?? state.lastModified
            next.errorCount = decision.errorCount
            next.nextPollAt = decision.nextPoll
            next.lastError = nil
            next.firstFetchedAt = state.firstFetchedAt ?? Date()
            next.lastSuccessAt = Date()
            return .finished(next, .notModified)
        case .failed(let error):
            var next = state
            let decision = policy.decide(after: outcome, errorCount: state.errorCount)
            next.errorCount = decision.errorCount
            next.nextPollAt = decision.nextPoll
            next.lastError = error.description
            next.retired = decision.retired
            return .finished(next, decision.retired ? .retired(error.description) : .failed(error.description))
        }
    }
}
