import Foundation
import ParleyFetch
import Testing

/// Issue 14: a failing feed's backoff stays within `[min_poll_interval, max_poll_interval]`, with sub-second
/// precision (before: a 404 feed was polled again after 3m44s with a 5 min minimum, and a feed with short
/// intervals every 0.14 s).
@Suite struct PollPolicyBoundsTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func failure(_ status: Int) -> FetchOutcome {
        .failed(FetchError(url: "https://example.org/feed", reason: .httpStatus(status),
                           info: FetchInfo(status: status, finalURL: "https://example.org/feed")))
    }

    static func wait(_ policy: PollPolicy, errors: Int, random: UInt64, status: Int = 404) -> Double {
        var source = FixedRandom(value: random)
        let decision = policy.decide(after: failure(status), errorCount: errors, now: now, random: &source)
        return decision.nextPoll!.timeIntervalSince(now)
    }

    @Test("backoff never goes below min_poll_interval nor above max_poll_interval", arguments: [
        (300.0, 300.0, 21_600.0), (900, 300, 21_600), (0.15, 0.1, 1), (0.25, 0.25, 0.25), (2, 0.5, 3), (60, 45, 70),
    ])
    func withinBounds(interval: Double, min: Double, max: Double) {
        let policy = PollPolicy(interval: .seconds(interval), minInterval: .seconds(min), maxInterval: .seconds(max))
        for errors in [0, 1, 2, 3, 5, 10, 40, 1000] {
            for random in [UInt64.min, UInt64.max / 3, UInt64.max / 2, UInt64.max] {
                let seconds = Self.wait(policy, errors: errors, random: random)
                #expect(seconds >= min - 1e-6 && seconds <= max + 1e-6,
                        "interval \(interval) errors \(errors): waits \(seconds) s outside [\(min), \(max)]")
            }
        }
    }

    @Test("the issue's case: a 404 feed with a 5 min interval and minimum waits at least 5 min")
    func fourOhFourRespectsTheMinimum() {
        let policy = PollPolicy(interval: .seconds(300), minInterval: .seconds(300), maxInterval: .seconds(21_600))
        #expect(Self.wait(policy, errors: 0, random: 0) == 300)
        #expect(Self.wait(policy, errors: 1, random: 0) == 300)
        #expect(Self.wait(policy, errors: 2, random: 0) == 600)
        #expect(Self.wait(policy, errors: 2, random: .max) > 1199 && Self.wait(policy, errors: 2, random: .max) <= 1200)
    }

    @Test("sub-second intervals back off in sub-second steps, exactly doubling")
    func subSecondPrecision() {
        let policy = PollPolicy(interval: .milliseconds(150), minInterval: .milliseconds(100), maxInterval: .seconds(1))
        #expect(abs(Self.wait(policy, errors: 0, random: 0) - 0.1) < 1e-6)  // [0.075, 0.15] raised to 0.1
        #expect(abs(Self.wait(policy, errors: 1, random: 0) - 0.15) < 1e-6)  // [0.15, 0.3]
        #expect(abs(Self.wait(policy, errors: 2, random: 0) - 0.3) < 1e-6)  // [0.3, 0.6]
        #expect(abs(Self.wait(policy, errors: 2, random: .max) - 0.6) < 1e-6)
        #expect(abs(Self.wait(policy, errors: 9, random: .max) - 1.0) < 1e-6)  // capped at max
        let waits = Set((0..<20).map { step in
            Self.wait(policy, errors: 1, random: UInt64.max / 20 * UInt64(step))
        })
        #expect(waits.count == 20, "jitter keeps sub-second resolution")
    }

    @Test("a 503 without Retry-After backs off within the bounds too")
    func serviceUnavailable() {
        let policy = PollPolicy(interval: .milliseconds(200), minInterval: .milliseconds(200), maxInterval: .seconds(2))
        for errors in 0..<12 {
            let seconds = Self.wait(policy, errors: errors, random: 0, status: 503)
            #expect(seconds >= 0.2 - 1e-6 && seconds <= 2 + 1e-6)
        }
    }
}
