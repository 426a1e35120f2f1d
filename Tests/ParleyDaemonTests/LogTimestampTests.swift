import Foundation
import Logging
import Testing
@testable import ParleyDaemon

/// Issue 14: log timestamps carry their zone (RFC 3339), so lines from machines in other zones compare.
@Suite("Log timestamps")
struct LogTimestampTests {
    @Test func timestampsAreRFC3339InUTCWithMilliseconds() throws {
        let date = Date(timeIntervalSince1970: 1_796_595_455.7712)
        #expect(KeyValueLogHandler.timestamp(date) == "2026-12-06T22:17:35.771Z")
        let (logger, lines, _) = KeyValueLogHandlerTests.logger(journal: false)
        logger.info("ready")
        let line = try #require(lines.all.first)
        let stamp = try #require(line.split(separator: " ").first.map(String.init))
        #expect(stamp.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/) != nil, "\(stamp)")
        let parsed = try #require(try? Date(stamp, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        #expect(abs(parsed.timeIntervalSinceNow) < 60)
    }
}
