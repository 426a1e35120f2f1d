import Foundation
import Logging
import ParleyStore

/// The JSON-lines alert log: one alert record per line (`AlertCoding.line`), appended, fsynced, and only
/// then marked delivered in the outbox, together with the sink's cursor (file inode and offset).
///
/// Exactly once (issue 7): a crash after the append but before the outbox update leaves lines in the file
/// whose deliveries are still pending. `recover()` (run first by `run()`) reads the lines past the cursor
/// and marks those alerts delivered without writing them again; a torn last line is cut first.
/// Works with `tail -f` and `jq` (whole lines, one write per batch) and survives logrotate: `reopen()`
/// (on SIGHUP) or a changed inode at the path makes the next batch go to a fresh file.
public actor AlertLogSink: AlertSink {
    public nonisolated let name: String
    public nonisolated let doorbell: DeliveryDoorbell
    public nonisolated let path: String
    private let store: any StateStore
    private let logger: Logger
    private let batchSize: Int
    private let pollInterval: Duration
    private let file: AlertLogFile
    private var recovered = false
    private let onDelivered: DeliveryObserver?

    public init(path: String, store: any StateStore, logger: Logger, name: String = "log",
                doorbell: DeliveryDoorbell = DeliveryDoorbell(), batchSize: Int = 256,
                pollInterval: Duration = .seconds(1), onDelivered: DeliveryObserver? = nil) {
        self.onDelivered = onDelivered
        self.name = name
        self.path = path
        self.store = store
        self.logger = logger
        self.doorbell = doorbell
        self.batchSize = batchSize
        self.pollInterval = pollInterval
        file = AlertLogFile(path: path)
    }

    /// Closes the log so the next batch opens the path anew (after logrotate renamed it: SIGHUP).
    public func reopen() {
        file.close()
        logger.info("alert log reopened", metadata: ["sink.name": "\(name)", "log.path": "\(path)"])
    }

    /// Reconciles the outbox with the file after a crash (see the type's documentation). Idempotent.
    public func recover() async throws {
        try AlertLogRecovery.repairTornTail(path: path)
        let cursor = try await store.sinkCursor(sink: name)
        let pending = try await store.pendingDeliveries(sink: name, limit: Int.max)
        guard !pending.isEmpty else { return markRecovered() }
        let written = try AlertLogRecovery.idsWritten(path: path, since: cursor)
        let already = pending.filter { written.contains($0.delivery.alertID) }
        if !already.isEmpty {
            try file.ensureCurrent()
            let next = SinkCursor(sink: name, inode: file.inode, offset: try file.size(), updatedAt: Date())
            try await store.markDelivered(already.map(\.id), cursor: next, at: Date())
            logger.notice("alert log recovered lines written before a crash", metadata: [
                "sink.name": "\(name)", "log.path": "\(path)", "alerts.count": "\(already.count)",
            ])
        }
        markRecovered()
    }

    /// Writes one batch of pending deliveries and records it; returns how many were written.
    @discardableResult
    public func deliverPending() async throws -> Int {
        if !recovered {
            try await recover()
        }
        let batch = try await store.pendingDeliveries(sink: name, limit: batchSize)
        guard !batch.isEmpty else { return 0 }
        do {
            let cursor = try append(batch)
            let at = Date()
            try await store.markDelivered(batch.map(\.id), cursor: cursor, at: at)
            onDelivered?(name, batch.map(\.delivery.createdAt), at)
        } catch {
            // Some lines may be in the file but not in the outbox (a full disk mid-write, a busy database):
            // reconcile before the next batch, exactly as after a crash, so none is written twice.
            recovered = false
            throw error
        }
        return batch.count
    }

    /// Appends and fsyncs the batch's lines; returns the cursor just past them. Separate from the outbox
    /// update so tests can stop between the two, as a crash would.
    func append(_ batch: [PendingDelivery]) throws -> SinkCursor {
        var bytes = Data()
        for delivery in batch {
            bytes.append(contentsOf: delivery.alertJSON.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        let end = try file.append(bytes)
        try file.sync()
        return SinkCursor(sink: name, inode: file.inode, offset: end, updatedAt: Date())
    }

    /// Writes every pending delivery, then returns (for `parley demo` and tests; the daemon uses `run()`).
    public func drain() async throws {
        while try await deliverPending() > 0 {}
    }

    public func run() async {
        while !Task.isCancelled {
            do {
                if try await deliverPending() == 0 {
                    await doorbell.wait(timeout: pollInterval)
                }
            } catch {
                // The disk may be full or the directory gone: keep the deliveries pending and try again.
                logger.error("alert log write failed", metadata: [
                    "sink.name": "\(name)", "log.path": "\(path)", "error": "\(error)",
                ])
                try? await Task.sleep(for: pollInterval)
            }
        }
    }

    private func markRecovered() {
        recovered = true
    }
}
