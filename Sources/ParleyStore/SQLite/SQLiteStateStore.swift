import Foundation
import GRDB
import ParleyCore

/// The production `StateStore`: one SQLite database file through GRDB, in WAL mode (a `DatabasePool`), so
/// readers such as `parley` subcommands never block the daemon's writes. Every write is one transaction.
public final class SQLiteStateStore: StateStore {
    /// The database file name inside the state directory.
    public static let fileName = "parley.sqlite"

    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        // Another process (a second `parley` command) may hold the write lock briefly.
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.open(path, error)
        }
        do {
            try StoreMigrations.migrator.migrate(pool)
        } catch {
            throw StoreError.migrate(path, error)
        }
    }

    /// Opens `parley.sqlite` in `directory`, creating the directory if needed.
    public convenience init(directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.open(directory, error)
        }
        try self.init(path: (directory as NSString).appendingPathComponent(Self.fileName))
    }

    /// Closes the database; later calls fail. Also done on deinit.
    public func close() throws {
        do {
            try pool.close()
        } catch {
            throw StoreError.database(path, "close", error)
        }
    }

    /// Names of the applied migrations, oldest first (for `parley` diagnostics and the tests).
    public func appliedMigrations() async throws -> [String] {
        try await read("list migrations") { db in
            try StoreMigrations.migrator.appliedIdentifiers(db).sorted()
        }
    }

    func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path, operation, error)
        }
    }

    func read<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw StoreError.database(path, operation, error)
        }
    }

    // MARK: Feeds

    public func registerFeed(configURL: String, tags: [String]) async throws -> FeedState {
        try await write("register feed \(configURL)") { db in
            if var feed = try FeedState.filter(Column("config_url") == configURL).fetchOne(db) {
                if feed.tags != tags {
                    feed.tags = tags
                    try feed.update(db)
                }
                return feed
            }
            var feed = FeedState(configURL: configURL, tags: tags)
            try feed.insert(db)
            return feed
        }
    }

    public func feeds() async throws -> [FeedState] {
        try await read("list feeds") { db in try FeedState.order(Column("id")).fetchAll(db) }
    }

    public func feed(id: Int64) async throws -> FeedState? {
        try await read("read feed \(id)") { db in try FeedState.fetchOne(db, key: id) }
    }

    public func updateFeed(_ feed: FeedState) async throws {
        try await write("update feed \(feed.configURL)") { db in
            guard feed.id != nil, try feed.exists(db) else { throw StoreError.unknownFeed(feed.id) }
            try feed.update(db)
        }
    }

    // MARK: Items

    public func hasSeen(_ key: ItemKey) async throws -> Bool {
        try await read("look up seen item") { db in try Self.hasSeen(key, db) }
    }

    public func seenGuids(feedID: Int64, among guids: [String]) async throws -> Set<String> {
        guard !guids.isEmpty else { return [] }
        return try await read("look up seen items") { db in
            var seen = Set<String>()
            // In slices, so a feed of many entries stays under SQLite's limit on bound parameters.
            for start in stride(from: 0, to: guids.count, by: 500) {
                let slice = Array(guids[start..<min(start + 500, guids.count)])
                seen.formUnion(try String.fetchAll(db, SeenItemRecord.select(Column("guid"))
                    .filter(Column("feed_id") == feedID).filter(slice.contains(Column("guid")))))
            }
            return seen
        }
    }

    /// Two lookups, one per index: as one query (`guid = ? OR content_hash = ?`) SQLite walks every item of the
    /// feed, so checking an item cost more the more items the feed had.
    static func hasSeen(_ key: ItemKey, _ db: Database) throws -> Bool {
        let feed = SeenItemRecord.filter(Column("feed_id") == key.feedID)
        return try !feed.filter(Column("guid") == key.guid).isEmpty(db)
            || !feed.filter(Column("content_hash") == key.contentHash).isEmpty(db)
    }

    public func commit(_ item: ItemCommit) async throws -> CommitResult {
        // Encode outside the transaction: the write lock is held only for the inserts.
        let alerts: [(StoredAlert, [String])]
        do {
            alerts = try item.alerts.map { (try StoredAlert($0, createdAt: item.seenAt), item.sinks(for: $0)) }
        } catch {
            throw StoreError.encoding("alerts of \(item.reportURL ?? item.key.guid)", error)
        }
        return try await write("commit item \(item.key.guid)") { db in
            guard try !Self.hasSeen(item.key, db) else { return .alreadySeen }
            guard try FeedState.exists(db, key: item.key.feedID) else { throw StoreError.unknownFeed(item.key.feedID) }
            var seen = SeenItemRecord(feedID: item.key.feedID, guid: item.key.guid,
                                      contentHash: item.key.contentHash, reportURL: item.reportURL,
                                      seenAt: item.seenAt)
            try seen.insert(db)
            var versions: [String: Int] = [:]
            for model in item.models {
                let latest = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM model_versions WHERE negotiation = ?",
                                              arguments: [model.negotiation]) ?? 0
                // A delta applies to the version before it: the first version must be whole.
                if model.kind == .delta, latest == 0 {
                    throw StoreError.modelChain(model.negotiation, "a delta cannot be its first stored version")
                }
                versions[model.negotiation] = latest + 1
                try ModelVersion(negotiation: model.negotiation, version: latest + 1, kind: model.kind,
                                 model: model.model, reportURL: item.reportURL, createdAt: item.seenAt,
                                 reason: model.reason).insert(db)
            }
            var deliveries = 0
            for (alert, sinks) in alerts {
                // An alert id already stored is the same alert: delivering it again would be a duplicate.
                guard try !StoredAlert.exists(db, key: alert.id) else { continue }
                try alert.insert(db)
                for sink in sinks {
                    var delivery = Delivery(alertID: alert.id, sink: sink,
                                            webhookID: Delivery.webhookID(alertID: alert.id),
                                            nextAttemptAt: item.seenAt, createdAt: item.seenAt)
                    try delivery.insert(db)
                    deliveries += 1
                }
            }
            return .committed(modelVersions: versions, deliveries: deliveries)
        }
    }

    // MARK: Model versions

    public func latestModelVersion(negotiation: String) async throws -> ModelVersion? {
        try await modelVersion(negotiation: negotiation, atMost: nil)
    }

    public func modelVersion(negotiation: String, version: Int) async throws -> ModelVersion? {
        let found = try await modelVersion(negotiation: negotiation, atMost: version)
        return found?.version == version ? found : nil
    }

    /// The whole model at the latest version up to `atMost` (nil: the latest): the nearest snapshot and the deltas
    /// after it, read in one transaction, applied outside it.
    private func modelVersion(negotiation: String, atMost: Int?) async throws -> ModelVersion? {
        let rows = try await read("read model \(negotiation)\(atMost.map { " v\($0)" } ?? "")") { db in
            let limit = atMost ?? Int.max
            guard let snapshot = try Int.fetchOne(db, sql: """
                SELECT MAX(version) FROM model_versions WHERE negotiation = ? AND kind = 'snapshot' AND version <= ?
                """, arguments: [negotiation, limit]) else {
                // No snapshot: a delta alone cannot be read (the chain reports it), nothing stored is nil.
                return try ModelVersion.filter(Column("negotiation") == negotiation)
                    .filter(Column("version") <= limit).order(Column("version")).limit(1).fetchAll(db)
            }
            return try ModelVersion.filter(Column("negotiation") == negotiation)
                .filter(Column("version") >= snapshot && Column("version") <= limit)
                .order(Column("version")).fetchAll(db)
        }
        return try ModelVersionChain.rebuild(rows, negotiation: negotiation)
    }

    public func modelVersions(negotiation: String) async throws -> [ModelVersion] {
        try await read("list models of \(negotiation)") { db in
            try ModelVersion.filter(Column("negotiation") == negotiation).order(Column("version")).fetchAll(db)
        }
    }

    // MARK: Alerts

    public func alert(id: String) async throws -> StoredAlert? {
        try await read("read alert \(id)") { db in try StoredAlert.fetchOne(db, key: id) }
    }

    public func alerts(limit: Int) async throws -> [StoredAlert] {
        try await read("list alerts") { db in
            try StoredAlert.order(Column("created_at"), Column("rowid")).limit(limit).fetchAll(db)
        }
    }
}
