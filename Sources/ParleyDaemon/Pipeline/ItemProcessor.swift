import Foundation
import Logging
import ParleyCore
import ParleyFeeds
import ParleyStore

/// The pipeline after the fetch: a parsed feed's new entries become reports (`ReportMapping`), go through the
/// tracker of every negotiation followed, and each is committed in ONE store transaction (seen marks, each
/// negotiation's new model version, the alerts of all of them, one delivery per sink taking the alert's
/// negotiation), oldest entry first. Entries the feed already processed, by guid or by content hash, are skipped.
///
/// The daemon's processor service owns one, and `parley demo` uses the same type. It is a value used by one task
/// at a time: each tracker's model is a single line of versions, so items are processed strictly one by one.
public struct ItemProcessor: Sendable {
    /// One tracker per negotiation followed, in the order of the config's model files.
    public private(set) var trackers: [NegotiationTracker]
    /// Sinks that get one delivery per alert they take (the alert log and each webhook), by outbox name.
    public var sinks: [SinkRoute]
    private let store: any StateStore
    private let logger: Logger
    private let now: @Sendable () -> Date
    /// Counts committed items (the daemon's metrics; nil in the demo and tests).
    public var metrics: DaemonMetrics?
    /// Negotiations whose next version is stored whole (a snapshot) rather than as a delta: each one's first
    /// version after a start (the store may hold none, or an older state than the one followed) and after a reload
    /// that changed its model (the file's vocabulary, which deltas do not carry).
    private var snapshotDue: Set<String>

    public init(store: any StateStore, models: [NegotiationModel], sinks: [SinkRoute], logger: Logger,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.trackers = models.map { NegotiationTracker(model: $0) }
        snapshotDue = Set(models.map(\.id))
        self.sinks = sinks
        self.logger = logger
        self.now = now
    }

    /// One negotiation, every sink taking every alert.
    public init(store: any StateStore, model: NegotiationModel, sinks: [String], logger: Logger,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(store: store, models: [model], sinks: sinks.map { SinkRoute($0) }, logger: logger, now: now)
    }

    /// The first negotiation's tracker (the only one when one model is followed).
    public var tracker: NegotiationTracker { trackers[0] }

    /// The ids of the negotiations followed, in order.
    public var negotiations: [String] { trackers.map(\.model.id) }

    /// The model to continue from: the latest version stored for the model file's negotiation, else the file's.
    public static func startingModel(store: any StateStore, modelFile: String) async throws(DaemonError)
        -> NegotiationModel {
        try await startingModel(store: store, file: loadModelFile(modelFile), logger: nil)
    }

    /// Loads a model file, naming it in the error, with the language file `language` (else the one found for it).
    public static func loadModelFile(_ path: String, language: String? = nil) throws(DaemonError) -> NegotiationModel {
        do {
            return try ModelFiles.load(path, language: language)
        } catch {
            throw .model("cannot load \(path): \(error)")
        }
    }

    /// The model to continue from for the negotiation of `file` (a model file as loaded): the latest stored
    /// version, which takes the file's vocabulary (`ModelFileFacts.adopt`: learned facts all kept), else the file
    /// itself. With a `logger`, the stored facts the
    /// file's vocabulary no longer places and the file's facts the learned state does not hold are logged as
    /// warnings (`ModelFileFacts`).
    public static func startingModel(store: any StateStore, file: NegotiationModel, logger: Logger?)
        async throws(DaemonError) -> NegotiationModel {
        do {
            guard let stored = try await store.latestModelVersion(negotiation: file.id) else { return file }
            // The vocabulary and language are configuration (the file's, on every start and reload); the
            // facts, memory and history are state (the store's).
            // (The file's language, read once with the file, comes with its vocabulary.)
            var model = try NegotiationModel.load(from: stored.model, language: file.language)
            if let logger { ModelFileFacts.log(learned: model, file: file, logger: logger) }
            ModelFileFacts.adopt(file, into: &model)
            return model
        } catch {
            throw .model("cannot load the stored model of '\(file.id)': \(error)")
        }
    }

    /// Follows exactly the negotiations of `files` (model files as loaded, in order), between items: a
    /// negotiation already followed keeps its learned state and takes the file's vocabulary; a new one starts
    /// from its stored state, else from the file; one no longer listed stops (its state stays in the store).
    /// Returns the ids added and removed.
    public mutating func follow(_ files: [NegotiationModel]) async throws(DaemonError)
        -> (added: [String], removed: [String]) {
        var trackers: [NegotiationTracker] = []
        var added: [String] = []
        for file in files {
            if let current = self.trackers.first(where: { $0.model.id == file.id }) {
                var model = current.model
                ModelFileFacts.log(learned: model, file: file, logger: logger)
                ModelFileFacts.adopt(file, into: &model)
                if model != current.model { snapshotDue.insert(model.id) }
                trackers.append(NegotiationTracker(model: model))
            } else {
                trackers.append(NegotiationTracker(
                    model: try await Self.startingModel(store: store, file: file, logger: logger)))
                snapshotDue.insert(file.id)
                added.append(file.id)
            }
        }
        let kept = Set(files.map(\.id))
        let removed = self.trackers.map(\.model.id).filter { !kept.contains($0) }
        self.trackers = trackers
        return (added, removed)
    }

    /// One feed entry ready for processing: its report, the key it is remembered by, and its date.
    public struct Item: Sendable {
        public var report: Report
        public var key: ItemKey
        /// When it was published (or else updated); nil when the feed does not say.
        public var date: Date?
    }

    /// What processing one item did.
    public struct ItemResult: Sendable {
        /// The alerts committed (none for a quiet item).
        public var alerts: [Alert] = []
        /// Alerts found but withheld (a quiet item: a new feed's backlog).
        public var withheld = 0
        /// The item had been processed before (same guid or same content): nothing was done.
        public var alreadySeen = false
        /// Some negotiation followed found the report relevant.
        public var relevant = false
    }

    /// A parsed feed's entries as items, oldest first (the order they are processed in): each entry mapped to a
    /// report (`ReportMapping`) and keyed by its guid, else its link, else the report's URL, and its content hash.
    /// The daemon, `parley demo` and `parley bench` all go through this.
    public static func items(of feed: ParsedFeed, feedURL: String, feedID: Int64) -> [Item] {
        entries(of: feed).map { item(of: $0, in: feed, feedURL: feedURL, feedID: feedID) }
    }

    /// A parsed feed's entries in the order they are processed, oldest first (`chronological`).
    static func entries(of feed: ParsedFeed) -> [FeedEntry] {
        // Feeds list newest first: reversed, equal or missing dates keep the oldest-first order.
        let indexed = Array(feed.entries.reversed().enumerated())
        return indexed.sorted { a, b in
            earlier(a.element.published ?? a.element.updated, a.offset, b.element.published ?? b.element.updated,
                    b.offset)
        }.map(\.element)
    }

    /// One entry as an item: its report (`ReportMapping`), keyed by its guid, else its link, else the report's URL,
    /// and its content hash.
    static func item(of entry: FeedEntry, in feed: ParsedFeed, feedURL: String, feedID: Int64) -> Item {
        let report = ReportMapping.report(from: entry, feedURL: feedURL, feedTitle: feed.title)
        let key = ItemKey(feedID: feedID, guid: entry.id ?? entry.link ?? report.url,
                          contentHash: ItemKey.contentHash(title: report.title, text: report.text))
        return Item(report: report, key: key, date: entry.published ?? entry.updated)
    }

    /// Processes every new entry of `feed` (fetched from `feedURL`, stored as feed `feedID`) and returns the
    /// alerts committed, in detection order. With `quietBefore` (a new feed's first fetch: its backlog),
    /// entries published before it, or undated, teach the model without alerting.
    public mutating func process(_ feed: ParsedFeed, feedURL: String, feedID: Int64, quietBefore: Date? = nil)
        async throws(DaemonError) -> [Alert] {
        var alerts: [Alert] = []
        var learned = 0
        let entries = Self.entries(of: feed)
        // An entry whose guid the feed processed is skipped before it is mapped: a poll maps its new entries only,
        // not the whole feed (an entry without guid or link is keyed by its mapped URL, checked with the rest).
        let seen: Set<String>
        do {
            seen = try await store.seenGuids(feedID: feedID, among: entries.compactMap { $0.id ?? $0.link })
        } catch {
            throw .state("cannot check the items of feed \(feedID): \(error)")
        }
        for entry in entries {
            if let guid = entry.id ?? entry.link, seen.contains(guid) { continue }
            let item = Self.item(of: entry, in: feed, feedURL: feedURL, feedID: feedID)
            let quiet = quietBefore.map { cutoff in item.date.map { $0 < cutoff } ?? true } ?? false
            let result = try await process(item, quiet: quiet)
            alerts += result.alerts
            learned += result.withheld
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
        try await process(Item(report: report, key: key, date: report.published), quiet: false).alerts
    }

    /// Processes one item: a `quiet` one moves the model (committed as usual) but its alerts are withheld: not
    /// stored, not delivered.
    public mutating func process(_ item: Item, quiet: Bool = false) async throws(DaemonError) -> ItemResult {
        let (report, key) = (item.report, item.key)
        do {
            if try await store.hasSeen(key) { return ItemResult(alreadySeen: true) }
        } catch {
            throw .state("cannot check item \(key.guid) of feed \(key.feedID): \(error)")
        }
        // What each tracker's report changed, to take back if the item is not committed (the next poll retries it
        // from the same models). Not a copy of the trackers: changing a model a copy shares copies its arrays whole.
        var undos: [(tracker: Int, undo: ModelUndo)] = []
        func rollBack() {
            for (index, undo) in undos.reversed() { trackers[index].undo(undo) }
        }
        let detectedAt = now()
        var found: [Alert] = []
        var models: [NewModelVersion] = []
        var relevant = false
        for index in trackers.indices {
            // A report about another negotiation costs this one little: extraction stops at its relevance test.
            let outcome = trackers[index].process(report, detectedAt: detectedAt)
            if let undo = outcome.undo { undos.append((index, undo)) }
            found += outcome.alerts
            relevant = relevant || outcome.explanation.relevant
            guard outcome.modelChanged else { continue }
            do {
                let model = trackers[index].model
                let reason = Self.reason(outcome, report: report)
                // What the report changed, except now and then the whole model (`snapshotDue`, and every
                // `ModelVersion.snapshotInterval`-th version so a rebuild applies a bounded number of deltas).
                if let delta = outcome.delta, !snapshotDue.contains(model.id),
                   model.version % ModelVersion.snapshotInterval != 0 {
                    models.append(NewModelVersion(negotiation: model.id, kind: .delta, model: try delta.encoded(),
                                                  reason: reason))
                } else {
                    models.append(NewModelVersion(negotiation: model.id, kind: .snapshot, model: try model.encoded(),
                                                  reason: reason))
                }
            } catch {
                rollBack()
                throw .model("cannot encode model version of '\(trackers[index].model.id)' after \(report.url): "
                             + "\(error)")
            }
        }
        let alerts = quiet ? [] : found
        let commit = ItemCommit(key: key, reportURL: report.url, seenAt: detectedAt, models: models,
                                alerts: alerts, sinks: sinks)
        do {
            switch try await store.commit(commit) {
            case .alreadySeen:
                rollBack()
                return ItemResult(alreadySeen: true)
            case .committed:
                break
            }
        } catch {
            // Nothing was written: the next poll retries the item from the same model.
            rollBack()
            throw .state("cannot commit item \(key.guid) of feed \(key.feedID): \(error)")
        }
        snapshotDue.subtract(models.map(\.negotiation))
        metrics?.itemCommitted()
        logger.debug("item processed", metadata: [
            "report.url": "\(report.url)", "alerts": "\(alerts.count)",
            "alerts.withheld": "\(found.count - alerts.count)",
            "models.changed": "\(models.map(\.negotiation).joined(separator: ","))",
        ])
        return ItemResult(alerts: alerts, withheld: found.count - alerts.count, relevant: relevant)
    }

    /// Oldest first, so the model moves forward in the order things happened; items with equal dates keep their
    /// order, undated ones come after the dated ones in their order. `parley demo` merges several feeds with it.
    public static func chronological(_ items: [Item]) -> [Item] {
        let indexed = Array(items.enumerated())
        return indexed.sorted { a, b in earlier(a.element.date, a.offset, b.element.date, b.offset) }.map(\.element)
    }

    /// The order of `chronological`: dated before undated, by date, else by position.
    private static func earlier(_ x: Date?, _ i: Int, _ y: Date?, _ j: Int) -> Bool {
        switch (x, y) {
        case let (x?, y?): return x == y ? i < j : x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return i < j
        }
    }

    static func reason(_ outcome: ProcessingOutcome, report: Report) -> String {
        let note = outcome.version?.note ?? "model updated"
        return "\(note) from \(report.url)"
    }
}
