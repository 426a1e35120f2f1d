import Foundation

/// When to poll a feed next, from the outcome of this poll. Pure: time and randomness come in as arguments.
///
/// - Success (200 or 304): the feed's interval, pushed later (never earlier) by the server's freshness hints
///   (`<ttl>` minutes, `Cache-Control: max-age`, `Expires`), all within `minInterval...maxInterval`; errors reset.
/// - Failure: exponential backoff from the feed's interval with "equal jitter" (half fixed, half random, so many
///   feeds failing together spread out), capped at `maxBackoff`, always within `minInterval...maxInterval`
///   with sub-second precision, and never giving up.
/// - 429 and 503 with `Retry-After` (RFC 9110 section 10.2.3): not before the server's date.
/// - 410 Gone: retired, no next poll (RFC 9110 section 15.5.11).
/// - The machine's own failure (no network) or a cancellation: retried soon, the feed's error count unchanged.
public struct PollPolicy: Sendable, Hashable {
    public var interval: Duration
    public var minInterval: Duration
    public var maxInterval: Duration
    public var maxBackoff: Duration
    /// Retry delay after a local failure.
    public var localRetry: Duration
    /// Upper bound on an honoured `Retry-After`, so a hostile date cannot silence a feed for good.
    public var maxRetryAfter: Duration

    public init(
        interval: Duration = .seconds(15 * 60), minInterval: Duration = .seconds(5 * 60),
        maxInterval: Duration = .seconds(6 * 3600), maxBackoff: Duration? = nil, localRetry: Duration = .seconds(60),
        maxRetryAfter: Duration = .seconds(7 * 86400)
    ) {
        self.minInterval = minInterval
        self.maxInterval = max(minInterval, maxInterval)
        self.interval = min(max(interval, minInterval), self.maxInterval)
        self.maxBackoff = maxBackoff ?? self.maxInterval
        self.localRetry = localRetry
        self.maxRetryAfter = maxRetryAfter
    }

    public func decide(
        after outcome: FetchOutcome, errorCount: Int, ttlMinutes: Int? = nil, now: Date,
        random: inout some RandomNumberGenerator
    ) -> PollDecision {
        switch outcome {
        case .fetched(_, _, _, let info), .notModified(_, let info):
            let wait = clamp(max(interval, freshness(info, ttlMinutes: ttlMinutes, now: now) ?? .zero))
            return PollDecision(nextPoll: now + wait, errorCount: 0, reason: wait > interval ? .serverHint : .regular)
        case .failed(let error):
            if case .gone = error.reason {
                return PollDecision(nextPoll: nil, errorCount: errorCount + 1, reason: .retired)
            }
            if error.isLocalFailure || error.reason == .cancelled {
                return PollDecision(nextPoll: now + min(localRetry, maxInterval), errorCount: errorCount, reason: .localFailure)
            }
            let errors = errorCount + 1
            if [429, 503].contains(error.status), let retryAfter = error.info?.retryAfter {
                let wait = min(max(Duration.seconds(retryAfter.timeIntervalSince(now)), minInterval), maxRetryAfter)
                return PollDecision(nextPoll: now + wait, errorCount: errors, reason: .retryAfter)
            }
            return PollDecision(nextPoll: now + backoff(errors: errors, random: &random), errorCount: errors, reason: .backoff)
        }
    }

    /// Convenience with the system's random source.
    public func decide(after outcome: FetchOutcome, errorCount: Int, ttlMinutes: Int? = nil, now: Date = Date())
        -> PollDecision
    {
        var random = SystemRandomNumberGenerator()
        return decide(after: outcome, errorCount: errorCount, ttlMinutes: ttlMinutes, now: now, random: &random)
    }

    /// interval * 2^(errors-1), capped at `maxBackoff`, then "equal jitter": uniformly in [base/2, base]. The
    /// result always lies within `minInterval...maxInterval` (the bounds the operator set hold for failing
    /// feeds too), to the nanosecond: sub-second intervals back off in sub-second steps.
    func backoff(errors: Int, random: inout some RandomNumberGenerator) -> Duration {
        let exponent = min(max(errors - 1, 0), 62)
        let base = min(seconds(interval) * pow(2, Double(exponent)), seconds(min(maxBackoff, maxInterval)))
        let lower = min(max(base / 2, seconds(minInterval)), seconds(maxInterval))
        let upper = max(lower, min(base, seconds(maxInterval)))
        let fraction = Double(random.next() >> 11) / Double(UInt64(1) << 53)  // uniform in [0, 1)
        return .nanoseconds(Int64(((lower + (upper - lower) * fraction) * 1e9).rounded()))
    }

    /// The longest freshness the server or the feed declared, if any.
    private func freshness(_ info: FetchInfo, ttlMinutes: Int?, now: Date) -> Duration? {
        var hints: [Duration] = []
        if let ttlMinutes, ttlMinutes > 0 {  // a feed's number: never trusted not to overflow
            let (seconds, overflow) = ttlMinutes.multipliedReportingOverflow(by: 60)
            hints.append(.seconds(overflow ? Int.max : seconds))
        }
        if let maxAge = info.maxAge { hints.append(.seconds(maxAge)) }
        if info.maxAge == nil, let expires = info.expires {  // RFC 9111 section 5.3: max-age wins over Expires
            hints.append(.seconds(max(0, expires.timeIntervalSince(now))))
        }
        return hints.max()
    }

    private func clamp(_ wait: Duration) -> Duration { min(max(wait, minInterval), maxInterval) }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The scheduler's instruction for one feed.
public struct PollDecision: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        case regular, serverHint, backoff, retryAfter, retired, localFailure
    }

    /// nil when the feed is retired.
    public var nextPoll: Date?
    public var errorCount: Int
    public var reason: Reason

    public var retired: Bool { reason == .retired }

    public init(nextPoll: Date?, errorCount: Int, reason: Reason) {
        self.nextPoll = nextPoll
        self.errorCount = errorCount
        self.reason = reason
    }
}

extension Date {
    static func + (date: Date, duration: Duration) -> Date {
        let (seconds, attoseconds) = duration.components
        return date.addingTimeInterval(TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18)
    }
}
