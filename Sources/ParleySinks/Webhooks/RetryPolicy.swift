import Foundation

/// When to retry a webhook delivery that failed, and when to give up on it (then it is kept as failed and
/// listed, never dropped). The default retries for about a day: 5 s, 10 s, 20 s, ... doubling up to one hour
/// between attempts, 30 attempts in all, each delay with up to 10% jitter so endpoints recovering from an
/// outage are not hit by every daemon at once. Counting attempts, not wall time, means a daemon that was
/// down for a day does not give up on its backlog unattempted.
public struct RetryPolicy: Sendable, Hashable {
    public var initialDelay: Duration
    public var multiplier: Double
    public var maxDelay: Duration
    public var maxAttempts: Int
    /// Fraction of each delay added at random (0 turns jitter off, for tests).
    public var jitter: Double

    public init(initialDelay: Duration = .seconds(5), multiplier: Double = 2, maxDelay: Duration = .seconds(3600),
                maxAttempts: Int = 30, jitter: Double = 0.1) {
        self.initialDelay = initialDelay
        self.multiplier = multiplier
        self.maxDelay = maxDelay
        self.maxAttempts = maxAttempts
        self.jitter = jitter
    }

    /// Delay before the next attempt after `attempts` failed ones (1 after the first failure).
    public func delay(afterAttempts attempts: Int) -> Duration {
        let base = initialDelay.seconds * pow(multiplier, Double(max(0, attempts - 1)))
        let capped = min(base, maxDelay.seconds)
        let spread = jitter > 0 ? Double.random(in: 0...jitter) : 0
        return .milliseconds(Int64(capped * (1 + spread) * 1000))
    }

    /// When to try again after `attempts` failed attempts: the backoff, or later if the endpoint asked for
    /// it (Retry-After, e.g. Slack's rate limit), but never later than `maxDelay` from now.
    public func nextAttempt(afterAttempts attempts: Int, now: Date, requested: Date?) -> Date {
        let backoff = now.addingTimeInterval(delay(afterAttempts: attempts).seconds)
        guard let requested, requested > backoff else { return backoff }
        return min(requested, now.addingTimeInterval(maxDelay.seconds))
    }

    /// Whether the delivery is given up after `attempts` failed attempts.
    public func givesUp(afterAttempts attempts: Int) -> Bool {
        attempts >= maxAttempts
    }
}

extension Duration {
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
