import Foundation
import ParleyCore
import ParleyFetch
import Testing

/// A random source that always returns the same value: 0 gives the lowest jitter, UInt64.max the highest.
struct FixedRandom: RandomNumberGenerator {
    let value: UInt64
    mutating func next() -> UInt64 { value }
}

@Suite struct PollPolicyTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let policy = PollPolicy(
        interval: .seconds(900), minInterval: .seconds(300), maxInterval: .seconds(21_600), localRetry: .seconds(60))
    static let url = "https://example.org/feed"

    static func ok(maxAge: Int? = nil, expiresIn: TimeInterval? = nil) -> FetchOutcome {
        .notModified(
            newState: FeedHTTPState(url: url),
            info: FetchInfo(
                status: 304, finalURL: url, maxAge: maxAge, expires: expiresIn.map { now.addingTimeInterval($0) }))
    }

    static func failure(_ reason: FetchError.Reason, local: Bool = false, retryAfterIn: TimeInterval? = nil)
        -> FetchOutcome
    {
        let info = FetchInfo(status: 0, finalURL: url, retryAfter: retryAfterIn.map { now.addingTimeInterval($0) })
        return .failed(FetchError(url: url, reason: reason, isLocalFailure: local, info: info))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let outcome: FetchOutcome
        let errorCount: Int
        let ttlMinutes: Int?
        /// Expected seconds until the next poll with the lowest and the highest jitter; nil: retired.
        let wait: ClosedRange<Double>?
        let newErrorCount: Int
        let reason: PollDecision.Reason
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "success: the interval", outcome: ok(), errorCount: 3, ttlMinutes: nil,
             wait: 900...900, newErrorCount: 0, reason: .regular),
        Case(name: "ttl longer than interval", outcome: ok(), errorCount: 0, ttlMinutes: 60,
             wait: 3600...3600, newErrorCount: 0, reason: .serverHint),
        Case(name: "ttl of Int.max minutes (issue 15) capped, no overflow", outcome: ok(maxAge: .max), errorCount: 0,
             ttlMinutes: .max, wait: 21_600...21_600, newErrorCount: 0, reason: .serverHint),
        Case(name: "ttl shorter never polls earlier", outcome: ok(), errorCount: 0, ttlMinutes: 1,
             wait: 900...900, newErrorCount: 0, reason: .regular),
        Case(name: "max-age within bounds", outcome: ok(maxAge: 7200), errorCount: 0, ttlMinutes: nil,
             wait: 7200...7200, newErrorCount: 0, reason: .serverHint),
        Case(name: "max-age capped by max interval", outcome: ok(maxAge: 999_999), errorCount: 0, ttlMinutes: nil,
             wait: 21_600...21_600, newErrorCount: 0, reason: .serverHint),
        Case(name: "Expires", outcome: ok(expiresIn: 5000), errorCount: 0, ttlMinutes: nil,
             wait: 5000...5000, newErrorCount: 0, reason: .serverHint),
        Case(name: "max-age wins over Expires", outcome: ok(maxAge: 1200, expiresIn: 9000), errorCount: 0,
             ttlMinutes: nil, wait: 1200...1200, newErrorCount: 0, reason: .serverHint),
        Case(name: "first error backs off around the interval", outcome: failure(.httpStatus(500)), errorCount: 0,
             ttlMinutes: nil, wait: 450...900, newErrorCount: 1, reason: .backoff),
        Case(name: "third error: four times", outcome: failure(.httpStatus(404)), errorCount: 2, ttlMinutes: nil,
             wait: 1800...3600, newErrorCount: 3, reason: .backoff),
        Case(name: "many errors: capped, never given up", outcome: failure(.connectionRefused), errorCount: 40,
             ttlMinutes: nil, wait: 10_800...21_600, newErrorCount: 41, reason: .backoff),
        Case(name: "429 honours Retry-After", outcome: failure(.httpStatus(429), retryAfterIn: 7200), errorCount: 0,
             ttlMinutes: nil, wait: 7200...7200, newErrorCount: 1, reason: .retryAfter),
        Case(name: "503 Retry-After below the minimum", outcome: failure(.httpStatus(503), retryAfterIn: 5),
             errorCount: 1, ttlMinutes: nil, wait: 300...300, newErrorCount: 2, reason: .retryAfter),
        Case(name: "503 without Retry-After backs off", outcome: failure(.httpStatus(503)), errorCount: 0,
             ttlMinutes: nil, wait: 450...900, newErrorCount: 1, reason: .backoff),
        Case(name: "410 retires", outcome: failure(.gone), errorCount: 0, ttlMinutes: nil,
             wait: nil, newErrorCount: 1, reason: .retired),
        Case(name: "local failure not blamed on the feed", outcome: failure(.networkDown("no route"), local: true),
             errorCount: 2, ttlMinutes: nil, wait: 60...60, newErrorCount: 2, reason: .localFailure),
    ]

    @Test(arguments: cases)
    func decides(_ testCase: Case) {
        for randomValue in [UInt64.min, UInt64.max] {
            var random = FixedRandom(value: randomValue)
            let decision = Self.policy.decide(
                after: testCase.outcome, errorCount: testCase.errorCount, ttlMinutes: testCase.ttlMinutes,
                now: Self.now, random: &random)
            #expect(decision.errorCount == testCase.newErrorCount)
            #expect(decision.reason == testCase.reason)
            if let wait = testCase.wait {
                let seconds = try? #require(decision.nextPoll).timeIntervalSince(Self.now)
                #expect(seconds.map { wait.contains($0.rounded()) } == true, "waits \(seconds ?? -1) s")
            } else {
                #expect(decision.nextPoll == nil)
                #expect(decision.retired)
            }
        }
    }

    @Test func jitterSpreadsFeedsThatFailTogether() {
        var random = SystemRandomNumberGenerator()
        let waits = Set((0..<50).map { _ in
            Self.policy.decide(after: Self.failure(.httpStatus(500)), errorCount: 3, now: Self.now, random: &random)
                .nextPoll!.timeIntervalSince(Self.now).rounded()
        })
        #expect(waits.count > 10)
    }
}
