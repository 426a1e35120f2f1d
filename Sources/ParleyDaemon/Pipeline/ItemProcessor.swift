import Foundation
import Logging
import ParleyCore
import ParleyFeeds
import ParleyStore

/// The pipeline after the fetch: a parsed feed's new entries become reports (`ReportMapping`), go through the
/// tracker, and each is committed in ONE store transaction (seen marks, new model version, alerts, one delivery
/// per sink), oldest entry first. Entries the feed already processed, by guid or by content hash, are skipped.
///
/// The daemon's processor service owns one, and `parley demo` uses the same type. It is a value used by one task
/// at a time: the tracker's model is a single line of versions, so items are processed strictly one by one.
public struct ItemProcessor: Sendable {
    public private(set) var tracker: NegotiationTracker
    /// Sinks that get one delivery per alert (the alert log and each webhook), by outbox name.
    public var sinks: [String]
    private let store: any StateStore
    private let logger: Logger
    private let now: @Sendable () -> Date
    /// Counts committed items (the daemon's metrics; nil in the demo and tests).
    public var metrics: DaemonMetrics?

    public init(store: any StateStore, model: NegotiationModel, sinks: [String], logger: Logger,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.tracker = NegotiationTracker(model: model)
        self.sinks = sinks
        self.logger = logger
        self.now = now
    }

    /// The model to continue from: the latest version stored for the model file's negotiation, else the file's.
    public static func startingModel(store: any StateStore, modelFile: String) async throws(DaemonError)
        -> NegotiationModel {
        let seed: NegotiationModel
        do {
            seed = try ModelFiles.load(modelFile)
        } catch {
            throw .model("cannot load \(modelFile): \(error)")
        }
        do {
            guard let stored = try await store.latestModelVersion(negotiation: seed.id) else { return seed }
            // The vocabulary and language are configuration (the file's, on every start and reload); the
            // facts, memory and history are state (the store's).
            // (The file's language, read once with the file, comes with its vocabulary.)
            var model = try NegotiationModel.load(from: stored.model, language: seed.language)
            model.adoptVocabulary(of: seed)
            return model
        } catch {
            throw .model("cannot load the stored model of '\(seed.id)': \(error)")
        }
    }

    /// Processes every new entry of `feed` (fetched from `feedURL`, stored as feed `feedID`) and returns the
    /// alerts committed, in detection order. With `quietBefore` (a new feed's first fetch: its backlog),
    /// entries published before it, or undated, teach the model without alerting.
    public mutating func process(_ feed: ParsedFeed, feedURL: String, feedID: Int64, quietBefore: Date? = nil)
        async throws(DaemonError) -> [Alert] {
        var alerts: [Alert] = []
        var learned = 0
        for entry in Self.chronological(feed.entries) {
            let report = ReportMapping.report(from: entry, feedURL: feedURL, feedTitle: feed.title)
            let guid = entry.id ?? entry.link ?? report.url
            let key = ItemKey(feedID: feedID, guid: guid,
                              contentHash: ItemKey.contentHash(title: report.title, text: report.text))
            let quiet = quietBefore.map { cutoff in (entry.published ?? entry.updated).map { $0 < cutoff } ?? true }
                ?? false
            let (new, silenced) = try await process(report, key: key, quiet: quiet)
            alerts += new
            learned += silenced
        }
        if let quietBefore, learned > 0 {
            logger.info("new feed: backlog learned without alerting", metadata: [
                "feed.url": "\(feedURL)", "alerts.withheld": "\(learned)",
                "alert_backlog.cutoff": "\(quietBefore.formatted(.iso8601))",
            ])
        }
        return alerts
    }

    /// Processes one report under its item key; returns its alerts, or none when the item was already seen.
    public mutating func process(_ report: Report, key: ItemKey) async throws(DaemonError) -> [Alert] {
        try await process(report, key: key, quiet: false).alerts
    }

    /// The same; a `quiet` report moves the model (committed as usual) but its alerts are withheld: not
    /// stored, not delivered. Returns the alerts committed and how many were withheld.
    mutating func process(_ report: Report, key: ItemKey, quiet: Bool) async throws(DaemonError)
        -> (alerts: [Alert], withheld: Int) {
        do {
            if try await store.hasSeen(key) { return ([], 0) }
        } catch {
            throw .state("cannot check item \(key.guid) of feed \(key.feedID): \(error)")
        }
        let before = tracker
        let detectedAt = now()
        let outcome = tracker.process(report, detectedAt: detectedAt)
        var newModel: NewModelVersion?
        if outcome.modelChanged {
            do {
                newModel = NewModelVersion(negotiation: tracker.model.id, model: try tracker.model.encoded(),
                                           reason: Self.reason(outcome, report: report))
            } catch {
                tracker = before
                throw .model("cannot encode model version after \(report.url): \(error)")
            }
        }
        let alerts = quiet ? [] : outcome.alerts
        let commit = ItemCommit(key: key, reportURL: report.url, seenAt: detectedAt, model: newModel,
                                alerts: alerts, sinks: sinks)
        do {
            switch try await store.commit(commit) {
            case .alreadySeen:
                tracker = before
                return ([], 0)
            case .committed:
                break
            }
        } catch {
            // Nothing was written: the next poll retries the item from the same model.
            tracker = before
            throw .state("cannot commit item \(key.guid) of feed \(key.feedID): \(error)")
        }
        metrics?.itemCommitted()
        logger.debug("item processed", metadata: [
            "report.url": "\(report.url)", "alerts": "\(alerts.count)",
            "alerts.withheld": "\(outcome.alerts.count - alerts.count)",
            "model.version": "\(tracker.model.version)",
        ])
        return (alerts, outcome.alerts.count - alerts.count)
    }

    /// Oldest first, so the model moves forward in the order things happened; undated entries keep their place
    /// after the dated ones (feeds list newest first, so their order is reversed).
    static func chronological(_ entries: [FeedEntry]) -> [FeedEntry] {
        let indexed = Array(entries.reversed().enumerated())
        return indexed.sorted { a, b in
            switch (a.element.published ?? a.element.updated, b.element.published ?? b.element.updated) {
            case let (x?, y?): return x == y ? a.offset < b.offset : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }

    static func reason(_ outcome: ProcessingOutcome, report: Report) -> String {
        let note = outcome.version?.note ?? "model updated"
        return "\(note) from \(report.url)"
    }
}
