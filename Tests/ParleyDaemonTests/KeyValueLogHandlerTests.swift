import Logging
import Synchronization
import Testing
@testable import ParleyDaemon

/// Every event is one line of key=value pairs, values quoted when needed, so journald and grep see whole events.
@Suite("key=value log lines")
struct KeyValueLogHandlerTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    static func logger(journal: Bool, level: Logger.Level = .info) -> (Logger, Lines, LogLevelControl) {
        let lines = Lines()
        let control = LogLevelControl(level)
        let handler = KeyValueLogHandler(label: "parley.test", levelControl: control,
                                         environment: journal ? ["JOURNAL_STREAM": "8:1234"] : [:],
                                         write: { lines.append($0) })
        return (Logger(label: "parley.test") { _ in handler }, lines, control)
    }

    @Test func journalLinesCarryPriorityAndQuotedValues() {
        let (logger, lines, _) = Self.logger(journal: true)
        logger.warning("feed failed", metadata: ["feed.url": "https://a.example/rss", "error": "HTTP 503: try \"later\"\nnow"])
        #expect(lines.all == [
            "<4>level=warning logger=parley.test msg=\"feed failed\" error=\"HTTP 503: try \\\"later\\\"\\nnow\" "
                + "feed.url=https://a.example/rss\n",
        ])
    }

    @Test func terminalLinesStartWithATimestamp() {
        let (logger, lines, _) = Self.logger(journal: false)
        logger.info("ready")
        let line = try! #require(lines.all.first)
        #expect(line.hasSuffix(" level=info logger=parley.test msg=ready\n"))
        #expect(line.first?.isNumber == true)
        #expect(line.filter { $0 == "\n" }.count == 1)
    }

    @Test func levelControlChangesEveryLoggerAtOnce() {
        let (logger, lines, control) = Self.logger(journal: true)
        logger.debug("hidden")
        control.level = .debug
        logger.debug("shown")
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.contains("msg=shown") == true)
    }

    @Test(arguments: [("plain", "plain"), ("two words", "\"two words\""), ("", "\"\""), ("a=b", "\"a=b\"")])
    func valuesAreQuotedOnlyWhenNeeded(value: String, expected: String) {
        #expect(KeyValueLogHandler.quoted(value) == expected)
    }
}
