import Foundation
import Testing
@testable import ParleyCore

/// One clock for the core (issue 14 item 1): the tracker reasons on report time only, so the wall-clock
/// `detectedAt` of the daemon and the demo changes nothing but the records.
@Suite struct OneClockTests {
    /// A wall clock a year and more after the reports, as in the daemon reading 2025 reports in 2026.
    static let wallClock = Date(timeIntervalSince1970: 1_796_000_000)

    /// The echo rule compares the new report's time with the time of the report that alerted first, not with
    /// when that alert was detected: with a wall-clock `detectedAt`, the next day's repeat is still an echo.
    @Test func anEchoIsAnEchoWhateverTheDetectionTime() throws {
        var model = try Fixtures.seedModel()
        model.language.weights = .prior
        var tracker = NegotiationTracker(model: model)
        let first = tracker.process(try Fixtures.report("echo-first"), detectedAt: Self.wallClock)
        let second = tracker.process(try Fixtures.report("echo-second"), detectedAt: Self.wallClock.addingTimeInterval(60))
        #expect(first.alerts.contains { $0.issue == "ceasefire" && $0.party == "russia" })
        #expect(second.alerts.isEmpty, "alerted \(second.alerts.map { "\($0.issue)/\($0.party ?? "-")" })")
        #expect(first.alerts.allSatisfy { $0.detectedAt == Self.wallClock }, "detected_at stays the caller's")
    }

    /// The same reports in the same order give the same alerts (ids, issues, parties) whether `detectedAt` is the
    /// publication time (a replay) or the wall clock (the daemon), on the development stream when present.
    @Test(.enabled(if: Fixtures.shared != nil, "needs ../shared beside the repository"))
    func theDevelopmentStreamAlertsAlikeOnEitherClock() throws {
        let directory = try #require(Fixtures.shared).appendingPathComponent("eval/dev/reports")
        let reports = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
            .sorted().map { name in
                PlainTextReport.parse(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8),
                                      defaultURL: name)
            }.sorted { ($0.published ?? .distantPast) < ($1.published ?? .distantPast) }
        let model = try Fixtures.seedModel("russia-ukraine")
        var replay = NegotiationTracker(model: model), live = NegotiationTracker(model: model)
        var replayed: [String] = [], lived: [String] = []
        for (index, report) in reports.enumerated() {
            let key = { (alert: Alert) in "\(alert.id) \(alert.issue) \(alert.party ?? "-")" }
            replayed += replay.process(report, detectedAt: report.published ?? Date(timeIntervalSince1970: 0))
                .alerts.map(key)
            lived += live.process(report, detectedAt: Self.wallClock.addingTimeInterval(Double(index) * 60))
                .alerts.map(key)
        }
        #expect(!replayed.isEmpty)
        #expect(lived == replayed)
        #expect(live.model.facts == replay.model.facts)
    }

    /// Each version records its report time; an undated report is read at the latest version's report time, and a
    /// version stored before `report_time` existed stands in with its `detected_at`.
    @Test func versionsRecordTheirReportTimeAndUndatedReportsTakeTheLatest() throws {
        let model = try Fixtures.seedModel()
        let tracker = NegotiationTracker(model: model)
        let seedRecord = try #require(model.history.last)
        #expect(seedRecord.reportTime == nil, "the seed was written before report_time existed")
        var undated = try Fixtures.report("echo-first")
        undated.published = nil
        #expect(tracker.reportTime(of: undated) == seedRecord.detectedAt)

        var moving = tracker
        let dated = try Fixtures.report("echo-first")
        let outcome = moving.process(dated, detectedAt: Self.wallClock)
        let record = try #require(outcome.version)
        #expect(record.reportTime == dated.published)
        #expect(record.detectedAt == Self.wallClock)
        #expect(moving.reportTime(of: undated) == dated.published)

        // The time survives the model's JSON.
        let reloaded = try NegotiationModel.load(from: moving.model.encoded(), language: moving.model.language)
        #expect(reloaded.history.last?.reportTime == dated.published)
        #expect(NegotiationTracker(model: reloaded).reportTime(of: undated) == dated.published)

        // Without any history, an undated report is read at the Unix epoch: the same everywhere.
        var bare = model
        bare.history = []
        #expect(NegotiationTracker(model: bare).reportTime(of: undated) == Date(timeIntervalSince1970: 0))
    }
}
